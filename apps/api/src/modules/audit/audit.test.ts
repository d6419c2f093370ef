import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { app, appSql, owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { runUnitOfWork } from "../../core/unit-of-work";

describe("audit log", () => {
  it("is append-only for the app role", async () => {
    const t = await createTenant();
    await owner.auditLog.create({ data: { tenantId: t.id, action: "test.row" } });
    const sql = appSql();
    await sql.connect();
    try {
      await sql.query("BEGIN");
      await sql.query("SELECT set_config('app.tenant_id', $1, true)", [t.id]);
      await expect(sql.query("UPDATE audit_log SET action = 'x' WHERE tenant_id = $1", [t.id])).rejects.toMatchObject({ code: "42501" });
      await sql.query("ROLLBACK");
      await sql.query("BEGIN");
      await sql.query("SELECT set_config('app.tenant_id', $1, true)", [t.id]);
      await expect(sql.query("DELETE FROM audit_log WHERE tenant_id = $1", [t.id])).rejects.toMatchObject({ code: "42501" });
      await sql.query("ROLLBACK");
    } finally {
      await sql.end();
    }
    // Not even the owner can rewrite history: a trigger refuses.
    await expect(owner.$executeRawUnsafe(`UPDATE audit_log SET action = 'x' WHERE tenant_id = '${t.id}'`)).rejects.toThrow(/append-only/);
  });

  it("chains each tenant's rows by SHA-256, and a rewrite breaks the chain", async () => {
    const t = await createTenant();
    for (const action of ["a.one", "a.two", "a.three"]) {
      await runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: "tester", ip: "127.0.0.1" }, async (w) => {
        w.audit({ action, detail: { n: action } });
      });
    }
    const rows = await owner.auditLog.findMany({ where: { tenantId: t.id }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows[0]!.prevHash).toBe("0".repeat(64));
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    // Recompute independently of the trigger: the stored hash must match the row's content.
    const recompute = (r: (typeof rows)[number], action = r.action) => {
      const ts = r.createdAt.toISOString().replace("Z", "").padEnd(23, "0") + "000";
      return createHash("sha256")
        .update([r.prevHash, t.id, r.userId ?? "", action, r.targetType ?? "", r.targetId ?? "", r.result, r.detail ? JSON.stringify(r.detail).replace(/":/g, '": ') : "", r.ip ?? "", ts].join("|"))
        .digest("hex");
    };
    expect(recompute(rows[1]!)).toBe(rows[1]!.hash);
    expect(recompute(rows[1]!, "a.forged")).not.toBe(rows[1]!.hash);
  });

  it("a failed audit write rolls the business change back", async () => {
    const t = await createTenant();
    const other = await createTenant();
    const { user } = await createUser(t.id, ["STAFF"]);
    await expect(
      runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: null, ip: null }, async (w) => {
        await w.db.tenantMembership.update({ where: { tenantId_userId: { tenantId: t.id, userId: user.id } }, data: { roles: ["LEADER"] } });
        // An entry aimed at another tenant violates the audit insert policy: the whole unit must fail.
        w.audit({ action: "test.bad", tenantId: other.id });
      }),
    ).rejects.toThrow();
    const m = await owner.tenantMembership.findFirstOrThrow({ where: { tenantId: t.id, userId: user.id } });
    expect(m.roles).toEqual(["STAFF"]);
  });

  it("only the audit admin reads the log, and only their tenant's", async () => {
    const t = await createTenant();
    const other = await createTenant();
    await owner.auditLog.create({ data: { tenantId: t.id, action: "mine.event" } });
    await owner.auditLog.create({ data: { tenantId: other.id, action: "theirs.event" } });
    const { viewer: auditor } = await createUser(t.id, ["AUDIT_ADMIN"]);
    const { viewer: sysadmin } = await createUser(t.id, ["SYSTEM_ADMIN"]);
    const q = `{ auditLogs(pageSize: 100) { total items { action hash } } }`;
    const r = await execAs(auditor, q);
    const actions = r.data.auditLogs.items.map((i: { action: string }) => i.action);
    expect(actions).toContain("mine.event");
    expect(actions).not.toContain("theirs.event");
    expect((await execAs(sysadmin, q)).code).toBe("FORBIDDEN");
  });
});

describe("audit chain verifier", () => {
  it("reports an intact chain, then names the first row rewritten behind the trigger's back", async () => {
    const t = await createTenant();
    const { viewer: auditor } = await createUser(t.id, ["AUDIT_ADMIN"]);
    for (const action of ["v.one", "v.two", "v.three"]) {
      await runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: "x", ip: null }, async (w) => w.audit({ action }));
    }
    const q = `{ verifyAuditChain { intact checked firstBrokenId reason } }`;
    const ok = await execAs(auditor, q);
    expect(ok.data.verifyAuditChain).toMatchObject({ intact: true, checked: 3, firstBrokenId: null });

    const rows = await owner.auditLog.findMany({ where: { tenantId: t.id }, orderBy: { id: "asc" } });
    // A superuser with direct database access is the attacker here: switch the guard off and rewrite.
    await owner.$transaction([
      owner.$executeRawUnsafe(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`),
      owner.$executeRawUnsafe(`UPDATE audit_log SET action = 'v.forged' WHERE id = ${rows[1]!.id}`),
      owner.$executeRawUnsafe(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`),
    ]);
    const bad = await execAs(auditor, q);
    expect(bad.data.verifyAuditChain).toMatchObject({ intact: false, firstBrokenId: rows[1]!.id.toString(), reason: "content" });
    // The verification itself is audited (as a failure).
    expect(await owner.auditLog.count({ where: { tenantId: t.id, action: "audit.verify_chain", result: "FAILURE" } })).toBe(1);
  });

  it("detects a deleted row as a broken link", async () => {
    const t = await createTenant();
    const { viewer: auditor } = await createUser(t.id, ["AUDIT_ADMIN"]);
    for (const action of ["d.one", "d.two", "d.three"]) {
      await runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: "x", ip: null }, async (w) => w.audit({ action }));
    }
    const rows = await owner.auditLog.findMany({ where: { tenantId: t.id }, orderBy: { id: "asc" } });
    await owner.$transaction([
      owner.$executeRawUnsafe(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`),
      owner.$executeRawUnsafe(`DELETE FROM audit_log WHERE id = ${rows[1]!.id}`),
      owner.$executeRawUnsafe(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`),
    ]);
    const r = await execAs(auditor, `{ verifyAuditChain { intact firstBrokenId reason } }`);
    expect(r.data.verifyAuditChain).toMatchObject({ intact: false, firstBrokenId: rows[2]!.id.toString(), reason: "link" });
  });
});
