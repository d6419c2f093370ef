import type { Context } from "../../../context/context";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { presentStory, storyInclude } from "../photo-stories.presenter";
import type { PhotoStoryPage, PhotoStoryType } from "../photo-stories.types";

/** Staff (meeting:read / meeting:manage) may see drafts; members see published stories only. */
const seesDrafts = (ctx: Context) => ctx.viewer!.permissions.has("meeting:read") || ctx.viewer!.permissions.has("meeting:manage");

/** 履职风采 list: newest published first (drafts, for staff who ask, by creation). */
export async function listPhotoStories(ctx: Context, args: { page: number; pageSize: number; includeDrafts: boolean; meetingId?: string | null }): Promise<PhotoStoryPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const where = {
    tenantId,
    ...(args.includeDrafts && seesDrafts(ctx) ? {} : { status: "PUBLISHED" as const }),
    ...(args.meetingId ? { meetingId: parseId(args.meetingId, "会议活动") } : {}),
  };
  return ctx.uow(async ({ db }) => {
    const rows = await db.photoStory.findMany({ where, include: storyInclude, orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }], skip, take });
    const total = await db.photoStory.count({ where });
    return { items: rows.map(presentStory), total };
  });
}

export async function getPhotoStory(ctx: Context, id: string): Promise<PhotoStoryType> {
  const tenantId = ctx.tenantId;
  const sid = parseId(id, "履职风采");
  return ctx.uow(async ({ db }) => {
    const s = await db.photoStory.findUnique({ where: { tenantId_id: { tenantId, id: sid } }, include: storyInclude });
    if (!s || (s.status !== "PUBLISHED" && !seesDrafts(ctx))) throw NotFound("履职风采不存在");
    return presentStory(s);
  });
}
