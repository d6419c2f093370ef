import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { appSql, ownerSql } from "./support/db";
import { createTenant } from "./support/factories";
import type { TenantCase } from "./support/tenant-matrix";

const modulesDir = path.resolve(import.meta.dirname, "../src/modules");
const caseFiles = fs
  .readdirSync(modulesDir)
  .flatMap((d) => fs.readdirSync(path.join(modulesDir, d)).filter((f) => f.endsWith(".tenant-cases.ts")).map((f) => path.join(modulesDir, d, f)));
const cases: TenantCase[] = (await Promise.all(caseFiles.map((f) => import(f) as Promise<{ default: TenantCase[] }>))).flatMap((m) => m.default);

type Actor = "A" | "B" | "none";
const actors: Actor[] = ["A", "B", "none"];

describe("cross-tenant matrix", () => {
  let A: string, B: string;
  let sql: pg.Client;

  beforeAll(async () => {
    A = (await createTenant()).id;
    B = (await createTenant()).id;
    for (const c of cases) await c.seed(A);
    sql = appSql();
    await sql.connect();
  });
  afterAll(() => sql.end());

  /** Runs fn as the app role with the actor's tenant set, then rolls everything back. */
  async function as<T>(actor: Actor, fn: () => Promise<T>): Promise<T> {
    await sql.query("BEGIN");
    try {
      await sql.query("SELECT set_config('app.tenant_id', $1, true)", [actor === "A" ? A : actor === "B" ? B : ""]);
      return await fn();
    } finally {
      await sql.query("ROLLBACK");
    }
  }
  async function attempt(text: string, values: unknown[] = []) {
    await sql.query("SAVEPOINT s");
    try {
      const r = await sql.query(text, values);
      await sql.query("RELEASE SAVEPOINT s");
      return { rows: r.rowCount ?? 0, error: null as string | null };
    } catch (e: any) {
      await sql.query("ROLLBACK TO SAVEPOINT s");
      return { rows: 0, error: e.code as string };
    }
  }

  it("has a case for every tenant table", async () => {
    const owner = ownerSql();
    await owner.connect();
    const { rows } = await owner.query(
      "SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1",
    );
    await owner.end();
    expect(cases.map((c) => c.table).sort()).toEqual(rows.map((r) => r.table_name).sort());
  });

  for (const c of cases) {
    describe(c.table, () => {
      for (const actor of actors) {
        const own = actor === "A";
        it(`${actor}: read / list / count`, async () => {
          await as(actor, async () => {
            const byKey = await sql.query(`SELECT count(*)::int AS n FROM ${c.table} WHERE tenant_id = $1`, [A]);
            if (own) expect(byKey.rows[0].n).toBeGreaterThan(0);
            else expect(byKey.rows[0].n).toBe(0);
            const all = await sql.query(`SELECT DISTINCT tenant_id FROM ${c.table}`);
            const seen = all.rows.map((r) => r.tenant_id);
            if (actor === "none") expect(seen.filter((t) => t !== null)).toEqual([]);
            else expect(seen.filter((t) => t !== null && t !== (own ? A : B))).toEqual([]);
          });
        });

        it(`${actor}: update / delete rows of tenant A`, async () => {
          await as(actor, async () => {
            const upd = await attempt(`UPDATE ${c.table} SET tenant_id = tenant_id WHERE tenant_id = $1`, [A]);
            const del = await attempt(`DELETE FROM ${c.table} WHERE tenant_id = $1`, [A]);
            if (c.appendOnly) {
              expect([upd.error, del.error]).toEqual(["42501", "42501"]);
            } else if (own) {
              expect(upd.rows).toBeGreaterThan(0);
              // Own rows: deletable, unless other rows still refer to them (foreign key; PostgreSQL 18
              // reports ON DELETE RESTRICT as 23001, older servers as 23503).
              expect([null, "23503", "23001"]).toContain(del.error);
            } else {
              expect(upd.rows).toBe(0);
              expect(del.rows).toBe(0);
            }
          });
        });

        it(`${actor}: create in tenant A`, async () => {
          const stmt = await c.insert(A);
          await as(actor, async () => {
            const r = await attempt(stmt.text, stmt.values);
            if (own) expect(r.error).toBeNull();
            else expect(r.error).toBe("42501");
          });
        });
      }

      if (!c.appendOnly) {
        it("A: cannot move a row into tenant B", async () => {
          await as("A", async () => {
            const r = await attempt(`UPDATE ${c.table} SET tenant_id = $2 WHERE tenant_id = $1`, [A, B]);
            expect(r.error).not.toBeNull();
          });
        });
      }
    });
  }
});
