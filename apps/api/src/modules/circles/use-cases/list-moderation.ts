/** The staff side's lists: posts to moderate (reported first), a post's reports, the log, bans. */
import { circlePostFilter } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { likeLiteral } from "../../../core/like";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { Prisma } from "../../../generated/prisma/client";
import { loadActor } from "../circles.policy";
import { authorsOf, postInclude, presentPosts } from "../circles.presenter";
import type { CircleBanPage, CircleBanType, CircleModerationPage, CirclePostFilter, CirclePostPage, CircleReportPage } from "../circles.types";

interface Page {
  page: number;
  pageSize: number;
}

/**
 * 内容审核: every post of the committee (hidden and deleted included) by circle, status and text or
 * author. reportedOnly narrows to posts with open reports, the most reported first.
 */
export async function listModerationPosts(ctx: Context, args: Page & { filter?: CirclePostFilter | null }): Promise<CirclePostPage> {
  const { skip, take } = toSkipTake(args);
  const f = parseInput(circlePostFilter, args.filter ?? {});
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    let authorIds: string[] = [];
    if (f.search) {
      authorIds = (await db.memberProfile.findMany({ where: { tenantId, name: { contains: likeLiteral(f.search) } }, select: { id: true }, take: 200 })).map((m) => m.id);
    }
    const where: Prisma.CirclePostWhereInput = {
      tenantId,
      ...(f.circleId ? { circleId: f.circleId } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.reportedOnly ? { reports: { some: { status: "OPEN" } } } : {}),
      ...(f.search ? { OR: [{ text: { contains: likeLiteral(f.search) } }, { authorId: { in: authorIds } }] } : {}),
    };
    const orderBy: Prisma.CirclePostOrderByWithRelationInput[] = f.reportedOnly
      ? [{ reports: { _count: "desc" } }, { createdAt: "desc" }, { id: "desc" }]
      : [{ createdAt: "desc" }, { id: "desc" }];
    const rows = await db.circlePost.findMany({ where, include: postInclude, orderBy, skip, take });
    const total = await db.circlePost.count({ where });
    return { items: await presentPosts(db, tenantId, actor, rows), total };
  });
}

export async function listPostReports(ctx: Context, postId: string, args: Page): Promise<CircleReportPage> {
  const { skip, take } = toSkipTake(args);
  const pid = parseId(postId, "帖子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const where = { tenantId, postId: pid };
    const rows = await db.circleReport.findMany({ where, orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.circleReport.count({ where });
    const names = await authorsOf(db, tenantId, rows.map((r) => r.reporterId));
    return {
      items: rows.map((r) => ({
        id: r.id,
        reporter: names.get(r.reporterId) ?? { id: r.reporterId, name: "（已注销委员）" },
        category: r.category,
        note: r.note,
        status: r.status,
        createdAt: r.createdAt,
        handledAt: r.handledAt,
      })),
      total,
    };
  });
}

export async function listModerationLog(ctx: Context, args: Page & { circleId?: string | null; postId?: string | null }): Promise<CircleModerationPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const where: Prisma.CircleModerationWhereInput = {
    tenantId,
    ...(args.circleId ? { circleId: parseId(args.circleId, "圈子") } : {}),
    ...(args.postId ? { postId: parseId(args.postId, "帖子") } : {}),
  };
  return ctx.uow(async ({ db }) => {
    const rows = await db.circleModeration.findMany({ where, include: { circle: { select: { id: true, name: true, kind: true } } }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.circleModeration.count({ where });
    const names = await authorsOf(db, tenantId, rows.flatMap((r) => (r.memberId ? [r.memberId] : [])));
    return {
      items: rows.map((r) => ({
        id: r.id,
        action: r.action,
        reason: r.reason,
        banDays: r.banDays,
        actorName: r.actorName,
        member: r.memberId ? (names.get(r.memberId) ?? null) : null,
        postId: r.postId,
        circle: r.circle,
        createdAt: r.createdAt,
      })),
      total,
    };
  });
}

type BanRow = Prisma.CircleBanGetPayload<{ include: { circle: { select: { id: true; name: true; kind: true } } } }>;

export async function presentBans(db: Tx, tenantId: string, rows: BanRow[]): Promise<CircleBanType[]> {
  const names = await authorsOf(db, tenantId, rows.map((r) => r.memberId));
  const now = Date.now();
  return rows.map((b) => ({
    id: b.id,
    circle: b.circle,
    member: names.get(b.memberId) ?? { id: b.memberId, name: "（已注销委员）" },
    days: b.days,
    reason: b.reason,
    until: b.until,
    active: !b.liftedAt && b.until.getTime() > now,
    liftedAt: b.liftedAt,
    liftReason: b.liftReason,
    createdAt: b.createdAt,
  }));
}

export async function listCircleBans(ctx: Context, args: Page & { circleId?: string | null; activeOnly: boolean }): Promise<CircleBanPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const where: Prisma.CircleBanWhereInput = {
    tenantId,
    ...(args.circleId ? { circleId: parseId(args.circleId, "圈子") } : {}),
    ...(args.activeOnly ? { liftedAt: null, until: { gt: new Date() } } : {}),
  };
  return ctx.uow(async ({ db }) => {
    await loadActor(db, tenantId, ctx.viewer!);
    const rows = await db.circleBan.findMany({ where, include: { circle: { select: { id: true, name: true, kind: true } } }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.circleBan.count({ where });
    return { items: await presentBans(db, tenantId, rows), total };
  });
}
