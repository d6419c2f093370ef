import type { Db } from "../../../db/prisma";
import { cmsConfig } from "../cms.config";
import { systemWork } from "../publish/run-job";
import { runImport } from "./import";
import { runScan } from "./scan";

/** Periodic 站点检查: a site whose newest scan is older than this gets a SCHEDULED scan (default daily). */
export const checkIntervalMs = () => {
  const v = Number(process.env.CMS_CHECK_INTERVAL_MS);
  return Number.isFinite(v) && v > 0 ? v : 86_400_000;
};

async function claim(prisma: Db, tenantId: string, table: "cms_check_scan" | "cms_import_job", staleBefore: Date) {
  return systemWork(prisma, tenantId, async ({ db }) => {
    const rows =
      table === "cms_check_scan"
        ? await db.$queryRaw<{ id: string }[]>`SELECT id FROM cms_check_scan WHERE tenant_id = ${tenantId}::uuid AND (state = 'QUEUED' OR (state = 'RUNNING' AND heartbeat_at < ${staleBefore})) ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`
        : await db.$queryRaw<{ id: string }[]>`SELECT id FROM cms_import_job WHERE tenant_id = ${tenantId}::uuid AND (state = 'QUEUED' OR (state = 'RUNNING' AND heartbeat_at < ${staleBefore})) ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`;
    const id = rows[0]?.id;
    if (!id) return null;
    const data = { state: "RUNNING" as const, startedAt: new Date(), heartbeatAt: new Date() };
    if (table === "cms_check_scan") await db.cmsCheckScan.update({ where: { tenantId_id: { tenantId, id } }, data });
    else await db.cmsImportJob.update({ where: { tenantId_id: { tenantId, id } }, data });
    return id;
  });
}

/** Queues the periodic scan unless one was made since `scanBefore` (or one is waiting). */
async function enqueueScheduledScan(prisma: Db, tenantId: string, scanBefore: Date) {
  await systemWork(prisma, tenantId, async ({ db, audit }) => {
    const site = await db.cmsSite.findUnique({ where: { tenantId }, select: { id: true } });
    if (!site) return;
    const recent = await db.cmsCheckScan.findFirst({ where: { tenantId, OR: [{ createdAt: { gte: scanBefore } }, { state: { in: ["QUEUED", "RUNNING"] } }] }, select: { id: true } });
    if (recent) return;
    const scan = await db.cmsCheckScan.create({ data: { tenantId, siteId: site.id, trigger: "SCHEDULED" } });
    audit({ action: "cms.check.request", targetType: "CmsCheckScan", targetId: scan.id, detail: { trigger: "SCHEDULED" } });
  });
}

/**
 * One pass over 站点检查 and 历史文章导入 work, beside the publish worker (same interval, same claim
 * protocol): discover tenants with work (cms_tenants_with_check_work(), ids only), then in each tenant's
 * scope queue the periodic scan when due and run waiting scans and imports.
 */
export async function tickCmsChecks(prisma: Db, now = new Date(), opts: { tenantIds?: string[]; periodic?: boolean } = {}) {
  const staleBefore = new Date(now.getTime() - cmsConfig.staleJobMs());
  const scanBefore = opts.periodic ? new Date(now.getTime() - checkIntervalMs()) : null;
  const tenants = await prisma.$queryRaw<{ t: string }[]>`SELECT cms_tenants_with_check_work(${staleBefore}, ${scanBefore}::timestamptz) AS t`;
  let scans = 0;
  let imports = 0;
  for (const { t } of tenants) {
    if (opts.tenantIds && !opts.tenantIds.includes(t)) continue;
    if (scanBefore) await enqueueScheduledScan(prisma, t, scanBefore);
    for (let id = await claim(prisma, t, "cms_import_job", staleBefore); id; id = await claim(prisma, t, "cms_import_job", staleBefore)) {
      await runImport(prisma, t, id);
      imports++;
    }
    for (let id = await claim(prisma, t, "cms_check_scan", staleBefore); id; id = await claim(prisma, t, "cms_check_scan", staleBefore)) {
      await runScan(prisma, t, id);
      scans++;
    }
  }
  return { scans, imports };
}
