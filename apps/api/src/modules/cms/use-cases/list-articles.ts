import type { Prisma } from "../../../generated/prisma/client";
import type { Context } from "../../../context/context";
import { Forbidden } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { loadChannelRights } from "../cms.policy";
import { presentListItem } from "../cms.presenter";
import type { CmsArticleListArgs } from "../articles.types";
import { tenantCode } from "./site";

/** Staff list: only channels the viewer may view; pinned first, then by weight and time. */
export async function listArticles(ctx: Context, args: CmsArticleListArgs) {
  const tenantId = ctx.tenantId;
  const { skip, take } = toSkipTake(args);
  const f = args.filter ?? {};
  return ctx.uow(async ({ db }) => {
    const rights = await loadChannelRights(db, ctx.viewer!, tenantId);
    const visible = [...rights.entries()].filter(([, r]) => r.includes("view")).map(([id]) => id);
    let channelIds = visible;
    let linkedIds: string[] = [];
    if (f.channelId) {
      const cid = parseId(f.channelId, "栏目");
      if (!visible.includes(cid)) throw Forbidden("没有该栏目的查看权限");
      channelIds = [cid];
      if (f.includeLinked) linkedIds = (await db.cmsArticleLink.findMany({ where: { tenantId, channelId: cid }, select: { articleId: true } })).map((l) => l.articleId);
    }
    const where: Prisma.CmsArticleWhereInput = {
      tenantId,
      OR: [{ channelId: { in: channelIds } }, ...(linkedIds.length ? [{ id: { in: linkedIds } }] : [])],
      ...(f.state ? { state: f.state as Prisma.CmsArticleWhereInput["state"] } : {}),
      ...(f.title?.trim() ? { title: { contains: f.title.trim() } } : {}),
    };
    const rows = await db.cmsArticle.findMany({
      where, skip, take,
      orderBy: [{ pinned: "desc" }, { weight: "desc" }, { publishedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
      include: { channel: { select: { name: true, slug: true } }, links: f.channelId ? { where: { channelId: f.channelId }, select: { kind: true } } : false },
    });
    const total = await db.cmsArticle.count({ where });
    const code = await tenantCode(db, tenantId);
    return { total, items: rows.map((r) => presentListItem(r, code, (r as { links?: { kind: string }[] }).links?.[0]?.kind ?? null)) };
  });
}
