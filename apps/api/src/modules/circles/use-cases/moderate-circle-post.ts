/**
 * Staff moderation (circle:moderate): hide / unhide, delete, pin / unpin, dismiss reports, ban and lift.
 * Each act states its reason, is written to the moderation log and the audit log, and tells the author
 * (and, when reports are closed, the reporters) through the inbox — all in one unit of work.
 */
import { CIRCLE_MODERATION_ACTION_LABELS, circleBanInput, circlePostActionInput, circleReasonInput, type CirclePostAction, type CirclePostStatus } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { completeTodos } from "../../inbox/use-cases/todos";
import { notifyUsers } from "../../inbox/use-cases/notify";
import { beijing, activeBan, loadActor, loadCircle } from "../circles.policy";
import { postInclude, presentPost } from "../circles.presenter";
import type { CircleBanType, CirclePostType } from "../circles.types";
import { excerpt, logModeration, userOfMember } from "./moderation-log";
import { presentBans } from "./list-moderation";

interface Move {
  from: CirclePostStatus[];
  /** Also requires the post (not) pinned, or having open reports. */
  pinned?: boolean;
  reports?: boolean;
  data: (now: Date) => { status?: CirclePostStatus; pinnedAt?: Date | null };
  /** What the author is told (none for unpin and dismissal). */
  tellAuthor?: string;
  /** Closes the open reports as RESOLVED or DISMISSED. */
  closeReports?: "RESOLVED" | "DISMISSED";
}

const MOVES: Record<CirclePostAction, Move> = {
  HIDE: { from: ["VISIBLE"], data: () => ({ status: "HIDDEN", pinnedAt: null }), tellAuthor: "已被隐藏", closeReports: "RESOLVED" },
  UNHIDE: { from: ["HIDDEN"], data: () => ({ status: "VISIBLE" }), tellAuthor: "已恢复显示" },
  DELETE: { from: ["VISIBLE", "HIDDEN"], data: () => ({ status: "DELETED", pinnedAt: null }), tellAuthor: "已被删除", closeReports: "RESOLVED" },
  PIN: { from: ["VISIBLE"], pinned: false, data: (now) => ({ pinnedAt: now }), tellAuthor: "已被置顶" },
  UNPIN: { from: ["VISIBLE"], pinned: true, data: () => ({ pinnedAt: null }) },
  DISMISS_REPORTS: { from: ["VISIBLE", "HIDDEN", "DELETED"], reports: true, data: () => ({}), closeReports: "DISMISSED" },
};

const STATUS_WORDS: Record<CirclePostStatus, string> = { VISIBLE: "正常显示的", HIDDEN: "已隐藏的", DELETED: "已删除的" };

export async function moderateCirclePost(ctx: Context, postId: string, action: CirclePostAction, reason: string): Promise<CirclePostType> {
  const data = parseInput(circlePostActionInput, { action, reason });
  const pid = parseId(postId, "帖子");
  const tenantId = ctx.tenantId;
  const move = MOVES[data.action];
  const label = CIRCLE_MODERATION_ACTION_LABELS[data.action];
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    const post = await db.circlePost.findUnique({ where: { tenantId_id: { tenantId, id: pid } }, include: postInclude });
    if (!post) throw NotFound("帖子不存在");
    if (!move.from.includes(post.status)) throw InvalidTransition(`${STATUS_WORDS[post.status]}帖子不能${label}`);
    if (move.pinned === false && post.pinnedAt) throw InvalidTransition("该帖子已置顶");
    if (move.pinned === true && !post.pinnedAt) throw InvalidTransition("该帖子未置顶");
    const openReports = await db.circleReport.findMany({ where: { tenantId, postId: pid, status: "OPEN" }, select: { id: true, reporterId: true } });
    if (move.reports && openReports.length === 0) throw InvalidTransition("该帖子没有待处理的举报");

    const now = new Date();
    // Conditional on the state read above: a second moderator acting at the same moment gets a conflict, not a double act.
    const r = await db.circlePost.updateMany({
      where: { tenantId, id: pid, status: post.status, pinnedAt: post.pinnedAt },
      data: { ...move.data(now), moderatedAt: now, moderationReason: data.reason },
    });
    if (r.count !== 1) throw Conflict("帖子已被他人处理，请刷新后重试");
    await logModeration(ctx, db, { circleId: post.circleId, postId: pid, memberId: post.authorId, action: data.action, reason: data.reason });
    audit({ action: `circle.post.${data.action.toLowerCase().replace("_", "-")}`, targetType: "CirclePost", targetId: pid, detail: { circleId: post.circleId, reason: data.reason, reports: openReports.length } });

    if (move.closeReports && openReports.length) {
      await db.circleReport.updateMany({ where: { tenantId, postId: pid, status: "OPEN" }, data: { status: move.closeReports, handledAt: now, handledBy: ctx.viewer!.userId } });
      await completeTodos(db, { tenantId, sourceType: "CirclePost", sourceId: pid, kind: "circle.report" }, ctx.viewer!.userId);
      const reporters = (await db.memberProfile.findMany({ where: { tenantId, id: { in: openReports.map((o) => o.reporterId) } }, select: { userId: true } }))
        .flatMap((m) => (m.userId ? [m.userId] : []));
      await notifyUsers(db, tenantId, reporters, {
        kind: "circle.report-result",
        title: move.closeReports === "RESOLVED" ? `您举报的“${post.circle.name}”帖子已处理` : `您举报的“${post.circle.name}”帖子经核查未发现问题`,
        body: `处理结果：${label}\n帖子内容：${excerpt(post.text)}`,
        link: `/portal/circles/${post.circleId}`,
        sourceType: "CirclePost",
        sourceId: pid,
      });
    }
    if (move.tellAuthor) {
      const user = await userOfMember(db, tenantId, post.authorId);
      if (user)
        await notifyUsers(db, tenantId, [user], {
          kind: "circle.moderation",
          title: `您在“${post.circle.name}”的帖子${move.tellAuthor}`,
          body: `处理理由：${data.reason}\n帖子内容：${excerpt(post.text)}`,
          // A hidden or deleted post has no page to open: the message itself (title, reason) is what the author reads.
          link: data.action === "UNHIDE" || data.action === "PIN" ? `/portal/circles/posts/${pid}` : null,
          sourceType: "CirclePost",
          sourceId: pid,
        });
    }
    const row = await db.circlePost.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: pid } }, include: postInclude });
    return presentPost(db, tenantId, actor, row);
  });
}

