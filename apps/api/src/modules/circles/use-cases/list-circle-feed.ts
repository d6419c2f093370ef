import { circleFeedArgs } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Prisma } from "../../../generated/prisma/client";
import { loadActor, loadReadableCircle, loadReadablePost } from "../circles.policy";
import { postInclude, presentPost, presentPosts } from "../circles.presenter";
import type { CircleFeed, CirclePostType } from "../circles.types";

/** At most this many pinned posts head the feed. */
const PINNED_MAX = 5;

/** The cursor names the last post of a page: (created_at, id), newest first; opaque to clients. */
const encodeCursor = (p: { createdAt: Date; id: string }) => Buffer.from(`${p.createdAt.toISOString()}|${p.id}`).toString("base64url");
function decodeCursor(s: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(s, "base64url").toString().split("|");
  const createdAt = new Date(at ?? "");
  if (Number.isNaN(createdAt.getTime())) throw ValidationFailed("无效的分页游标");
  return { createdAt, id: parseId(id, "分页游标") };
}

/**
 * 圈子动态: visible posts, newest first, by cursor (stable while others post); pinned posts head the first
 * page and are left out of the stream, so none shows twice.
 */
export async function listCircleFeed(ctx: Context, circleId: string, args: { first: number; after?: string | null }): Promise<CircleFeed> {
  const cid = parseId(circleId, "圈子");
  const { first, after } = parseInput(circleFeedArgs, args);
  const cursor = after ? decodeCursor(after) : null;
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    await loadReadableCircle(db, tenantId, actor, cid);
    const base: Prisma.CirclePostWhereInput = { tenantId, circleId: cid, status: "VISIBLE" };
    const pinned = cursor
      ? []
      : await db.circlePost.findMany({ where: { ...base, pinnedAt: { not: null } }, include: postInclude, orderBy: [{ pinnedAt: "desc" }, { id: "desc" }], take: PINNED_MAX });
    const rows = await db.circlePost.findMany({
      where: {
        ...base,
        pinnedAt: null,
        ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
      },
      include: postInclude,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: first + 1,
    });
    const page = rows.slice(0, first);
    const presented = await presentPosts(db, tenantId, actor, [...pinned, ...page]);
    return {
      pinned: presented.slice(0, pinned.length),
      items: presented.slice(pinned.length),
      nextCursor: rows.length > first ? encodeCursor(page.at(-1)!) : null,
    };
  });
}

export async function getCirclePost(ctx: Context, id: string): Promise<CirclePostType> {
  const pid = parseId(id, "帖子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    await loadReadablePost(db, tenantId, actor, pid);
    const row = await db.circlePost.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: pid } }, include: postInclude });
    return presentPost(db, tenantId, actor, row);
  });
}
