/**
 * One request at a time against an API already serving a kept benchmark database (run.ts --keep-db):
 * per-request latency of the proposal hot operations without queueing.  tsx bench/serial-probe.ts <base> <owner url>
 */
import pg from "pg";
import { gql, login } from "./client";
import { timeSerial } from "./load";
import { ms } from "./report";
import { spaDocument } from "./scenarios/proposals";
import { BENCH_PASSWORD } from "./tiers";

const [base, ownerUrl] = process.argv.slice(2) as [string, string];
const c = new pg.Client({ connectionString: ownerUrl });
await c.connect();
const t = (await c.query(`SELECT id FROM tenant WHERE code = 'b0'`)).rows[0].id as string;
const session = (await c.query(`SELECT id FROM committee_session WHERE tenant_id = $1 AND is_current`, [t])).rows[0].id as string;
const detail = (await c.query(`SELECT id FROM proposal WHERE tenant_id = $1 AND state = 'CLOSED' LIMIT 1`, [t])).rows[0].id as string;
const n = Number((await c.query(`SELECT count(*) FROM proposal WHERE tenant_id = $1 AND session_id = $2`, [t, session])).rows[0].count);
await c.end();
const staff = await login(base, "staff.b0", BENCH_PASSWORD);
const LIST = spaDocument("apps/admin/src/modules/proposals/graphql/proposals.graphql.ts", "AdminProposals");
const DETAIL = spaDocument("apps/admin/src/modules/proposals/graphql/proposals.graphql.ts", "AdminProposal");
const ok = async (p: ReturnType<typeof gql>) => {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.body.errors));
};
const probes: [string, () => Promise<void>][] = [
  [`list ALL page 1 (${n} in session)`, () => ok(gql(base, LIST, { page: 1, pageSize: 20, filter: { list: "ALL", sessionId: session } }, staff))],
  [`list ALL deep page ${Math.floor(n / 40)}`, () => ok(gql(base, LIST, { page: Math.floor(n / 40), pageSize: 20, filter: { list: "ALL", sessionId: session } }, staff))],
  ["list FIRST_REVIEW + keyword", () => ok(gql(base, LIST, { page: 1, pageSize: 20, filter: { list: "FIRST_REVIEW", keyword: "乡村振兴" } }, staff))],
  ["detail", () => ok(gql(base, DETAIL, { id: detail }, staff))],
  ["site search", async () => void (await (await fetch(`${base}/site/b0/search?q=${encodeURIComponent("乡村振兴")}`)).text())],
];
for (const [name, fn] of probes) {
  const r = await timeSerial(10, fn);
  console.log(`${name}: p50 ${ms(r.p50)} · max ${ms(r.p99)}`);
}
