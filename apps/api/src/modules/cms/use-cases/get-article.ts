import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import { assertRight, rightsOn } from "../cms.policy";
import { presentArticle, presentListItem } from "../cms.presenter";
import { loadArticle } from "./load";
import { tenantCode } from "./site";

/** Published articles sharing the most keywords (相关文章). */
export async function relatedIds(db: Tx, tenantId: string, id: string, keywords: string[], limit = 5) {
  if (!keywords.length) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM cms_article
     WHERE tenant_id = ${tenantId}::uuid AND id <> ${id}::uuid AND state = 'PUBLISHED' AND keywords && ${keywords}::text[]
     ORDER BY (SELECT count(*) FROM unnest(keywords) k WHERE k = ANY(${keywords}::text[])) DESC, published_at DESC
     LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

export async function getArticle(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const base = await loadArticle(db, tenantId, id);
    const rights = await rightsOn(db, ctx.viewer!, tenantId, base.channelId);
    assertRight(rights, "view");
    const a = await db.cmsArticle.findUniqueOrThrow({
      where: { tenantId_id: { tenantId, id: base.id } },
      include: { channel: { select: { name: true, slug: true } }, links: { include: { channel: { select: { name: true } } } } },
    });
    const code = await tenantCode(db, tenantId);
    const ids = await relatedIds(db, tenantId, a.id, a.keywords);
    const rel = await db.cmsArticle.findMany({ where: { tenantId, id: { in: ids } }, include: { channel: { select: { name: true, slug: true } } } });
    const related = ids.map((i) => rel.find((r) => r.id === i)!).filter(Boolean).map((r) => presentListItem(r, code));
    return presentArticle(a, rights, code, related);
  });
}
