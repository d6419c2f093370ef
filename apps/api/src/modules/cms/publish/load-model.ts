import type { Tx } from "../../../db/prisma";
import type { PubArticle, PubChannel, SiteModel } from "./site-model";

/**
 * Channels, published articles (without bodies) and their links: everything a page may list. `only`
 * narrows the articles (and links) to those ids — a search page shows its hits, not the whole site.
 */
export async function loadSiteModel(db: Tx, tenantId: string, only?: string[]): Promise<SiteModel> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  const site = await db.cmsSite.findUniqueOrThrow({ where: { tenantId } });
  const channels = await db.cmsChannel.findMany({ where: { tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  const articles = await db.cmsArticle.findMany({
    where: { tenantId, state: "PUBLISHED", ...(only ? { id: { in: only } } : {}) },
    select: { id: true, no: true, channelId: true, title: true, subtitle: true, author: true, source: true, summary: true, keywords: true, customFields: true, pinned: true, weight: true, publishedAt: true, updatedAt: true, originTenantName: true, coverAssetId: true },
  });
  const assets = await db.cmsAsset.findMany({
    where: { tenantId, article: { state: "PUBLISHED" }, ...(only ? { articleId: { in: only } } : {}) },
    select: { id: true, articleId: true, kind: true, fileName: true, mime: true, size: true, sha256: true },
    orderBy: { createdAt: "asc" },
  });
  const assetsOf = new Map<string, SiteModel["articles"][number]["assets"]>();
  for (const { articleId, ...x } of assets) assetsOf.set(articleId, [...(assetsOf.get(articleId) ?? []), x]);
  const links = await db.cmsArticleLink.findMany({ where: { tenantId, article: { state: "PUBLISHED" }, ...(only ? { articleId: { in: only } } : {}) }, select: { articleId: true, channelId: true, kind: true } });
  if (!/^[a-z0-9][a-z0-9-]*$/.test(tenant.code)) throw new Error(`tenant code unfit for a directory name: ${tenant.code}`);
  return {
    code: tenant.code,
    tenantName: tenant.name,
    site: { name: site.name, description: site.description, footer: site.footer },
    channels: channels.map((c) => ({ ...c, fieldDefs: (c.fieldDefs as PubChannel["fieldDefs"]) ?? [] })) as PubChannel[],
    articles: articles.map((a) => ({ ...a, publishedAt: a.publishedAt ?? a.updatedAt, customFields: (a.customFields as Record<string, unknown>) ?? {}, assets: assetsOf.get(a.id) ?? [] })) as PubArticle[],
    links,
  };
}

export async function loadBodies(db: Tx, tenantId: string, model: SiteModel, ids: Set<string>) {
  const byId = new Map(model.articles.map((a) => [a.id, a]));
  const list = [...ids];
  for (let i = 0; i < list.length; i += 1000) {
    const rows = await db.cmsArticle.findMany({ where: { tenantId, id: { in: list.slice(i, i + 1000) } }, select: { id: true, body: true } });
    for (const r of rows) {
      const a = byId.get(r.id);
      if (a) a.body = r.body;
    }
  }
}
