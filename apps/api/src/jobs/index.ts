/**
 * Background jobs on a Postgres-backed queue (pg-boss, in its own `pgboss` schema). The queue's tables
 * are infrastructure: pg-boss connects with the owner URL (like the migrator) and creates its schema on
 * first start. Every job's business work goes through the unit of work as the app role, with the
 * committee (tenant) carried in the job's payload — RLS applies as for a request.
 */
import PgBoss from "pg-boss";
import type { Db } from "../db/prisma";
import { ownerUrl } from "../db/urls";
import { todayInChina } from "../modules/proposals/dates";
import { writeProposalReminders } from "../modules/proposals/use-cases/write-proposal-reminders";

export const PROPOSAL_REMINDER_SCAN = "proposal-reminders-scan";
export const PROPOSAL_REMINDERS = "proposal-reminders";

export interface Jobs {
  boss: PgBoss | null;
  stop(): Promise<void>;
}

export interface JobOptions {
  connectionString?: string;
  /** Cron (Beijing time) of the daily reminder scan; default 08:00. */
  reminderCron?: string;
  /** Run one scan right after starting (default true). */
  scanAtStart?: boolean;
}

export type ReminderJob = { tenantId: string; day: string };

/** The daily scan: one reminder job per committee for the day, keyed so a second scan of the day adds none. */
export async function scanCommittees(prisma: Db, day: string, send: (data: ReminderJob, singletonKey: string) => Promise<unknown>) {
  const tenants = await prisma.tenant.findMany({ select: { id: true }, orderBy: { sortOrder: "asc" } });
  for (const t of tenants) await send({ tenantId: t.id, day }, `${t.id}:${day}`);
  return tenants.length;
}

/** Starts the queue and its workers with the API process; `JOBS_DISABLED=true` turns it off. */
export async function startJobs(prisma: Db, opts: JobOptions = {}): Promise<Jobs> {
  if (process.env.JOBS_DISABLED === "true") return { boss: null, stop: async () => {} };
  const boss = new PgBoss({ connectionString: opts.connectionString ?? process.env.JOBS_DATABASE_URL ?? ownerUrl(), schema: "pgboss", max: 2, application_name: "zhzx-jobs" });
  boss.on("error", (e) => console.error("[jobs]", e.message));
  await boss.start();
  await boss.createQueue(PROPOSAL_REMINDER_SCAN);
  await boss.createQueue(PROPOSAL_REMINDERS, { name: PROPOSAL_REMINDERS, retryLimit: 3, retryDelay: 60, retryBackoff: true });

  // The scan fans out one job per committee; the per-committee job is idempotent (see writeProposalReminders).
  await boss.work(PROPOSAL_REMINDER_SCAN, async () => {
    await scanCommittees(prisma, todayInChina(), (data, singletonKey) => boss.send(PROPOSAL_REMINDERS, data, { singletonKey }));
  });
  await boss.work<ReminderJob>(PROPOSAL_REMINDERS, { batchSize: 10, pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await writeProposalReminders(prisma, job.data.tenantId, job.data.day);
  });
  await boss.schedule(PROPOSAL_REMINDER_SCAN, opts.reminderCron ?? process.env.PROPOSAL_REMINDER_CRON ?? "0 8 * * *", {}, { tz: "Asia/Shanghai" });
  // One scan at start, so a freshly started stack has today's reminders without waiting for 08:00.
  if (opts.scanAtStart ?? true) await boss.send(PROPOSAL_REMINDER_SCAN, {});
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