async function loadBan(db: Tx, tenantId: string, id: string) {
  const b = await db.circleBan.findUnique({ where: { tenantId_id: { tenantId, id } }, include: { circle: { select: { id: true, name: true, kind: true } } } });
  if (!b) throw NotFound("禁言记录不存在");
  return b;
}

/** 禁言: the member may read and like but not post or comment in the circle for `days` days. */
export async function banCircleMember(ctx: Context, circleId: string, memberId: string, days: number, reason: string): Promise<CircleBanType> {
  const data = parseInput(circleBanInput, { days, reason });
  const cid = parseId(circleId, "圈子");
  const mid = parseId(memberId, "委员");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const circle = await loadCircle(db, tenantId, cid);
    const member = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id: mid } }, select: { id: true, name: true, userId: true } });
    if (!member) throw NotFound("委员不存在");
    const running = await activeBan(db, tenantId, cid, mid);
    if (running) throw Conflict(`${member.name}在该圈子已被禁言至 ${beijing(running.until)}，如需调整请先解除`);
    const now = new Date();
    const until = new Date(now.getTime() + data.days * 86_400_000);
    const ban = await db.circleBan.create({ data: { tenantId, circleId: cid, memberId: mid, days: data.days, reason: data.reason, until, createdBy: ctx.viewer!.userId, createdAt: now } });
    await logModeration(ctx, db, { circleId: cid, memberId: mid, action: "BAN", reason: data.reason, banDays: data.days });
    audit({ action: "circle.ban", targetType: "Circle", targetId: cid, detail: { memberId: mid, name: member.name, days: data.days, reason: data.reason } });
    if (member.userId)
      await notifyUsers(db, tenantId, [member.userId], {
        kind: "circle.moderation",
        title: `您在“${circle.name}”被禁言 ${data.days} 天`,
        body: `处理理由：${data.reason}\n禁言至 ${beijing(until)}，期间可以浏览，不能发帖和评论。`,
        link: `/portal/circles/${cid}`,
        sourceType: "Circle",
        sourceId: cid,
      });
    return (await presentBans(db, tenantId, [await loadBan(db, tenantId, ban.id)]))[0]!;
  });
}

export async function liftCircleBan(ctx: Context, banId: string, reason: string): Promise<CircleBanType> {
  const why = parseInput(circleReasonInput, reason);
  const id = parseId(banId, "禁言记录");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const ban = await loadBan(db, tenantId, id);
    const now = new Date();
    if (ban.liftedAt || ban.until <= now) throw InvalidTransition("该禁言已结束");
    await db.circleBan.update({ where: { tenantId_id: { tenantId, id } }, data: { liftedAt: now, liftedBy: ctx.viewer!.userId, liftReason: why } });
    await logModeration(ctx, db, { circleId: ban.circleId, memberId: ban.memberId, action: "LIFT_BAN", reason: why });
    audit({ action: "circle.ban.lift", targetType: "Circle", targetId: ban.circleId, detail: { banId: id, memberId: ban.memberId, reason: why } });
    const user = await userOfMember(db, tenantId, ban.memberId);
    if (user)
      await notifyUsers(db, tenantId, [user], {
        kind: "circle.moderation",
        title: `您在“${ban.circle.name}”的禁言已解除`,
        body: `理由：${why}`,
        link: `/portal/circles/${ban.circleId}`,
        sourceType: "Circle",
        sourceId: ban.circleId,
      });
    return (await presentBans(db, tenantId, [await loadBan(db, tenantId, id)]))[0]!;
  });
}
