/** What members do to a post: like, comment, report. */
import { circleCommentInput, circleReasonInput, circleReportInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import { raiseTodo } from "../../inbox/use-cases/todos";
import { notifyUsers } from "../../inbox/use-cases/notify";
import { assertMayWrite, loadActor, loadReadablePost } from "../circles.policy";
import { postInclude, presentComments, presentPost } from "../circles.presenter";
import type { CircleCommentPage, CircleCommentType, CirclePostType, CircleReportInput } from "../circles.types";
import { excerpt, logModeration, userOfMember } from "./moderation-log";

/** Liking twice is one like (the primary key); unliking what was not liked does nothing. */
export async function likeCirclePost(ctx: Context, postId: string, liked: boolean): Promise<CirclePostType> {
  const pid = parseId(postId, "帖子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    if (!actor.memberId) throw Forbidden("只有委员可以点赞");
    const post = await loadReadablePost(db, tenantId, { ...actor, moderator: false }, pid);
    const changed = liked
      ? (await db.circleLike.createMany({ data: [{ tenantId, postId: pid, memberId: actor.memberId }], skipDuplicates: true })).count
      : (await db.circleLike.deleteMany({ where: { tenantId, postId: pid, memberId: actor.memberId } })).count;
    if (changed) audit({ action: liked ? "circle.like" : "circle.unlike", targetType: "CirclePost", targetId: pid, detail: { circleId: post.circleId } });
    const row = await db.circlePost.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: pid } }, include: postInclude });
    return presentPost(db, tenantId, actor, row);
  });
}

export async function commentCirclePost(ctx: Context, postId: string, text: string): Promise<CircleCommentType> {
  const data = parseInput(circleCommentInput, { text });
  const pid = parseId(postId, "帖子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    const post = await loadReadablePost(db, tenantId, { ...actor, moderator: false }, pid);
    const memberId = await assertMayWrite(db, tenantId, actor, post.circle);
    const c = await db.circleComment.create({ data: { tenantId, postId: pid, authorId: memberId, text: data.text } });
    audit({ action: "circle.comment.create", targetType: "CirclePost", targetId: pid, detail: { commentId: c.id, chars: data.text.length } });
    if (post.authorId !== memberId) {
      const authorUser = await userOfMember(db, tenantId, post.authorId);
      const me = await db.memberProfile.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: memberId } }, select: { name: true } });
      if (authorUser)
        await notifyUsers(db, tenantId, [authorUser], {
          kind: "circle.comment",
          title: `${me.name}评论了您在“${post.circle.name}”的帖子`,
          body: excerpt(data.text),
          link: `/portal/circles/posts/${pid}`,
          sourceType: "CirclePost",
          sourceId: pid,
        });
    }
    return (await presentComments(db, tenantId, actor, [c]))[0]!;
  });
}

/** Oldest first, as a conversation reads. Moderators also see deleted comments (marked). */
export async function listCircleComments(ctx: Context, postId: string, args: { page: number; pageSize: number }): Promise<CircleCommentPage> {
  const { skip, take } = toSkipTake(args);
  const pid = parseId(postId, "帖子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    await loadReadablePost(db, tenantId, actor, pid);
    const where = { tenantId, postId: pid, ...(actor.moderator ? {} : { deletedAt: null }) };
    const rows = await db.circleComment.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip, take });
    const total = await db.circleComment.count({ where });
    return { items: await presentComments(db, tenantId, actor, rows), total };
  });
}

/** The author removes their own comment; a moderator removes any, with a reason the author is told. */
export async function deleteCircleComment(ctx: Context, id: string, reason: string | null): Promise<boolean> {
  const cid = parseId(id, "评论");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    const c = await db.circleComment.findUnique({ where: { tenantId_id: { tenantId, id: cid } } });
    if (!c || c.deletedAt) throw NotFound("评论不存在或已删除");
    const post = await loadReadablePost(db, tenantId, actor, c.postId);
    const own = actor.memberId !== null && c.authorId === actor.memberId;
    if (!own && !actor.moderator) throw Forbidden("只能删除本人的评论");
    const why = own ? null : parseInput(circleReasonInput, reason ?? "");
    await db.circleComment.update({ where: { tenantId_id: { tenantId, id: cid } }, data: { deletedAt: new Date(), deletedBy: ctx.viewer!.userId } });
    audit({ action: own ? "circle.comment.delete-own" : "circle.comment.delete", targetType: "CirclePost", targetId: c.postId, detail: { commentId: cid, reason: why } });
    if (why) {
      await logModeration(ctx, db, { circleId: post.circleId, postId: post.id, commentId: cid, memberId: c.authorId, action: "DELETE_COMMENT", reason: why });
      const user = await userOfMember(db, tenantId, c.authorId);
      if (user)
        await notifyUsers(db, tenantId, [user], {
          kind: "circle.moderation",
          title: `您在“${post.circle.name}”的评论已被删除`,
          body: `处理理由：${why}\n评论内容：${excerpt(c.text)}`,
          link: null,
          sourceType: "CirclePost",
          sourceId: post.id,
        });
    }
    return true;
  });
}

/** 举报: once per member and post; raises the moderators' to-do (one open to-do per post). */
export async function reportCirclePost(ctx: Context, postId: string, input: CircleReportInput): Promise<CirclePostType> {
  const data = parseInput(circleReportInput, input);
  const pid = parseId(postId, "帖子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    if (!actor.memberId) throw Forbidden("只有委员可以举报");
    const post = await loadReadablePost(db, tenantId, { ...actor, moderator: false }, pid);
    if (post.authorId === actor.memberId) throw ValidationFailed("不能举报自己的帖子");
    const already = await db.circleReport.findUnique({ where: { tenantId_postId_reporterId: { tenantId, postId: pid, reporterId: actor.memberId } }, select: { id: true } });
    if (already) throw Conflict("您已举报过该帖子，管理员会尽快处理");
    const r = await db.circleReport.create({ data: { tenantId, postId: pid, reporterId: actor.memberId, category: data.category, note: data.note || null }, select: { id: true } });
    audit({ action: "circle.report", targetType: "CirclePost", targetId: pid, detail: { reportId: r.id, category: data.category } });
    await raiseTodo(db, {
      tenantId,
      assignee: { permission: "circle:moderate" },
      kind: "circle.report",
      title: `“${post.circle.name}”有帖子被举报，待处理`,
      link: `/admin/circles/moderation?post=${pid}`,
      sourceType: "CirclePost",
      sourceId: pid,
    });
    const row = await db.circlePost.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: pid } }, include: postInclude });
    return presentPost(db, tenantId, actor, row);
  });
}
