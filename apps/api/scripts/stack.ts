/**
 * Brings up the whole platform in one process: a database (DATABASE_URL, or an embedded PostgreSQL),
 * migrations, demo data when empty, and the API serving the built admin and portal SPAs.
 *
 *   tsx scripts/stack.ts              the README start command: persistent data in .data/pg, port 4000
 *   tsx scripts/stack.ts --e2e        a throw-away database and port 4100, for Playwright
 */
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres, type LocalPostgres } from "../src/db/local-postgres";
import { deploy, repoRoot } from "../src/db/migrator";
import { withDatabase } from "../src/db/urls";

const e2e = process.argv.includes("--e2e");
// The e2e suite logs in dozens of times from 127.0.0.1 within minutes.
if (e2e) process.env.LOGIN_RATE_LIMIT ??= "1000";
const port = Number(process.env.PORT ?? (e2e ? 4100 : 4000));
process.env.PORT = String(port);

let local: LocalPostgres | null = null;
let dropAfter: { server: string; db: string } | null = null;
if (process.env.DATABASE_URL) {
  if (e2e) {
    const db = `zhzx_e2e_${process.pid}`;
    await createDatabaseIfMissing(process.env.DATABASE_URL, db);
    process.env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, db);
    dropAfter = { server: process.env.DATABASE_URL, db };
  }
} else {
  const dataDir = e2e ? fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-e2e-pg-")) : path.join(repoRoot, ".data/pg");
  fs.mkdirSync(dataDir, { recursive: true });
  local = await startEmbeddedPostgres({ dataDir, port: Number(process.env.PG_PORT ?? (e2e ? 54330 : 54329)), persistent: !e2e });
  await createDatabaseIfMissing(local.serverUrl, "zhzx");
  process.env.DATABASE_URL = withDatabase(local.serverUrl, "zhzx");
  console.log(e2e ? "embedded PostgreSQL (throw-away) started" : `embedded PostgreSQL started, data in ${dataDir}`);
}

const applied = await deploy(process.env.DATABASE_URL!);
if (applied.length) console.log("migrations applied:", applied.join(", "));

const { createOwnerPrisma, createAppPrisma } = await import("../src/db/prisma");
const { seedDemo, printAccounts } = await import("../src/seed");
const owner = createOwnerPrisma();
const accounts = await seedDemo(owner, { scale: Number(process.env.SEED_SCALE ?? (e2e ? 0.1 : 1)) });
await owner.$disconnect();

const { createApp } = await import("../src/server");
const prisma = createAppPrisma();
const { app, apollo, inboxHub } = await createApp(prisma);
const { startJobs } = await import("../src/jobs");
const jobs = await startJobs(prisma);
const { startCmsWorker } = await import("../src/modules/cms/publish/worker");
const stopCmsWorker = startCmsWorker(prisma);
const server = app.listen(port, "127.0.0.1");
await new Promise((r) => server.once("listening", r));

console.log(`
智慧政协 已启动
  管理端  http://localhost:${port}/admin/
  委员端  http://localhost:${port}/portal/
  GraphQL http://localhost:${port}/graphql`);
if (accounts) printAccounts(accounts);
else console.log("（沿用已有数据；演示账号见 README）");
console.log("\n按 Ctrl-C 停止。");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections?.();
  server.close();
  await jobs.stop().catch(() => {});
  await stopCmsWorker().catch(() => {});
  await apollo.stop().catch(() => {});
  await inboxHub.close();
  await prisma.$disconnect().catch(() => {});
  if (dropAfter) await dropDatabase(dropAfter.server, dropAfter.db).catch(() => {});
  if (local) await local.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
