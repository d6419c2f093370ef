import path from "node:path";
import type { Db } from "../../../db/prisma";
import { runUnitOfWork } from "../../../core/unit-of-work";
import { cmsConfig } from "../cms.config";
import { planPages, type Scope } from "./build-pages";
import { loadBodies, loadSiteModel } from "./load-model";
import { SiteWriter, sha256 } from "./write-files";

export const SYSTEM_ACTOR = { userId: null, username: "system:cms-publisher", ip: null };
export const systemWork = <T>(prisma: Db, tenantId: string, fn: Parameters<typeof runUnitOfWork<T>>[3]) =>
  runUnitOfWork(prisma, { tenantId, userId: null }, { ...SYSTEM_ACTOR, tenantId }, fn);

const MAX_LISTED = 500;

/** The bytes of an article's file, read when the job writes it (the model carries only its hash). */
async function readAsset(prisma: Db, tenantId: string, id: string): Promise<Buffer | null> {
  const row = await systemWork(prisma, tenantId, ({ db }) => db.cmsAsset.findUnique({ where: { tenantId_id: { tenantId, id } }, select: { content: true } }));
  return row ? Buffer.from(row.content) : null;
}

/**
 * Runs one claimed publish job: loads the site, renders the pages in scope, writes only files whose
 * content hash differs from what is on disk (FULL also rewrites files missing from disk), deletes pages
 * no longer produced, records hashes, clears the dirty marks it covered, and reports progress.
 */
export async function runPublishJob(prisma: Db, tenantId: string, jobId: string) {
  try {
    const prep = await systemWork(prisma, tenantId, async ({ db }) => {
      const job = await db.cmsPublishJob.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: jobId } } });
      const [{ now }] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
      const model = await loadSiteModel(db, tenantId);
      let scope: Scope;
      let dirtyArticleIds: string[] = [];
      if (job.kind === "FULL") scope = { kind: "FULL" };
      else if (job.kind === "SPECIFIED") scope = { kind: "SPECIFIED", channelIds: new Set(job.channelIds), articleIds: new Set(job.articleIds) };
      else {
        const dirty = await db.cmsArticle.findMany({ where: { tenantId, dirty: true }, select: { id: true, no: true, channelId: true, links: { select: { channelId: true } } } });
        const dirtyChannels = await db.cmsChannel.count({ where: { tenantId, dirty: true } });
        dirtyArticleIds = dirty.map((d) => d.id);
        scope = {
          kind: "INCREMENTAL",
          all: dirtyChannels > 0,
          articleIds: new Set(dirtyArticleIds),
          nos: new Set(dirty.map((d) => d.no)),
          channelIds: new Set(dirty.flatMap((d) => [d.channelId, ...d.links.map((l) => l.channelId)])),
        };
      }
      const plan = planPages(model, scope);
      await loadBodies(db, tenantId, model, plan.needBodies);
      const known = new Map((await db.cmsPublishedFile.findMany({ where: { tenantId }, select: { path: true, hash: true } })).map((f) => [f.path, f.hash]));
      await db.cmsPublishJob.update({ where: { tenantId_id: { tenantId, id: jobId } }, data: { total: plan.pages.length, heartbeatAt: new Date() } });
      return { job, now, model, plan, known, dirtyArticleIds };
    });

    const { job, plan, known, model } = prep;
    const writer = new SiteWriter(path.join(cmsConfig.sitesDir(), model.code));
    const produced = new Set<string>();
    const changed: { path: string; hash: string; size: number }[] = [];
    let skipped = 0;
    for (const [i, page] of plan.pages.entries()) {
      if (produced.has(page.path)) continue;
      produced.add(page.path);
      const content = page.asset ? null : page.render();
      const hash = page.asset?.hash ?? sha256(content!);
      if (known.get(page.path) !== hash || (job.kind === "FULL" && !writer.exists(page.path))) {
        const bytes = content ?? (await readAsset(prisma, tenantId, page.asset!.id));
        // A file deleted since the model was loaded: its article is dirty again, the next job settles it.
        if (bytes === null) continue;
        writer.write(page.path, bytes);
        changed.push({ path: page.path, hash, size: Buffer.byteLength(bytes) });
      } else skipped++;
      if (i > 0 && i % 1000 === 0) {
        await systemWork(prisma, tenantId, ({ db }) => db.cmsPublishJob.update({ where: { tenantId_id: { tenantId, id: jobId } }, data: { done: i, heartbeatAt: new Date() } }));
      }
    }
    const removed = [...known.keys()].filter((p) => !produced.has(p) && plan.deletable(p));
    for (const p of removed) writer.remove(p);

    await systemWork(prisma, tenantId, async ({ db, audit }) => {
      for (let i = 0; i < changed.length; i += 2000) {
        const part = changed.slice(i, i + 2000);
        await db.$executeRaw`INSERT INTO cms_published_file (tenant_id, path, hash, size, updated_at)
          SELECT ${tenantId}::uuid, p, h, s, now() FROM unnest(${part.map((c) => c.path)}::text[], ${part.map((c) => c.hash)}::text[], ${part.map((c) => c.size)}::int[]) AS t(p, h, s)
          ON CONFLICT (tenant_id, path) DO UPDATE SET hash = EXCLUDED.hash, size = EXCLUDED.size, updated_at = now()`;
      }
      if (removed.length) await db.cmsPublishedFile.deleteMany({ where: { tenantId, path: { in: removed } } });
      if (job.kind !== "SPECIFIED") {
        // Only what this job saw: a change made while it ran stays dirty for the next one.
        const articleFilter = job.kind === "FULL" ? {} : { id: { in: prep.dirtyArticleIds } };
        await db.cmsArticle.updateMany({ where: { tenantId, dirty: true, updatedAt: { lte: prep.now }, ...articleFilter }, data: { dirty: false } });
        await db.cmsChannel.updateMany({ where: { tenantId, dirty: true, updatedAt: { lte: prep.now } }, data: { dirty: false } });
      }
      await db.cmsPublishJob.update({
        where: { tenantId_id: { tenantId, id: jobId } },
        data: { state: "DONE", done: plan.pages.length, written: changed.length, skipped, deleted: removed.length, writtenFiles: changed.slice(0, MAX_LISTED).map((c) => c.path), finishedAt: new Date(), heartbeatAt: new Date() },
      });
      await db.cmsSite.update({ where: { tenantId }, data: { lastPublishedAt: new Date() } });
      audit({ action: "cms.publish.done", targetType: "CmsPublishJob", targetId: jobId, detail: { kind: job.kind, pages: plan.pages.length, written: changed.length, deleted: removed.length } });
    });
  } catch (e) {
    const message = e instanceof Error ? e.message.slice(0, 500) : String(e);
    if (process.env.NODE_ENV !== "test") console.error("[cms publish]", e);
    await systemWork(prisma, tenantId, async ({ db, audit }) => {
      await db.cmsPublishJob.update({ where: { tenantId_id: { tenantId, id: jobId } }, data: { state: "FAILED", error: message, finishedAt: new Date() } });
      audit({ action: "cms.publish.failed", targetType: "CmsPublishJob", targetId: jobId, result: "FAILURE", detail: { error: message } });
    });
  }
}
