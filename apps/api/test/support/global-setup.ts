/**
 * One throw-away database per test run: on DATABASE_URL's server when set, else on an embedded
 * PostgreSQL. Migrated as the owner; tests then act as the app role (RLS on) unless they say otherwise.
 */
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres, type LocalPostgres } from "../../src/db/local-postgres";
import { deploy } from "../../src/db/migrator";
import { withDatabase } from "../../src/db/urls";

declare module "vitest" {
  export interface ProvidedContext {
    ownerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let local: LocalPostgres | null = null;
  let server = process.env.DATABASE_URL;
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-test-pg-"));
    local = await startEmbeddedPostgres({ dataDir: dir, port: Number(process.env.TEST_PG_PORT ?? 54331), persistent: false });
    server = local.serverUrl;
  }
  const db = `zhzx_test_${process.pid}`;
  await createDatabaseIfMissing(server, db);
  const ownerUrl = withDatabase(server, db);
  await deploy(ownerUrl);
  project.provide("ownerUrl", ownerUrl);
  return async () => {
    await dropDatabase(server!, db).catch(() => {});
    if (local) await local.stop();
  };
}
