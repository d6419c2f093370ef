/**
 * Logical backup and restore, portable (no pg_dump needed, so it works with the embedded server too):
 * every table is copied with COPY … TO STDOUT into a file, with a manifest of row counts, content
 * digests and the migrations the data belongs to. Restore goes into a database migrated to the same
 * migrations. A tenant backup holds that tenant's rows of every tenant table plus the global rows it
 * needs (its tenant row, its users); restoring it replaces just that tenant.
 *
 * Runs as the owner. Restore uses session_replication_role = replica so that the audit chain's
 * triggers keep the original hashes and the append-only guard lets a destroyed tenant be rebuilt —
 * which needs a superuser: a DBA operation, like any restore.
 */
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createHash } from "node:crypto";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

export interface Manifest {
  format: 1;
  createdAt: string;
  scope: { kind: "all" } | { kind: "tenant"; tenantId: string; code: string };
  migrations: string[];
  tables: Record<string, { rows: number; digest: string }>;
}

const SKIP = new Set(["_prisma_migrations", "auth_session"]);
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tables(c: pg.Client) {
  const r = await c.query<{ name: string; tenant: boolean }>(`
    SELECT c.relname AS name,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS tenant
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`);
  return r.rows.filter((t) => !SKIP.has(t.name));
}

/** The rows of a table that belong to the scope, as a SELECT. */
function scopeSelect(table: { name: string; tenant: boolean }, tenantId?: string) {
  if (!tenantId) return `SELECT * FROM ${q(table.name)}`;
  if (table.tenant) return `SELECT * FROM ${q(table.name)} WHERE tenant_id = '${tenantId}'`;
  if (table.name === "tenant") return `SELECT * FROM tenant WHERE id = '${tenantId}'`;
  if (table.name === "app_user") return `SELECT u.* FROM app_user u WHERE EXISTS (SELECT 1 FROM tenant_membership m WHERE m.user_id = u.id AND m.tenant_id = '${tenantId}')`;
  return null;
}

/** Row count and an order-independent digest of a table's rows in scope: what a restore must reproduce. */
export async function digest(c: pg.Client, table: { name: string; tenant: boolean }, tenantId?: string) {
  const sel = scopeSelect(table, tenantId);
  if (!sel) return null;
  const r = await c.query<{ rows: string; digest: string | null }>(
    `SELECT count(*) AS rows, md5(string_agg(md5(s::text), '' ORDER BY md5(s::text))) AS digest FROM (${sel}) s`,
  );
  return { rows: Number(r.rows[0]!.rows), digest: r.rows[0]!.digest ?? "" };
}

async function migrations(c: pg.Client) {
  const r = await c.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`);
  return r.rows.map((x) => x.migration_name);
}

export async function backup(ownerUrl: string, dir: string, opts: { tenantCode?: string } = {}): Promise<Manifest> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    fs.mkdirSync(dir, { recursive: true });
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); // one consistent snapshot
    let scope: Manifest["scope"] = { kind: "all" };
    let tenantId: string | undefined;
    if (opts.tenantCode) {
      const t = await c.query<{ id: string }>("SELECT id FROM tenant WHERE code = $1", [opts.tenantCode]);
      if (!t.rows[0]) throw new Error(`no tenant with code ${opts.tenantCode}`);
      tenantId = t.rows[0].id;
      scope = { kind: "tenant", tenantId, code: opts.tenantCode };
    }
    const manifest: Manifest = { format: 1, createdAt: new Date().toISOString(), scope, migrations: await migrations(c), tables: {} };
    for (const t of await tables(c)) {
      const sel = scopeSelect(t, tenantId);
      if (!sel) continue;
      await pipeline(c.query(copyTo(`COPY (${sel}) TO STDOUT`)), fs.createWriteStream(path.join(dir, `${t.name}.copy`)));
      manifest.tables[t.name] = (await digest(c, t, tenantId))!;
    }
    await c.query("COMMIT");
    const body = JSON.stringify(manifest, null, 2);
    fs.writeFileSync(path.join(dir, "manifest.json"), body);
    fs.writeFileSync(path.join(dir, "manifest.sha256"), createHash("sha256").update(body).digest("hex") + "\n");
    return manifest;
  } finally {
    await c.end();
  }
}

export async function restore(ownerUrl: string, dir: string): Promise<Manifest> {
  const body = fs.readFileSync(path.join(dir, "manifest.json"), "utf8");
  const expected = fs.readFileSync(path.join(dir, "manifest.sha256"), "utf8").trim();
  if (createHash("sha256").update(body).digest("hex") !== expected) throw new Error("manifest checksum mismatch: the backup was altered");
  const manifest = JSON.parse(body) as Manifest;
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const have = await migrations(c);
    const missing = manifest.migrations.filter((m) => !have.includes(m));
    if (missing.length) throw new Error(`migrate the target first; missing migrations: ${missing.join(", ")}`);
    const all = await tables(c);
    await c.query("BEGIN");
    await c.query("SET LOCAL session_replication_role = replica");
    const tenantId = manifest.scope.kind === "tenant" ? manifest.scope.tenantId : undefined;
    for (const t of all) {
      if (!(t.name in manifest.tables)) continue;
      if (!tenantId) await c.query(`DELETE FROM ${q(t.name)}`);
      else if (t.tenant) await c.query(`DELETE FROM ${q(t.name)} WHERE tenant_id = $1`, [tenantId]);
      if (tenantId && !t.tenant) {
        // Global rows (the tenant, its users) may already exist: load beside, then add what is missing.
        await c.query(`CREATE TEMP TABLE restore_tmp (LIKE ${q(t.name)}) ON COMMIT DROP`);
        await pipeline(fs.createReadStream(path.join(dir, `${t.name}.copy`)), c.query(copyFrom(`COPY restore_tmp FROM STDIN`)));
        await c.query(`INSERT INTO ${q(t.name)} SELECT * FROM restore_tmp ON CONFLICT DO NOTHING`);
        await c.query("DROP TABLE restore_tmp");
      } else {
        await pipeline(fs.createReadStream(path.join(dir, `${t.name}.copy`)), c.query(copyFrom(`COPY ${q(t.name)} FROM STDIN`)));
      }
    }
    // Sequences (audit_log.id) must continue after the restored rows.
    await c.query(`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), GREATEST((SELECT max(id) FROM audit_log), 1))`);
    await c.query("COMMIT");
    return manifest;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

/** Compares the live database with a manifest: the drill's proof that nothing was lost or changed. */
export async function verifyAgainst(ownerUrl: string, manifest: Manifest): Promise<string[]> {
  const c = new pg.Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const tenantId = manifest.scope.kind === "tenant" ? manifest.scope.tenantId : undefined;
    const diffs: string[] = [];
    for (const t of await tables(c)) {
      const want = manifest.tables[t.name];
      if (!want) continue;
      const got = (await digest(c, t, tenantId))!;
      if (got.rows !== want.rows || got.digest !== want.digest) diffs.push(`${t.name}: ${got.rows} rows (${got.digest.slice(0, 8)}) vs ${want.rows} (${want.digest.slice(0, 8)})`);
    }
    return diffs;
  } finally {
    await c.end();
  }
}
