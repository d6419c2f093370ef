import pg from "pg";
import { APP_ROLE, APP_ROLE_PASSWORD } from "../../src/db/urls";
import type { Generated } from "../generate";
import type { Section } from "../report";

const BIG_TABLES = ["app_user", "tenant_membership", "auth_session", "audit_log"];

/** EXPLAIN the hot statements as the app role (RLS predicates included): no sequential scan of a big table. */
export async function checkPlans(ownerUrl: string, data: Generated): Promise<Section> {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = APP_ROLE_PASSWORD;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  const tenantId = data.tenants[0]!.id;
  const statements: [string, string, unknown[]][] = [
    ["用户列表（本委员会，按用户名排序）", `SELECT u.id FROM tenant_membership m JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = $1 ORDER BY u.username LIMIT 20`, [tenantId]],
    ["登录：按用户名查用户", `SELECT id FROM app_user WHERE username = $1`, [data.bigTenantMembers[0]]],
    ["会话：按令牌哈希查会话", `SELECT id FROM auth_session WHERE token_hash = $1`, ["x".repeat(64)]],
    ["审计日志：本委员会最新 20 条", `SELECT id FROM audit_log WHERE tenant_id = $1 ORDER BY id DESC LIMIT 20`, [tenantId]],
  ];
  const rows = [];
  try {
    for (const [name, sql, params] of statements) {
      await c.query("BEGIN");
      await c.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.auth_lookup', 'on', true)", [tenantId]);
      const plan = (await c.query(`EXPLAIN ${sql}`, params)).rows.map((r) => r["QUERY PLAN"] as string).join("\n");
      await c.query("ROLLBACK");
      const seq = BIG_TABLES.filter((t) => new RegExp(`Seq Scan on ${t}\\b`).test(plan));
      rows.push({ name, measured: seq.length ? `顺序扫描：${seq.join(", ")}` : "走索引", target: "无大表顺序扫描", ok: seq.length === 0 });
    }
  } finally {
    await c.end();
  }
  return { title: "查询计划 Query plans", rows };
}
