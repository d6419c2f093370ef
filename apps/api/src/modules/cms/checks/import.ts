import type { CmsImportRow } from "@zhzx/shared";
import type { Db, Tx } from "../../../db/prisma";
import { AppError } from "../../../core/errors";
import { systemWork } from "../publish/run-job";
import { assertNoBlockedWords, enqueueIncremental, indexArticle, prepareContent, saveVersion } from "../use-cases/article-content";

export interface ImportRowError {
  row: number;
  message: string;
}
export interface PendingRow {
  row: number;
  data: CmsImportRow;
}

const BATCH = 50;
const MAX_IDS = 5000;

/** Channels by slug and by path of slugs from the top ("about/leaders"), to resolve a row's 栏目. */
async function channelIndex(db: Tx, tenantId: string) {
  const channels = await db.cmsChannel.findMany({ where: { tenantId }, select: { id: true, parentId: true, slug: true, name: true, kind: true, fieldDefs: true } });
  const byId = new Map(channels.map((c) => [c.id, c]));
  const pathOf = (c: (typeof channels)[number]) => {
    const parts: string[] = [];
    const seen = new Set<string>();
    for (let x: typeof c | undefined = c; x && !seen.has(x.id); x = x.parentId ? byId.get(x.parentId) : undefined) {
      seen.add(x.id);
      parts.unshift(x.slug);
    }
    return parts.join("/");
  };
  const index = new Map<string, (typeof channels)[number]>();
  for (const c of channels) {
    index.set(c.slug, c);
    index.set(pathOf(c), c);
  }
  return index;
}

/**
 * Runs one claimed 历史文章导入 job: creates the articles of the validated rows in batches (one transaction
 * per batch, progress after each), sanitising bodies with the article allow-list. A row that cannot be
 * imported (unknown channel, empty body after cleaning, a 禁用词 in a PUBLISHED import) is reported with its
 * row number; the others go on. A job taken over after its runner died continues at `done`.
 */
export async function runImport(prisma: Db, tenantId: string, jobId: string) {
  try {
    const job = await systemWork(prisma, tenantId, ({ db }) => db.cmsImportJob.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: jobId } } }));
    const rows = job.rows as unknown as PendingRow[];
    const state = job.targetState === "DRAFT" ? "DRAFT" : "PUBLISHED";
    const requester = job.requestedBy ? await systemWork(prisma, tenantId, ({ db }) => db.user.findUnique({ where: { id: job.requestedBy! }, select: { displayName: true } })) : null;
    for (let i = job.done; i < rows.length; i += BATCH) {
      await systemWork(prisma, tenantId, async ({ db, audit }) => {
        const channels = await channelIndex(db, tenantId);
        const errors: ImportRowError[] = [];
        const created: string[] = [];
        for (const { row, data } of rows.slice(i, i + BATCH)) {
          const channel = channels.get(data.channel);
          if (!channel) {
            errors.push({ row, message: `栏目“${data.channel}”不存在` });
            continue;
          }
          if (channel.kind === "VIRTUAL") {
            errors.push({ row, message: `“${channel.name}”是虚拟栏目，不能直接添加文章` });
            continue;
          }
          let content: ReturnType<typeof prepareContent>;
          try {
            content = prepareContent({ ...data, summary: "", customFields: {} }, channel.fieldDefs);
            if (state === "PUBLISHED") await assertNoBlockedWords(db, tenantId, content);
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            errors.push({ row, message: e.message });
            continue;
          }
          const publishedAt = new Date(data.publishedAt);
          const a = await db.cmsArticle.create({
            data: { ...content, customFields: content.customFields as object, tenantId, channelId: channel.id, state, publishedAt, createdBy: job.requestedBy, updatedBy: job.requestedBy },
          });
          await indexArticle(db, tenantId, a.id, content);
          await saveVersion(db, tenantId, a.id, a.version, content, { id: job.requestedBy, name: requester?.displayName ?? null }, "历史文章导入");
          await db.cmsArticleEvent.create({
            data: { tenantId, articleId: a.id, action: "import", fromState: "DRAFT", toState: state, comment: `历史文章导入（${job.fileName || "文件"}第 ${row} 行）`, actorId: job.requestedBy, actorName: requester?.displayName ?? null },
          });
          audit({ action: "cms.article.import", targetType: "CmsArticle", targetId: a.id, detail: { jobId, row, title: a.title, channelId: channel.id, state, publishedAt: data.publishedAt, requestedBy: job.requestedBy } });
          created.push(a.id);
        }
        const cur = await db.cmsImportJob.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: jobId } }, select: { errors: true, articleIds: true } });
        await db.cmsImportJob.update({
          where: { tenantId_id: { tenantId, id: jobId } },
          data: {
            done: Math.min(rows.length, i + BATCH),
            imported: { increment: created.length },
            failed: { increment: errors.length },
            errors: [...(cur.errors as unknown as ImportRowError[]), ...errors] as object[],
            articleIds: [...cur.articleIds, ...created].slice(0, MAX_IDS),
            heartbeatAt: new Date(),
          },
        });
      });
    }
    await systemWork(prisma, tenantId, async ({ db, audit }) => {
      const j = await db.cmsImportJob.update({ where: { tenantId_id: { tenantId, id: jobId } }, data: { state: "DONE", rows: [], finishedAt: new Date(), heartbeatAt: new Date() } });
      if (state === "PUBLISHED" && j.imported > 0) await enqueueIncremental(db, tenantId, job.requestedBy);
      audit({ action: "cms.import.done", targetType: "CmsImportJob", targetId: jobId, detail: { imported: j.imported, failed: j.failed, state, requestedBy: job.requestedBy } });
    });
  } catch (e) {
    const message = e instanceof Error ? e.message.slice(0, 500) : String(e);
    if (process.env.NODE_ENV !== "test") console.error("[cms import]", e);
    await systemWork(prisma, tenantId, async ({ db, audit }) => {
      await db.cmsImportJob.update({ where: { tenantId_id: { tenantId, id: jobId } }, data: { state: "FAILED", error: message, finishedAt: new Date() } });
      audit({ action: "cms.import.failed", targetType: "CmsImportJob", targetId: jobId, result: "FAILURE", detail: { error: message } });
    });
  }
}
