/**
 * Prisma migrations without the native schema-engine binary (it cannot be downloaded here): drives
 * @prisma/schema-engine-wasm through @prisma/adapter-pg. Compatible with Prisma's _prisma_migrations.
 * After the migrations, prisma/sql/after-migrate.sql (idempotent) creates the app role, grants, and
 * the default tenant policy on any tenant table that has none.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { APP_ROLE, APP_ROLE_PASSWORD } from "./urls";

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(import.meta.dirname, "../../../..");
const schemaDir = path.join(repoRoot, "prisma/schema");
const migrationsDir = path.join(repoRoot, "prisma/migrations");
const snapshotDir = path.join(migrationsDir, "schema-snapshot");
const afterMigrateSql = path.join(repoRoot, "prisma/sql/after-migrate.sql");
const filters = { externalTables: [], externalEnums: [] };

function prismaFiles(dir: string) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => ({ path: path.join(dir, f), content: fs.readFileSync(path.join(dir, f), "utf8") }));
}

async function loadWasm() {
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg: any = await import(pathToFileURL(bgPath).href);
  const wasmBytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const { instance } = await (globalThis as any).WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as any).__wbindgen_start?.();
  return bg;
}
let wasm: Promise<any> | undefined;

function migrationsList() {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lock = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d/.test(d.name))
    .map((d) => d.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = path.join(migrationsDir, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(f) ? { tag: "ok", value: fs.readFileSync(f, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

async function engineFor(url: string) {
  const bg = await (wasm ??= loadWasm());
  const base = new PrismaPg({ connectionString: url });
  // adapter-pg's executeScript splits on ';', which breaks DO $$ … $$ and function bodies: send the
  // whole migration as one simple-protocol query (which is also atomic).
  const wholeScript = (a: any) => {
    a.executeScript = async (script: string) => {
      try {
        await a.client.query(script);
      } catch (e) {
        a.onError(e);
      }
    };
    return a;
  };
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => wholeScript(await base.connect()),
    connectToShadowDb: async () => wholeScript(await (base as any).connectToShadowDb()),
  } as any);
  const files = prismaFiles(schemaDir);
  const engine = await bg.SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, () => {}, factory);
  return { engine, files };
}

export async function runAfterMigrate(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sql = fs
      .readFileSync(afterMigrateSql, "utf8")
      .replaceAll(":app_role", APP_ROLE)
      .replaceAll(":app_password", APP_ROLE_PASSWORD.replaceAll("'", "''"));
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function deploy(url: string): Promise<string[]> {
  const { engine } = await engineFor(url);
  const out = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
  await runAfterMigrate(url);
  return out.appliedMigrationNames;
}

/**
 * Writes a new migration: the diff between the snapshot of the last migrated schema and the current one.
 * With `only` (schema file names), the target is the snapshot plus just those files as they are now, so
 * two modules developed side by side each get a migration of their own tables only.
 */
export async function createMigration(url: string, name: string, only?: string[]): Promise<string | null> {
  const { engine, files: current } = await engineFor(url);
  const snapFiles = prismaFiles(snapshotDir);
  const files = only?.length
    ? [
        ...snapFiles.filter((f) => !only.includes(path.basename(f.path))).map((f) => ({ ...f, path: path.join(schemaDir, path.basename(f.path)) })),
        ...current.filter((f) => only.includes(path.basename(f.path))),
      ]
    : current;
  if (only?.some((o) => !current.some((f) => path.basename(f.path) === o))) throw new Error(`--only: no such schema file in prisma/schema: ${only.join(", ")}`);
  const from = snapFiles.length ? { tag: "schemaDatamodel", files: snapFiles } : { tag: "empty" };
  const d = await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: null, filters });
  const script: string | null = d.stdout && !/^-- This is an empty migration/.test(d.stdout.trim()) ? d.stdout : null;
  if (!script) return null;
  const ts = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${ts}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), script);
  if (!only?.length) fs.rmSync(snapshotDir, { recursive: true, force: true });
  fs.mkdirSync(snapshotDir, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(snapshotDir, path.basename(f.path)), f.content);
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, `# Please do not edit this file manually\nprovider = "postgresql"\n`);
  return dir;
}

export async function status(url: string) {
  const { engine } = await engineFor(url);
  return engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
}
