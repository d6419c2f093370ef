import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { app, owner, ownerSql } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { runUnitOfWork } from "../../core/unit-of-work";

const DAY = 86_400_000;
const PURGE = `mutation($b: DateTimeISO!) { purgeAuditLogs(before: $b) { deleted } }`;
const VERIFY = `{ verifyAuditChain { intact checked firstBrokenId } }`;

/**
 * Rows written long ago: the chain trigger stamps now(), so the test writes them as the owner with
 * triggers off (replica mode), hashing each with the same audit_log_hash the trigger uses.
 */
async function backdatedChain(tenantId: string, ages: number[]) {
  const sql = ownerSql();
  await sql.connect();
  try {
    await sql.query("SET session_replication_role = replica");
    for (const [i, days] of ages.entries()) {
      await sql.query(
        `WITH prev AS (SELECT coalesce((SELECT hash FROM audit_log WHERE tenant_id = $1 ORDER BY id DESC LIMIT 1), repeat('0', 64)) AS h),
              t AS (SELECT date_trunc('milliseconds', now() - make_interval(days => $2)) AS at)
         INSERT INTO audit_log (tenant_id, action, result, created_at, prev_hash, hash)
         SELECT $1, $3, 'SUCCESS', t.at, prev.h, audit_log_hash(prev.h, $1::text, NULL, $3, NULL, NULL, 'SUCCESS', NULL, NULL, t.at) FROM prev, t`,
        [tenantId, days, `old.row${i}`],
      );
    }
  } finally {
    await sql.end();
  }
}

describe("审计日志保留期", () => {
  it("purges only rows older than 180 days, keeps the chain verifiable, and records the purge", async () => {
    const t = await createTenant();
    await backdatedChain(t.id, [400, 300, 200, 100]);
    await runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: "tester", ip: null }, async (w) => w.audit({ action: "recent.row" }));
    const { viewer: auditor } = await createUser(t.id, ["AUDIT_ADMIN"]);
    const { viewer: sysadmin } = await createUser(t.id, ["SYSTEM_ADMIN"]);
    expect((await execAs(auditor, VERIFY)).data.verifyAuditChain).toMatchObject({ intact: true, checked: 5 });

    // Younger than the retention period: refused before the database is asked, and by the database itself.
    const young = await execAs(auditor, PURGE, { b: new Date(Date.now() - 150 * DAY).toISOString() });
    expect([young.code, young.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", expect.stringMatching(/^审计日志至少保留 180 天/)]);
    const direct = (sql: string) =>
      runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: "tester", ip: null }, (w) => w.db.$queryRawUnsafe(sql));
    await expect(direct("SELECT * FROM audit_log_purge(now() - interval '10 days', 180)")).rejects.toThrow(/retention/);
    await expect(direct("SELECT * FROM audit_log_purge(now() - interval '400 days', 30)")).rejects.toThrow(/retention/);
    // Only the audit administrator may purge.
    expect((await execAs(sysadmin, PURGE, { b: new Date(Date.now() - 250 * DAY).toISOString() })).code).toBe("FORBIDDEN");

    const done = await execAs(auditor, PURGE, { b: new Date(Date.now() - 250 * DAY).toISOString() });
    expect(done.data.purgeAuditLogs).toEqual({ deleted: 2 });
    const left = await owner.auditLog.findMany({ where: { tenantId: t.id }, orderBy: { id: "asc" } });
    expect(left.map((r) => r.action)).toEqual(["old.row2", "old.row3", "recent.row", "audit.verify_chain", "audit.purge"]);
    expect(left[4]!.detail).toMatchObject({ deleted: 2, retentionDays: 180, firstRemainingId: Number(left[0]!.id), anchor: left[0]!.prevHash });
    // The oldest remaining row anchors the chain: still intact, purge row included.
    expect((await execAs(auditor, VERIFY)).data.verifyAuditChain).toMatchObject({ intact: true, checked: 5 });
    // A direct DELETE is still refused, even for rows past the period.
    await expect(owner.$executeRawUnsafe(`DELETE FROM audit_log WHERE tenant_id = '${t.id}' AND action = 'old.row2'`)).rejects.toThrow(/append-only/);
  });

  it("exports the filtered log as a watermarked .xlsx, and the export is audited", async () => {
    const t = await createTenant();
    for (const action of ["member.update", "member.export", "proposal.submit"]) {
      await runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: "tester", ip: "10.0.0.1" }, async (w) => w.audit({ action }));
    }
    const { viewer: auditor } = await createUser(t.id, ["AUDIT_ADMIN"]);
    const r = await execAs(auditor, `mutation($f: AuditExportFilter) { exportAuditLogs(filter: $f) { filename rowCount base64 } }`, { f: { action: "member." } });
    expect(r.errors).toBeUndefined();
    expect(r.data.exportAuditLogs).toMatchObject({ rowCount: 2, filename: expect.stringMatching(/^审计日志-\d{8}\.xlsx$/) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data.exportAuditLogs.base64, "base64") as never);
    const ws = wb.getWorksheet("审计日志")!;
    expect([ws.getRow(2).getCell(4).value, ws.getRow(3).getCell(4).value, ws.getRow(2).getCell(8).value]).toEqual(["member.update", "member.export", "10.0.0.1"]);
    expect(wb.creator).toBe(`${auditor.displayName}（${auditor.username}）`);
    const logged = await owner.auditLog.findFirst({ where: { tenantId: t.id, action: "audit.export" } });
    expect(logged?.detail).toMatchObject({ rows: 2, action: "member." });
    const { viewer: staff } = await createUser(t.id, ["STAFF"]);
    expect((await execAs(staff, `mutation { exportAuditLogs { rowCount } }`)).code).toBe("FORBIDDEN");
  });
});
