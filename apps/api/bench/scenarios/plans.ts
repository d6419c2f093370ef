import pg from "pg";
import { APP_ROLE, APP_ROLE_PASSWORD } from "../../src/db/urls";
import type { Generated } from "../generate";
import type { Section } from "../report";

const BIG_TABLES = ["app_user", "tenant_membership", "auth_session", "audit_log", "proposal", "proposal_event", "proposal_assignment", "proposal_reply", "proposal_feedback", "opinion", "cms_article", "member_profile", "member_term"];

// The statements below mirror what Prisma sends for the hot lists (proposal-query.ts, list-opinions.ts,
// member-query.ts) and runSearch's SQL (search-articles.ts), at the generated volume.
const OFFICE = `(state NOT IN ('DRAFT', 'COSIGNING') OR entered_by_office)`;

/** EXPLAIN the hot statements as the app role (RLS predicates included): no sequential scan of a big table. */
export async function checkPlans(ownerUrl: string, data: Generated): Promise<Section> {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = APP_ROLE_PASSWORD;
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  const tenantId = data.tenants[0]!.id;
  const sessionId = data.volumes.currentSession[0]!;
  const one = async (sql: string) => {
    const o = new pg.Client({ connectionString: ownerUrl });
    await o.connect();
    try {
      return (await o.query(sql, [tenantId])).rows[0]?.id as string;
    } finally {
      await o.end();
    }
  };
  const unitId = await one(`SELECT id FROM handling_unit WHERE tenant_id = $1 ORDER BY sort_order LIMIT 1`);
  const memberId = await one(`SELECT member_id AS id FROM proposal WHERE tenant_id = $1 AND member_id IS NOT NULL LIMIT 1`);
  const proposalId = await one(`SELECT id FROM proposal WHERE tenant_id = $1 AND state = 'CLOSED' LIMIT 1`);
  const issueId = await one(`SELECT issue_id AS id FROM opinion WHERE tenant_id = $1 AND issue_id IS NOT NULL LIMIT 1`);
  const channelId = await one(`SELECT id FROM cms_channel WHERE tenant_id = $1 ORDER BY sort_order LIMIT 1`);
  const statements: [string, string, unknown[]][] = [
    ["用户列表（本委员会，按用户名排序）", `SELECT u.id FROM tenant_membership m JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = $1 ORDER BY u.username LIMIT 20`, [tenantId]],
    ["登录：按用户名查用户", `SELECT id FROM app_user WHERE username = $1`, [data.bigTenantMembers[0]]],
    ["会话：按令牌哈希查会话", `SELECT id FROM auth_session WHERE token_hash = $1`, ["x".repeat(64)]],
    ["审计日志：本委员会最新 20 条", `SELECT id FROM audit_log WHERE tenant_id = $1 ORDER BY id DESC LIMIT 20`, [tenantId]],
    ["提案列表 全部（本届，创建时间倒序）第 1 页", `SELECT id FROM proposal WHERE tenant_id = $1 AND session_id = $2 AND ${OFFICE} ORDER BY created_at DESC, id ASC LIMIT 20`, [tenantId, sessionId]],
    ["提案列表 全部 深分页", `SELECT id FROM proposal WHERE tenant_id = $1 AND session_id = $2 AND ${OFFICE} ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 1000`, [tenantId, sessionId]],
    ["提案列表 全部 总数", `SELECT count(*) FROM proposal WHERE tenant_id = $1 AND session_id = $2 AND ${OFFICE}`, [tenantId, sessionId]],
    ["提案列表 一审（待一审）", `SELECT id FROM proposal WHERE tenant_id = $1 AND state IN ('SUBMITTED') AND ${OFFICE} ORDER BY created_at DESC, id ASC LIMIT 20`, [tenantId]],
    ["提案列表 按承办单位（当前交办）", `SELECT p.id FROM proposal p WHERE p.tenant_id = $1 AND EXISTS (SELECT 1 FROM proposal_assignment a WHERE a.tenant_id = p.tenant_id AND a.proposal_id = p.id AND a.unit_id = $2 AND a.status = 'ACTIVE') ORDER BY created_at DESC, id ASC LIMIT 20`, [tenantId, unitId]],
    ["我的提案（委员）", `SELECT id FROM proposal WHERE tenant_id = $1 AND member_id = $2 ORDER BY created_at DESC, id ASC LIMIT 20`, [tenantId, memberId]],
    ["提案详情：流转记录", `SELECT id FROM proposal_event WHERE tenant_id = $1 AND proposal_id = $2 ORDER BY created_at`, [tenantId, proposalId]],
    ["提案详情：交办、答复", `SELECT a.id FROM proposal_assignment a LEFT JOIN proposal_reply r ON r.tenant_id = a.tenant_id AND r.assignment_id = a.id WHERE a.tenant_id = $1 AND a.proposal_id = $2`, [tenantId, proposalId]],
    ["社情民意 全部（提交时间倒序）", `SELECT id FROM opinion WHERE tenant_id = $1 AND state IN ('SUBMITTED', 'FIRST_REVIEWED', 'SECOND_REVIEWED', 'EDITED', 'PUBLISHED', 'RETURNED', 'DISCARDED') ORDER BY submitted_at DESC NULLS LAST, created_at DESC, id ASC LIMIT 20`, [tenantId]],
    ["社情民意 待初审", `SELECT id FROM opinion WHERE tenant_id = $1 AND state IN ('SUBMITTED') ORDER BY submitted_at DESC NULLS LAST, created_at DESC, id ASC LIMIT 20`, [tenantId]],
    ["社情民意 本期刊物", `SELECT id FROM opinion WHERE tenant_id = $1 AND issue_id = $2 ORDER BY issue_order`, [tenantId, issueId]],
    ["网站检索（两字词：tsvector）", `SELECT id FROM cms_article a WHERE a.tenant_id = $1 AND a.state::text = ANY('{PUBLISHED}') AND (a.search_tsv @@ plainto_tsquery('simple', '乡村 振兴 乡村振兴') OR a.search_text ILIKE '%乡村振兴%') ORDER BY ts_rank(a.search_tsv, plainto_tsquery('simple', '乡村 振兴 乡村振兴')) DESC, a.published_at DESC NULLS LAST LIMIT 10`, [tenantId]],
    ["网站栏目列表（最新发布）", `SELECT id FROM cms_article WHERE tenant_id = $1 AND channel_id = $2 AND state = 'PUBLISHED' ORDER BY published_at DESC LIMIT 20`, [tenantId, channelId]],
    ["通讯录 全拼查找", `SELECT id FROM member_profile WHERE tenant_id = $1 AND (name_initials LIKE 'zhang%' OR name_pinyin LIKE '%zhang%') ORDER BY name_pinyin, id LIMIT 30`, [tenantId]],
  ];
  const sizes = new Map((await c.query(`SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relname = ANY($1) AND relkind IN ('r', 'p')`, [BIG_TABLES])).rows.map((r) => [r.relname as string, Number(r.n)]));
  const rows = [];
  try {
    for (const [name, sql, params] of statements) {
      await c.query("BEGIN");
      await c.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.auth_lookup', 'on', true)", [tenantId]);
      const plan = (await c.query(`EXPLAIN ${sql}`, params)).rows.map((r) => r["QUERY PLAN"] as string).join("\n");
      await c.query("ROLLBACK");
      // A big table: one of the growing ones, and more than a few thousand rows here (a sequential scan of an
      // empty sessions table is the planner's right choice).
      const seq = BIG_TABLES.filter((t) => new RegExp(`Seq Scan on ${t}\\b`).test(plan) && (sizes.get(t) ?? 0) > 5_000);
      const indexes = [...new Set([...plan.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan) (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1]!))];
      const sort = /^\s*(->\s*)?(Incremental )?Sort\b/m.test(plan) ? "，再排序" : "";
      rows.push({ name, measured: seq.length ? `顺序扫描：${seq.join(", ")}` : `${indexes.join(" + ") || "—"}${sort}`, target: "无大表顺序扫描", ok: seq.length === 0 });
      if (process.env.BENCH_PLANS) console.log(`-- ${name}\n${plan}\n`);
    }
  } finally {
    await c.end();
  }
  return { title: `查询计划 Query plans（生成的数据量，应用角色 + RLS）`, rows };
}
