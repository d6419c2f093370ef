import type { Db } from "../../../db/prisma";
import { cmsConfig } from "../cms.config";
import { applyTransition } from "../use-cases/transition-article";
import { runPublishJob, systemWork } from "./run-job";
import { tickCmsChecks } from "../checks/worker";

/** 定时发布 / 定时撤稿 that are due, fired by the system actor (the machine's SYSTEM right). */
export async function fireDueSchedules(prisma: Db, tenantId: string, now: Date) {
  return systemWork(prisma, tenantId, async ({ db, audit }) => {
    const due = await db.cmsArticle.findMany({
      where: { tenantId, OR: [{ state: "SCHEDULED", scheduledPublishAt: { lte: now } }, { state: "PUBLISHED", scheduledWithdrawAt: { lte: now } }] },
      take: 500,
    });
    for (const a of due) {
      const action = a.state === "SCHEDULED" ? "fireSchedule" : "withdraw";
      await applyTransition(db, audit, tenantId, a, a.version, action, { rights: ["SYSTEM"], userId: null, name: "系统（定时）" }, { comment: "定时任务", now });
    }
    return due.length;
  });
}

/** Claims the oldest waiting job of the tenant (or one whose runner died); other processes skip it. */
export async function claimJob(prisma: Db, tenantId: string, staleBefore: Date) {
  return systemWork(prisma, tenantId, async ({ db }) => {
    const [row] = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM cms_publish_job
       WHERE tenant_id = ${tenantId}::uuid AND (state = 'QUEUED' OR (state = 'RUNNING' AND heartbeat_at < ${staleBefore}))
       ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
    if (!row) return null;
    await db.cmsPublishJob.update({ where: { tenantId_id: { tenantId, id: row.id } }, data: { state: "RUNNING", startedAt: new Date(), heartbeatAt: new Date() } });
    return row.id;
  });
}

/**
 * One pass of the worker: find the tenants with due work (cms_tenants_with_due_work(), ids only), then in
 * each tenant's own scope fire due schedules and run its waiting jobs.
 */
export async function tickCmsWorker(prisma: Db, now = new Date(), opts: { tenantIds?: string[] } = {}) {
  const staleBefore = new Date(now.getTime() - cmsConfig.staleJobMs());
  const tenants = await prisma.$queryRaw<{ t: string }[]>`SELECT cms_tenants_with_due_work(${now}, ${staleBefore}) AS t`;
  let fired = 0;
  let jobs = 0;
  for (const { t } of tenants) {
    if (opts.tenantIds && !opts.tenantIds.includes(t)) continue;
    fired += await fireDueSchedules(prisma, t, now);
    for (let id = await claimJob(prisma, t, staleBefore); id; id = await claimJob(prisma, t, staleBefore)) {
      await runPublishJob(prisma, t, id);
      jobs++;
    }
  }
  return { fired, jobs };
}

/** Starts the in-process worker; returns a stop function that waits for the running pass. */
export function startCmsWorker(prisma: Db) {
  let running: Promise<unknown> | null = null;
  let stopped = false;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = tickCmsWorker(prisma)
      .then(() => tickCmsChecks(prisma, new Date(), { periodic: true }))
      .catch((e) => console.error("[cms worker]", e))
      .finally(() => (running = null));
  }, cmsConfig.workerIntervalMs());
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
