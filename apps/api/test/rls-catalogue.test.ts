import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { findAppRoleProblems, findOpenDefinerFunctions, findRlsProblems } from "../src/db/rls-catalogue";
import { APP_ROLE } from "../src/db/urls";
import { ownerSql } from "./support/db";

describe("RLS catalogue", () => {
  let sql: pg.Client;
  beforeAll(async () => {
    sql = ownerSql();
    await sql.connect();
  });
  afterAll(() => sql.end());

  it("every table with tenant_id has forced RLS, a tenant policy and tenant_id in its key", async () => {
    expect(await findRlsProblems(sql)).toEqual([]);
  });

  it("the app role is not a superuser, cannot bypass RLS, owns nothing, cannot rewrite audit", async () => {
    expect(await findAppRoleProblems(sql, APP_ROLE)).toEqual([]);
  });

  it("no SECURITY DEFINER function is executable by PUBLIC", async () => {
    expect(await findOpenDefinerFunctions(sql)).toEqual([]);
  });

  it("catches a SECURITY DEFINER function left open to PUBLIC (test of the test)", async () => {
    await sql.query("BEGIN");
    try {
      await sql.query("CREATE FUNCTION zz_probe_definer() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'");
      expect(await findOpenDefinerFunctions(sql)).toEqual(["zz_probe_definer"]);
    } finally {
      await sql.query("ROLLBACK");
    }
  });

  it("catches a table that lacks protection (test of the test)", async () => {
    // Created and dropped inside one transaction so that no other test can ever see the probe.
    await sql.query("BEGIN");
    try {
      await sql.query("CREATE TABLE zz_probe (id int, tenant_id uuid, PRIMARY KEY (id))");
      const problems = (await findRlsProblems(sql)).filter((p) => p.table === "zz_probe").map((p) => p.problem);
      expect(problems).toEqual(["row level security not enabled", "row level security not forced", "no policy on app.tenant_id", "primary key lacks tenant_id"]);
      await sql.query("ALTER TABLE zz_probe ENABLE ROW LEVEL SECURITY; ALTER TABLE zz_probe FORCE ROW LEVEL SECURITY");
      await sql.query("CREATE POLICY p ON zz_probe USING (true)");
      const after = (await findRlsProblems(sql)).filter((p) => p.table === "zz_probe").map((p) => p.problem);
      expect(after).toEqual(["no policy on app.tenant_id", "primary key lacks tenant_id"]);
    } finally {
      await sql.query("ROLLBACK");
    }
  });

  it("catches a dropped policy on a real table (test of the test)", async () => {
    await sql.query("BEGIN");
    try {
      await sql.query("DROP POLICY tenant_isolation ON tenant_membership");
      const problems = await findRlsProblems(sql);
      expect(problems).toContainEqual({ table: "tenant_membership", problem: "no policy on app.tenant_id" });
    } finally {
      await sql.query("ROLLBACK");
    }
  });
});
