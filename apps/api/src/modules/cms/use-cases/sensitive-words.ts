import { cmsAddWordsInput, type CmsWordLevel } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { likeLiteral } from "../../../core/like";
import { toSkipTake, type PageArgs } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";

export async function listWords(ctx: Context, args: PageArgs & { search?: string | null; level?: CmsWordLevel | null }) {
  const { skip, take } = toSkipTake(args);
  const search = args.search?.trim().slice(0, 30);
  const where = { tenantId: ctx.tenantId, ...(args.level ? { level: args.level } : {}), ...(search ? { word: { contains: likeLiteral(search) } } : {}) };
  return ctx.uow(async ({ db }) => {
    const items = await db.cmsSensitiveWord.findMany({ where, orderBy: [{ level: "asc" }, { word: "asc" }], skip, take });
    const total = await db.cmsSensitiveWord.count({ where });
    return { items, total };
  });
}

/** Bulk add (one per line); a word already listed is updated to the new level and suggestion. */
export async function addWords(ctx: Context, input: { words: string; level: string; suggestion?: string | null }) {
  const d = parseInput(cmsAddWordsInput, { ...input, suggestion: input.suggestion ?? "" });
  return ctx.uow(async ({ db, audit }) => {
    const existing = await db.cmsSensitiveWord.count({ where: { tenantId: ctx.tenantId, word: { in: d.words } } });
    for (const word of d.words) {
      await db.cmsSensitiveWord.upsert({
        where: { tenantId_word: { tenantId: ctx.tenantId, word } },
        create: { tenantId: ctx.tenantId, word, level: d.level, suggestion: d.suggestion },
        update: { level: d.level, suggestion: d.suggestion },
      });
    }
    audit({ action: "cms.words.add", targetType: "CmsSensitiveWord", detail: { count: d.words.length, updated: existing, level: d.level } });
    return { added: d.words.length - existing, updated: existing };
  });
}

export async function deleteWord(ctx: Context, id: string) {
  return ctx.uow(async ({ db, audit }) => {
    const w = await db.cmsSensitiveWord.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: parseId(id, "词语") } } });
    if (!w) throw NotFound("词语不存在");
    await db.cmsSensitiveWord.delete({ where: { tenantId_id: { tenantId: ctx.tenantId, id: w.id } } });
    audit({ action: "cms.words.delete", targetType: "CmsSensitiveWord", targetId: w.id, detail: { word: w.word } });
    return true;
  });
}

/**
 * 错敏词检查 across the site: every article whose title or text contains a listed word,
 * with the words it contains. One set-based query (strpos over the word list), newest first.
 */
export async function scanArticles(ctx: Context, args: PageArgs & { level?: CmsWordLevel | null }) {
  const { skip, take } = toSkipTake(args);
  const level = args.level ?? null;
  return ctx.uow(async ({ db }) => {
    const rows = await db.$queryRaw<{ id: string; title: string; state: string; channel: string; updated_at: Date; words: { word: string; level: string; suggestion: string }[]; total: bigint }[]>`
      WITH hits AS (
        SELECT a.id, a.title, a.state::text AS state, c.name AS channel, a.updated_at,
               jsonb_agg(jsonb_build_object('word', w.word, 'level', w.level, 'suggestion', w.suggestion) ORDER BY w.level, w.word) AS words
          FROM cms_article a
          JOIN cms_channel c ON c.tenant_id = a.tenant_id AND c.id = a.channel_id
          JOIN cms_sensitive_word w ON w.tenant_id = a.tenant_id AND (strpos(a.title, w.word) > 0 OR strpos(a.body_text, w.word) > 0)
         WHERE a.tenant_id = ${ctx.tenantId}::uuid AND (${level}::text IS NULL OR w.level = ${level}::text)
         GROUP BY a.id, a.title, a.state, c.name, a.updated_at
      )
      SELECT *, count(*) OVER () AS total FROM hits ORDER BY updated_at DESC, id LIMIT ${take} OFFSET ${skip}`;
    return {
      items: rows.map((r) => ({ articleId: r.id, title: r.title, state: r.state, channel: r.channel, updatedAt: r.updated_at, words: r.words })),
      total: Number(rows[0]?.total ?? 0),
    };
  });
}

/** 错敏词 hits in published articles, all of them (站点检查 stores them as findings). */
export async function publishedWordHits(db: Tx, tenantId: string) {
  const rows = await db.$queryRaw<{ id: string; title: string; channel_id: string; words: { word: string; level: string; suggestion: string }[] }[]>`
    SELECT a.id, a.title, a.channel_id,
           jsonb_agg(jsonb_build_object('word', w.word, 'level', w.level, 'suggestion', w.suggestion) ORDER BY w.level, w.word) AS words
      FROM cms_article a
      JOIN cms_sensitive_word w ON w.tenant_id = a.tenant_id AND (strpos(a.title, w.word) > 0 OR strpos(a.body_text, w.word) > 0)
     WHERE a.tenant_id = ${tenantId}::uuid AND a.state = 'PUBLISHED'
     GROUP BY a.id, a.title, a.channel_id`;
  return rows.map((r) => ({ articleId: r.id, title: r.title, channelId: r.channel_id, words: r.words }));
}
