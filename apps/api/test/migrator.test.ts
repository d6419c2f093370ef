import { describe, expect, it } from "vitest";
import pg from "pg";
import { createDatabaseIfMissing, dropDatabase } from "../src/db/local-postgres";
import { deploy, status } from "../src/db/migrator";
import { withDatabase } from "../src/db/urls";
import { ownerUrl } from "./support/db";

describe("the project's own migrator (schema engine as wasm, no download)", () => {
  it("migrates an empty database, is idempotent, and reports no drift", async () => {
    const name = `zhzx_migr_${process.pid}`;
    await createDatabaseIfMissing(ownerUrl, name);
    const url = withDatabase(ownerUrl, name);
    try {
      const first = await deploy(url);
      expect(first.length).toBeGreaterThan(0);
      expect(await deploy(url)).toEqual([]);
      const diag = await status(url);
      expect(diag.history).toBeNull();
      expect(diag.failedMigrationNames).toEqual([]);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const r = await c.query("SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL");
      await c.end();
      expect(r.rows[0].n).toBe(first.length);
    } finally {
      await dropDatabase(ownerUrl, name);
    }
  });
});
