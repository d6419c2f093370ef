/**
 * `pnpm bench` — one report, measured in one run on this machine (Markdown + JSON in bench/out/).
 *   tsx bench/run.ts [--tier S|M|L] [--plenary 3000] [--quick] [--port 4301] [--generate-only] [--keep-db]
 * Database: DATABASE_URL's server when set (a fresh zhzx_bench database), else an embedded PostgreSQL.
 * --port: the first of the API ports (the two-process run takes the next one).
 * --generate-only: generate the tier, report the time per phase, stop (for timing tiers M and L).
 * --keep-db: leave the zhzx_bench database in place afterwards (to EXPLAIN by hand).
 * --only a,b: run only these scenarios (foundation, plans, cms, portal, proposals, dashboard, plenary, bundles).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres, type LocalPostgres } from "../src/db/local-postgres";
import { deploy, repoRoot } from "../src/db/migrator";
import { withDatabase } from "../src/db/urls";
import { generate } from "./generate";
import { TIERS, BENCH_PASSWORD, type Tier } from "./tiers";
import { runFoundationScenarios } from "./scenarios/foundation";
import { runPlenary } from "./scenarios/plenary";
import { checkPlans } from "./scenarios/plans";
import { bundleSizes } from "./scenarios/bundles";
import { runCmsScenario } from "./scenarios/cms";
import { runPortalScenario } from "./scenarios/portal";
import { runDashboardScenario } from "./scenarios/dashboard";
import { runProposalScenario } from "./scenarios/proposals";
import { renderReport, type Report } from "./report";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : dflt;
};
const tier: Tier = TIERS[arg("tier", "S") as Tier["name"]] ?? TIERS.S;
const quick = process.argv.includes("--quick");
// Generated sites of the CMS scenario: a throw-away directory the spawned API serves from.
process.env.CMS_SITES_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-bench-sites-"));
const plenaryMembers = Number(arg("plenary", quick ? "300" : "3000"));
const port = Number(arg("port", "4301"));
const generateOnly = process.argv.includes("--generate-only");
const keepDb = process.argv.includes("--keep-db");
// --only proposals,plenary: run just those scenarios (while working on them); the report is then partial.
const only = process.argv.includes("--only") ? new Set(arg("only", "").split(",")) : null;
const want = (name: string) => !only || only.has(name);

let local: LocalPostgres | null = null;
let server = process.env.DATABASE_URL;
if (!server) {
  local = await startEmbeddedPostgres({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-bench-pg-")), port: Number(process.env.PG_PORT ?? 54332), persistent: false });
  server = local.serverUrl;
}
const dbName = "zhzx_bench";
await dropDatabase(server, dbName);
await createDatabaseIfMissing(server, dbName);
const ownerUrl = withDatabase(server, dbName);
process.env.DATABASE_URL = ownerUrl;
await deploy(ownerUrl);

const report: Report = {
  when: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  tier: `${tier.name} — ${tier.description}`,
  sections: [],
};

const data = await generate(ownerUrl, tier);
report.sections.push({
  title: "数据生成 Data generation",
  rows: [
    { name: `tier ${tier.name}：${data.tenants.length} 个委员会，${tier.members.toLocaleString()} 名委员，${tier.proposals.toLocaleString()} 件提案，${tier.opinions.toLocaleString()} 条社情民意，${tier.articles.toLocaleString()} 篇文章（十年）`, measured: `${data.seconds.toFixed(1)} s`, target: "S、M 数分钟内", ok: tier.name === "L" ? undefined : data.seconds < 600 },
    ...Object.entries(data.volumes.timings).map(([name, s]) => ({ name: `　${name}`, measured: `${s.toFixed(1)} s` })),
  ],
});
if (generateOnly) {
  console.log(renderReport(report));
  if (!keepDb) await dropDatabase(server, dbName).catch(() => {});
  if (local) await local.stop();
  process.exit(0);
}

async function startApi(workers: number, port: number): Promise<ChildProcess> {
  const child = spawn(path.join(repoRoot, "apps/api/node_modules/.bin/tsx"), ["scripts/serve-api.ts"], {
    cwd: path.join(repoRoot, "apps/api"),
    // Password logins only: the generated staff have not enrolled 两步验证, which production would demand.
    env: { ...process.env, PORT: String(port), API_WORKERS: String(workers), NODE_ENV: "production", COOKIE_SECURE: "false", LOGIN_RATE_LIMIT: "10000000", SITE_SEARCH_RATE_LIMIT: "10000000", DB_POOL_MAX: "10", MFA_REQUIRED: "false" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("API did not start");
}
const stopApi = (c: ChildProcess) => new Promise<void>((r) => (c.once("exit", () => r()), c.kill("SIGTERM")));

try {
  const one = await startApi(1, port);
  const base = `http://127.0.0.1:${port}`;
  if (want("foundation")) report.sections.push(await runFoundationScenarios({ base, ownerUrl, data, quick }));
  if (want("plans")) report.sections.push(await checkPlans(ownerUrl, data));
  if (want("cms")) report.sections.push(await runCmsScenario({ base, ownerUrl, articles: Number(arg("cms-articles", quick ? "2000" : "10000")), quick }));
  if (want("portal")) report.sections.push(await runPortalScenario({ base, ownerUrl, data, quick }));
  if (want("proposals")) report.sections.push(await runProposalScenario({ base, ownerUrl, data, quick }));
  if (want("dashboard")) report.sections.push(await runDashboardScenario({ base, ownerUrl, data, quick }));
  const members = data.bigTenantMembers.slice(0, plenaryMembers);
  const p1 = want("plenary") ? await runPlenary({ base, members, password: BENCH_PASSWORD, label: "1 个 API 进程", sessionId: data.volumes.currentSession[0]! }) : [];
  await stopApi(one);
  if (want("plenary")) {
    const two = await startApi(2, port + 1);
    const p2 = await runPlenary({ base: `http://127.0.0.1:${port + 1}`, members, password: BENCH_PASSWORD, label: "2 个 API 进程", sessionId: data.volumes.currentSession[0]! });
    await stopApi(two);
    report.sections.push({ title: `全会高峰 Plenary peak (${members.length} 名委员：登录 → 工作台 → 我的会话 → 提交提案)`, rows: [...p1, ...p2] });
  }
  if (want("bundles")) report.sections.push(bundleSizes());
} finally {
  if (!keepDb) await dropDatabase(server, dbName).catch(() => {});
  if (local) await local.stop();
}

// A partial run (--only) prints its report but leaves the full one in bench/out alone.
const outDir = only ? fs.mkdtempSync(path.join(os.tmpdir(), "zhzx-bench-out-")) : path.join(repoRoot, "apps/api/bench/out");
fs.mkdirSync(outDir, { recursive: true });
const md = renderReport(report);
fs.writeFileSync(path.join(outDir, "report.md"), md);
fs.writeFileSync(path.join(outDir, "report.json"), JSON.stringify(report, null, 2));
console.log(md);
console.log(`\n(report written to ${path.relative(repoRoot, outDir)}/report.{md,json})`);
process.exit(0);
