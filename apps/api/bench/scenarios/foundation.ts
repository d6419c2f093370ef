import pg from "pg";
import { APP_ROLE, APP_ROLE_PASSWORD } from "../../src/db/urls";
import { gql, login, LOGIN } from "../client";
import type { Generated } from "../generate";
import { runLoad, timeSerial, type LoadResult } from "../load";
import { ms, type Row, type Section } from "../report";
import { BENCH_PASSWORD } from "../tiers";

const USERS = `query($p: Int!, $s: String) { users(page: $p, pageSize: 20, search: $s) { total items { id username displayName roles } } }`;
const ME = `{ me { username activeTenant { name } permissions } }`;

const USERS_SQL = `SELECT u.id, u.username, u.display_name, m.roles FROM tenant_membership m JOIN app_user u ON u.id = m.user_id
                    WHERE m.tenant_id = $1 ORDER BY u.username LIMIT 20 OFFSET 0`;

function loadRow(name: string, r: LoadResult, target?: { p95?: number }): Row {
  const ok = r.errors === 0 && (target?.p95 === undefined || r.p95 <= target.p95);
  return {
    name,
    measured: `${r.rps.toFixed(0)} req/s · p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)} · errors ${r.errors}/${r.requests + r.errors}`,
    target: `${target?.p95 !== undefined ? `p95 ≤ ${target.p95} ms, ` : ""}0 errors`,
    ok,
  };
}

function appUrl(ownerUrl: string) {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = APP_ROLE_PASSWORD;
  return u.toString();
}

/** The same statement in the app's shape (one transaction, tenant set), as a given role. */
async function sqlTimer(url: string, tenantId: string, n: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await timeSerial(n, async () => {
      await c.query("BEGIN");
      await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      await c.query(USERS_SQL, [tenantId]);
      await c.query("SELECT count(*) FROM tenant_membership WHERE tenant_id = $1", [tenantId]);
      await c.query("COMMIT");
    });
  } finally {
    await c.end();
  }
}

export async function runFoundationScenarios(o: { base: string; ownerUrl: string; data: Generated; quick: boolean }): Promise<Section> {
  const dur = o.quick ? 2_000 : 6_000;
  const staffCookie = await login(o.base, o.data.staff[0]!, BENCH_PASSWORD);
  const members = o.data.bigTenantMembers;
  const deepPage = Math.max(1, Math.floor(o.data.tenants[0]!.members / 20));
  const rows: Row[] = [];

  const ok = (r: Awaited<ReturnType<typeof gql>>) => r.ok;
  rows.push(loadRow("登录 login (argon2id)", await runLoad({ connections: 8, maxRequests: o.quick ? 80 : 300, request: async (i) => ok(await gql(o.base, LOGIN, { i: { username: members[i % members.length], password: BENCH_PASSWORD } })) }), { p95: 500 }));
  rows.push(loadRow("当前用户 me", await runLoad({ connections: 16, durationMs: dur, request: async () => ok(await gql(o.base, ME, undefined, staffCookie)) }), { p95: 50 }));
  rows.push(loadRow("用户列表 第 1 页", await runLoad({ connections: 16, durationMs: dur, request: async () => ok(await gql(o.base, USERS, { p: 1 }, staffCookie)) }), { p95: 150 }));
  rows.push(loadRow(`用户列表 第 ${deepPage} 页（深分页）`, await runLoad({ connections: 16, durationMs: dur, request: async () => ok(await gql(o.base, USERS, { p: deepPage }, staffCookie)) }), { p95: 200 }));
  rows.push(loadRow("用户搜索 search", await runLoad({ connections: 16, durationMs: dur, request: async () => ok(await gql(o.base, USERS, { p: 1, s: "m0.12" }, staffCookie)) }), { p95: 200 }));

  // Ratios, measured serially (one request at a time) so that queueing does not blur them.
  const n = o.quick ? 100 : 300;
  const tenantId = o.data.tenants[0]!.id;
  const api = await timeSerial(n, async () => {
    if (!(await gql(o.base, USERS, { p: 1 }, staffCookie)).ok) throw new Error("users failed");
  });
  const rlsOn = await sqlTimer(appUrl(o.ownerUrl), tenantId, n);
  const rlsOff = await sqlTimer(o.ownerUrl, tenantId, n); // the owner is a superuser here: RLS is bypassed
  rows.push({ name: "比值：GraphQL 全栈 / 手写 SQL（pg，同一事务形态）", measured: `${(api.p50 / rlsOn.p50).toFixed(2)}× (p50 ${ms(api.p50)} vs ${ms(rlsOn.p50)})`, target: "≤ 5×", ok: api.p50 / rlsOn.p50 <= 5 });
  rows.push({ name: "比值：RLS 开 / RLS 关（同一 SQL）", measured: `${(rlsOn.p50 / rlsOff.p50).toFixed(2)}× (p50 ${ms(rlsOn.p50)} vs ${ms(rlsOff.p50)})`, target: "≤ 1.5×", ok: rlsOn.p50 / rlsOff.p50 <= 1.5 });

  return { title: "API 热点操作 Hot operations (1 个 API 进程，16 并发)", rows, note: "压测客户端与服务端共用本机 2 核；比值比绝对值可靠。" };
}
