import { canEditContent, type CmsArticleState } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, NotFound } from "../../../core/errors";
import { assertRight, rightsOn } from "../cms.policy";
import { diffArticleVersions } from "../text/diff";
import { htmlToText } from "../text/sanitize";
import { enqueueIncremental, indexArticle, writeLocked } from "./article-content";
import { loadArticle } from "./load";
import { getArticle } from "./get-article";

export async function listVersions(ctx: Context, articleId: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const a = await loadArticle(db, tenantId, articleId);
    assertRight(await rightsOn(db, ctx.viewer!, tenantId, a.channelId), "view");
    return db.cmsArticleVersion.findMany({ where: { tenantId, articleId: a.id }, orderBy: { version: "desc" } });
  });
}

export async function listEvents(ctx: Context, articleId: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const a = await loadArticle(db, tenantId, articleId);
    assertRight(await rightsOn(db, ctx.viewer!, tenantId, a.channelId), "view");
    return db.cmsArticleEvent.findMany({ where: { tenantId, articleId: a.id }, orderBy: { createdAt: "asc" } });
  });
}

export async function diffVersions(ctx: Context, articleId: string, fromVersion: number, toVersion: number) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const a = await loadArticle(db, tenantId, articleId);
    assertRight(await rightsOn(db, ctx.viewer!, tenantId, a.channelId), "view");
    const rows = await db.cmsArticleVersion.findMany({ where: { tenantId, articleId: a.id, version: { in: [fromVersion, toVersion] } } });
    const from = rows.find((r) => r.version === fromVersion);
    const to = rows.find((r) => r.version === toVersion);
    if (!from || !to) throw NotFound("版本不存在");
    return { fromVersion, toVersion, ...diffArticleVersions(from, to) };
  });
}

/** Restores an old version's content as a new version (history is never rewritten). */
export async function restoreVersion(ctx: Context, articleId: string, expectedVersion: number, version: number) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  await ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, articleId);
    if (!canEditContent(a.state as CmsArticleState, await rightsOn(db, viewer, tenantId, a.channelId))) throw Forbidden("当前状态下没有修改该文章的权限");
    const old = await db.cmsArticleVersion.findUnique({ where: { tenantId_articleId_version: { tenantId, articleId: a.id, version } } });
    if (!old) throw NotFound("版本不存在");
    const content = { title: old.title, subtitle: old.subtitle, author: old.author, source: old.source, summary: old.summary, keywords: old.keywords, body: old.body, bodyText: htmlToText(old.body), customFields: old.customFields as object };
    const next = await writeLocked(db, tenantId, a.id, expectedVersion, { ...content, updatedBy: viewer.userId, dirty: true });
    await indexArticle(db, tenantId, a.id, content);
    const { bodyText: _t, ...snapshot } = content;
    await db.cmsArticleVersion.create({ data: { ...snapshot, tenantId, articleId: a.id, version: next, note: `恢复自版本 ${version}`, createdBy: viewer.userId, createdByName: viewer.displayName } });
    if (a.state === "PUBLISHED") await enqueueIncremental(db, tenantId, viewer.userId);
    audit({ action: "cms.article.restore", targetType: "CmsArticle", targetId: a.id, detail: { restored: version, version: next } });
  });
  return getArticle(ctx, articleId);
}
