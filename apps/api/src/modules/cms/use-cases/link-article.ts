import type { Context } from "../../../context/context";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { assertRight, rightsOn } from "../cms.policy";
import { enqueueIncremental } from "./article-content";
import { loadArticle, loadChannel } from "./load";
import { getArticle } from "./get-article";

/**
 * 引用 / 映射 into another channel of the site: needs view on the article's channel and publish on the
 * target (it puts content on the target's public pages). Content stays the original's, so later edits
 * show everywhere; the target channel's pages are republished.
 */
export async function linkArticle(ctx: Context, id: string, channelId: string, kind: "REFERENCE" | "MAPPING") {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  await ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, id);
    assertRight(await rightsOn(db, viewer, tenantId, a.channelId), "view");
    const target = await loadChannel(db, tenantId, channelId);
    assertRight(await rightsOn(db, viewer, tenantId, target.id), "publish", "目标栏目");
    if (target.kind === "VIRTUAL" || target.id === a.channelId) throw ValidationFailed("目标栏目须为其他普通栏目");
    const link = await db.cmsArticleLink.upsert({
      where: { tenantId_articleId_channelId: { tenantId, articleId: a.id, channelId: target.id } },
      create: { tenantId, articleId: a.id, channelId: target.id, kind, createdBy: viewer.userId },
      update: { kind },
    });
    await db.cmsArticle.update({ where: { tenantId_id: { tenantId, id: a.id } }, data: { dirty: true } });
    if (a.state === "PUBLISHED") await enqueueIncremental(db, tenantId, viewer.userId);
    audit({ action: kind === "MAPPING" ? "cms.article.map" : "cms.article.reference", targetType: "CmsArticle", targetId: a.id, detail: { channelId: target.id, linkId: link.id } });
  });
  return getArticle(ctx, id);
}

export async function unlinkArticle(ctx: Context, linkId: string) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  const articleId = await ctx.uow(async ({ db, audit }) => {
    const link = await db.cmsArticleLink.findUnique({ where: { tenantId_id: { tenantId, id: parseId(linkId, "引用") } } });
    if (!link) throw NotFound("引用不存在");
    assertRight(await rightsOn(db, viewer, tenantId, link.channelId), "publish", "目标栏目");
    await db.cmsArticleLink.delete({ where: { tenantId_id: { tenantId, id: link.id } } });
    await db.cmsArticle.update({ where: { tenantId_id: { tenantId, id: link.articleId } }, data: { dirty: true } });
    await db.cmsChannel.update({ where: { tenantId_id: { tenantId, id: link.channelId } }, data: { dirty: true } });
    await enqueueIncremental(db, tenantId, viewer.userId);
    audit({ action: "cms.article.unlink", targetType: "CmsArticle", targetId: link.articleId, detail: { channelId: link.channelId, kind: link.kind } });
    return link.articleId;
  });
  return getArticle(ctx, articleId);
}
