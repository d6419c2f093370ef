import { cmsFieldValuesSchema, type CmsFieldDef } from "@zhzx/shared";
import type { Tx } from "../../../db/prisma";
import { AppError, ValidationFailed } from "../../../core/errors";
import { extractKeywords, segmentForIndex, summarize } from "../text/chinese";
import { htmlToText, sanitizeBody } from "../text/sanitize";

export interface ContentInput {
  title: string;
  subtitle: string;
  author: string;
  source: string;
  summary: string;
  keywords: string[];
  body: string;
  customFields: Record<string, unknown>;
}

/**
 * What is stored for an article's content: the body sanitised with the allow-list, its plain text, a
 * summary and keywords generated when the editor left them empty, custom fields checked against the
 * channel's definitions.
 */
export function prepareContent(input: ContentInput, fieldDefs: unknown) {
  const body = sanitizeBody(input.body);
  const bodyText = htmlToText(body);
  if (!bodyText && !/<img/i.test(body)) throw ValidationFailed("正文不能为空", { body: "请输入正文" });
  const parsed = cmsFieldValuesSchema((fieldDefs as CmsFieldDef[]) ?? []).safeParse(input.customFields ?? {});
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const i of parsed.error.issues) fields[`customFields.${i.path.join(".")}`] ??= i.message;
    throw ValidationFailed(parsed.error.issues[0]?.message ?? "自定义字段有误", fields);
  }
  const customFields = Object.fromEntries(Object.entries(parsed.data as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined));
  return {
    title: input.title,
    subtitle: input.subtitle,
    author: input.author,
    source: input.source,
    body,
    bodyText,
    customFields,
    summary: input.summary || summarize(bodyText),
    keywords: input.keywords.length ? [...new Set(input.keywords)] : extractKeywords(`${input.title}。${input.title}。${bodyText}`),
  };
}

/**
 * Fills the search columns (jieba words → tsvector, title weighted A, attachments' text weighted C;
 * plain text for trigrams), so a word found only in an attached PDF or Word file finds the article.
 */
export async function indexArticle(db: Tx, tenantId: string, id: string, a: { title: string; subtitle: string; summary: string; bodyText: string; keywords: string[] }) {
  const files = await db.cmsAsset.findMany({ where: { tenantId, articleId: id, extractedText: { not: "" } }, select: { extractedText: true }, orderBy: { createdAt: "asc" } });
  const fileText = files.map((f) => f.extractedText).join("\n");
  const head = segmentForIndex(`${a.title} ${a.subtitle}`);
  const rest = segmentForIndex(`${a.summary} ${a.keywords.join(" ")} ${a.bodyText}`);
  const attached = segmentForIndex(fileText);
  await db.$executeRaw`UPDATE cms_article
      SET search_tsv = setweight(to_tsvector('simple', ${head}), 'A') || setweight(to_tsvector('simple', ${rest}), 'B') || setweight(to_tsvector('simple', ${attached}), 'C'),
          search_text = ${`${a.title} ${a.subtitle} ${a.bodyText}${fileText ? `\n${fileText}` : ""}`}
    WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid`;
}

/** 错敏词: a BLOCK word stops an article from going live. */
export async function assertNoBlockedWords(db: Tx, tenantId: string, a: { title: string; bodyText: string }) {
  const words = await db.cmsSensitiveWord.findMany({ where: { tenantId, level: "BLOCK" }, select: { word: true } });
  const hit = words.filter((w) => a.title.includes(w.word) || a.bodyText.includes(w.word)).map((w) => w.word);
  if (hit.length) throw new AppError("VALIDATION_FAILED", `含有禁用词：${hit.join("、")}`, { words: hit });
}

/** The optimistic lock: the write applies only to the version the client read. */
export async function writeLocked(db: Tx, tenantId: string, id: string, expectedVersion: number, data: Parameters<Tx["cmsArticle"]["updateMany"]>[0]["data"]) {
  const r = await db.cmsArticle.updateMany({ where: { tenantId, id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (r.count === 0) throw new AppError("CONFLICT");
  return expectedVersion + 1;
}

export async function saveVersion(db: Tx, tenantId: string, articleId: string, version: number, c: ReturnType<typeof prepareContent>, by: { id: string | null; name: string | null }, note: string) {
  await db.cmsArticleVersion.create({
    data: {
      tenantId, articleId, version, title: c.title, subtitle: c.subtitle, author: c.author, source: c.source, summary: c.summary,
      keywords: c.keywords, body: c.body, customFields: c.customFields as object, note, createdBy: by.id, createdByName: by.name,
    },
  });
}

/** Queues an incremental publish unless one is already waiting (the worker picks everything dirty). */
export async function enqueueIncremental(db: Tx, tenantId: string, userId: string | null) {
  const site = await db.cmsSite.findUnique({ where: { tenantId }, select: { id: true } });
  if (!site) return;
  const waiting = await db.cmsPublishJob.findFirst({ where: { tenantId, kind: "INCREMENTAL", state: "QUEUED" }, select: { id: true } });
  if (!waiting) await db.cmsPublishJob.create({ data: { tenantId, siteId: site.id, kind: "INCREMENTAL", requestedBy: userId } });
}
