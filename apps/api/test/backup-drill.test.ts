import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { backup, restore, verifyAgainst } from "../src/db/backup";
import { createDatabaseIfMissing, dropDatabase } from "../src/db/local-postgres";
import { deploy } from "../src/db/migrator";
import { withDatabase } from "../src/db/urls";
import { runUnitOfWork } from "../src/core/unit-of-work";
import { createDicts, createMember, createSession } from "../src/modules/members/members.fixtures";
import { app, ownerUrl } from "./support/db";
import { createTenant, createUser } from "./support/factories";

async function tenantWithData() {
  const t = await createTenant({ level: "COUNTY" });
  const { user } = await createUser(t.id, ["MEMBER"]);
  await createUser(t.id, ["STAFF"]);
  const dicts = await createDicts(t.id, randomUUID().slice(0, 6));
  const session = await createSession(t.id);
  await createMember(t.id, dicts, { name: "备份委员", userId: user.id, terms: [{ sessionId: session.id }] });
  for (const action of ["drill.one", "drill.two"]) {
    await runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: "drill", ip: null }, async (w) => w.audit({ action }));
  }
  return t;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** Destroys every row a tenant owns, as an accident or an attacker with database access would. */
async function destroyTenantRows(tenantId: string) {
  const tables = await sql<{ table_name: string }>(ownerUrl, "SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'");
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  await c.query("BEGIN");
  await c.query("SET LOCAL session_replication_role = replica");
  for (const { table_name } of tables) await c.query(`DELETE FROM "${table_name}" WHERE tenant_id = $1`, [tenantId]);
  await c.query("COMMIT");
  await c.end();
}

describe("backup and restore drill", () => {
  it("one tenant: back up, destroy, restore — every table matches, the neighbour is untouched, the audit chain verifies", async () => {
    const t = await tenantWithData();
    const neighbour = await tenantWithData();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-backup-"));
    const manifest = await backup(ownerUrl, dir, { tenantCode: t.code });
    expect(manifest.tables.member_profile!.rows).toBe(1);
    expect(manifest.tables.audit_log!.rows).toBe(2);
    const neighbourBefore = await backup(ownerUrl, fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-backup-")), { tenantCode: neighbour.code });

    await destroyTenantRows(t.id);
    const damaged = await verifyAgainst(ownerUrl, manifest);
    expect(damaged.length).toBeGreaterThan(0);

    await restore(ownerUrl, dir);
    expect(await verifyAgainst(ownerUrl, manifest)).toEqual([]);
    expect(await verifyAgainst(ownerUrl, neighbourBefore)).toEqual([]);
    const [chain] = await runUnitOfWork(app, { tenantId: t.id, userId: null }, { tenantId: t.id, userId: null, username: null, ip: null }, ({ db }) =>
      db.$queryRaw<{ first_broken_id: bigint | null; checked: bigint }[]>`SELECT * FROM audit_log_verify()`,
    );
    expect(chain!.first_broken_id).toBeNull();
    expect(Number(chain!.checked)).toBe(2);
  });

  it("refuses a backup whose manifest was altered", async () => {
    const t = await tenantWithData();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-backup-"));
    await backup(ownerUrl, dir, { tenantCode: t.code });
    const file = path.join(dir, "manifest.json");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"rows": 1', '"rows": 2'));
    await expect(restore(ownerUrl, dir)).rejects.toThrow(/checksum/);
  });

  it("the whole platform: back up, restore into a freshly migrated database, compare every table", async () => {
    await tenantWithData();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-backup-"));
    const manifest = await backup(ownerUrl, dir);
    const name = `zhzx_restore_${process.pid}`;
    await createDatabaseIfMissing(ownerUrl, name);
    const target = withDatabase(ownerUrl, name);
    try {
      await deploy(target);
      await restore(target, dir);
      expect(await verifyAgainst(target, manifest)).toEqual([]);
      expect(Object.values(manifest.tables).reduce((s, t) => s + t.rows, 0)).toBeGreaterThan(10);
    } finally {
      await dropDatabase(ownerUrl, name);
    }
  }, 120_000);
});
