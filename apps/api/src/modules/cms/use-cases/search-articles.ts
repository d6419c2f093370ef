import { cmsSearchInput, CMS_ARTICLE_STATES } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import { Forbidden } from "../../../core/errors";
import { toSkipTake, type PageArgs } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import { loadChannelRights } from "../cms.policy";
import { presentListItem } from "../cms.presenter";
import { searchWords } from "../text/chinese";
import { highlight } from "../text/highlight";
import type { CmsSearchInput } from "../articles.types";
import { tenantCode } from "./site";

export interface SearchParams {
  q: string;
  channelIds?: string[] | null;
  from?: Date | null;
  to?: Date | null;
  states: string[];
}

/**
 * Chinese full-text search (TOOLCHAIN.md): the query's jieba words AND-ed against the tsvector (so a
 * two-character word is found), OR a substring match through the trigram index for 3+ characters.
 * Ranked by ts_rank, a title hit first; filtered by channel (home or linked) and publish date.
 */
export async function runSearch(db: Tx, tenantId: string, p: SearchParams, skip: number, take: number) {
  const words = [...new Set(searchWords(p.q))];
  const like = `%${p.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const useTrgm = [...p.q].length >= 3;
  const channels = p.channelIds ?? null;
  const rows = await db.$queryRaw<{ id: string; rank: number; text: string; total: number }[]>`
    WITH q AS (SELECT plainto_tsquery('simple', ${words.join(" ")}) AS tsq)
    SELECT a.id, (ts_rank(a.search_tsv, q.tsq) + CASE WHEN a.title ILIKE ${like} THEN 1 ELSE 0 END)::float8 AS rank,
           a.search_text AS text, (count(*) OVER ())::int AS total
      FROM cms_article a, q
     WHERE a.tenant_id = ${tenantId}::uuid
       AND a.state::text = ANY(${p.states}::text[])
       AND ((${words.length > 0} AND a.search_tsv @@ q.tsq) OR (${useTrgm} AND a.search_text ILIKE ${like}))
       AND (${channels}::uuid[] IS NULL OR a.channel_id = ANY(${channels}::uuid[])
            OR EXISTS (SELECT 1 FROM cms_article_link l WHERE l.tenant_id = a.tenant_id AND l.article_id = a.id AND l.channel_id = ANY(${channels}::uuid[])))
       AND (${p.from ?? null}::timestamptz IS NULL OR a.published_at >= ${p.from ?? null}::timestamptz)
       AND (${p.to ?? null}::timestamptz IS NULL OR a.published_at < ${p.to ?? null}::timestamptz)
     ORDER BY rank DESC, a.published_at DESC NULLS LAST
     LIMIT ${take} OFFSET ${skip}`;
  const terms = [p.q, ...words.filter((w) => w.length > 1)];
  return { total: rows[0]?.total ?? 0, hits: rows.map((r) => ({ id: r.id, rank: r.rank, highlight: highlight(r.text, terms) })) };
}

/** Staff search over every state of the channels the viewer may see (检索). */
export async function searchArticles(ctx: Context, input: CmsSearchInput, page: PageArgs) {
  const data = parseInput(cmsSearchInput, input);
  const { skip, take } = toSkipTake(page);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const rights = await loadChannelRights(db, ctx.viewer!, tenantId);
    const visible = [...rights.entries()].filter(([, r]) => r.includes("view")).map(([id]) => id);
    if (data.channelId && !visible.includes(data.channelId)) throw Forbidden("没有该栏目的查看权限");
    const { total, hits } = await runSearch(db, tenantId, { q: data.q, channelIds: data.channelId ? [data.channelId] : visible, from: data.from, to: data.to, states: data.states?.length ? data.states : [...CMS_ARTICLE_STATES] }, skip, take);
    const rows = await db.cmsArticle.findMany({ where: { tenantId, id: { in: hits.map((h) => h.id) } }, include: { channel: { select: { name: true, slug: true } } } });
    const code = await tenantCode(db, tenantId);
    return { total, items: hits.map((h) => ({ rank: h.rank, highlight: h.highlight, article: presentListItem(rows.find((r) => r.id === h.id)!, code) })) };
  });
}
