/**
 * Hot operations of the proposal workflow under concurrent load (issue 12), on the generated volumes of
 * the big committee, with the GraphQL documents the SPAs send (read from their source files, so the
 * benchmark follows the admin and the portal when their queries change):
 *   the office's list (全部 page 1, a deep page, 一审 list + keyword), the detail drawer,
 *   a member creating and submitting a proposal, the office's first action (一审通过),
 *   the public site search (站内检索) over the committee's articles.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { repoRoot } from "../../src/db/migrator";
import { gql, login } from "../client";
import type { Generated } from "../generate";
import { runLoad, type LoadResult } from "../load";
import { ms, type Row, type Section } from "../report";
import { BENCH_PASSWORD } from "../tiers";

/** The graphql(`…`) documents of an SPA source file: an operation plus the fragments it spreads. */
export function spaDocument(file: string, operation: string): string {
  const src = fs.readFileSync(path.join(repoRoot, file), "utf8");
  const blocks = [...src.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]!);
  const op = blocks.find((b) => new RegExp(`(query|mutation)\\s+${operation}\\b`).test(b));
  if (!op) throw new Error(`${operation} not found in ${file}`);
  const out = [op];
  for (let i = 0; i < out.length; i++) {
    for (const [, name] of out[i]!.matchAll(/\.\.\.(\w+)/g)) {
      const frag = blocks.find((b) => new RegExp(`fragment\\s+${name}\\b`).test(b));
      if (frag && !out.includes(frag)) out.push(frag);
    }
  }
  return out.join("\n");
}

const ADMIN = "apps/admin/src/modules/proposals/graphql/proposals.graphql.ts";
const PORTAL = "apps/portal/src/modules/proposals/graphql/proposals.ts";

export function loadRow(name: string, r: LoadResult, p95: number): Row {
  return {
    name,
    measured: `${r.rps.toFixed(0)} req/s · p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)} · errors ${r.errors}/${r.requests + r.errors}`,
    target: `p95 ≤ ${p95} ms, 0 errors`,
    ok: r.errors === 0 && r.requests > 0 && r.p95 <= p95,
  };
}

export async function runProposalScenario(o: { base: string; ownerUrl: string; data: Generated; quick: boolean }): Promise<Section> {
  const dur = o.quick ? 2_000 : 6_000;
  const conn = 16;
  const tenant = o.data.tenants[0]!;
  const sessionId = o.data.volumes.currentSession[0]!;
  const LIST = spaDocument(ADMIN, "AdminProposals");
  const DETAIL = spaDocument(ADMIN, "AdminProposal");
  const FIRST_REVIEW = spaDocument(ADMIN, "PassFirstReview");
  const CREATE = spaDocument(PORTAL, "CreateMyProposal");
  const SUBMIT = spaDocument(PORTAL, "SubmitMyProposal");

  const db = new pg.Client({ connectionString: o.ownerUrl });
  await db.connect();
  let visible = 0;
  let submitted: { id: string; version: number }[] = [];
  let details: string[] = [];
  try {
    visible = Number((await db.query(`SELECT count(*) FROM proposal WHERE tenant_id = $1 AND session_id = $2 AND state NOT IN ('DRAFT', 'COSIGNING')`, [tenant.id, sessionId])).rows[0].count);
    submitted = (await db.query(`SELECT id, version FROM proposal WHERE tenant_id = $1 AND state = 'SUBMITTED' ORDER BY submitted_at`, [tenant.id])).rows;
    details = (await db.query(`SELECT id FROM proposal WHERE tenant_id = $1 AND state IN ('CLOSED', 'HANDLING', 'REPLIED') ORDER BY id LIMIT 500`, [tenant.id])).rows.map((r) => r.id);
  } finally {
    await db.end();
  }

  const staff = await login(o.base, o.data.staff[0]!, BENCH_PASSWORD);
  // Members submit under their own sessions (a few dozen, round-robin: logins are argon2id and measured elsewhere).
  const members = await Promise.all(o.data.bigTenantMembers.slice(0, 24).map((u) => login(o.base, u, BENCH_PASSWORD)));
  // The first error of each kind is kept for the report's note (a failing row must say why).
  const errors = new Map<string, number>();
  const seen = (r: Awaited<ReturnType<typeof gql>>) => {
    if (!r.ok) {
      const e = (r.body.errors?.[0] ?? {}) as { message?: string; extensions?: { code?: string } };
      const key = `${e.extensions?.code ?? "?"}: ${e.message ?? JSON.stringify(r.body).slice(0, 120)}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
    return r.ok;
  };
  const q = (doc: string, vars: Record<string, unknown>, cookie: string) => gql(o.base, doc, vars, cookie).then(seen);
  const deep = Math.max(1, Math.floor(visible / 20 / 2));
  const rows: Row[] = [];
  const list = (page: number, filter: Record<string, unknown>) => ({ page, pageSize: 20, filter, sort: null });

  rows.push(loadRow(`提案列表 全部 第 1 页（本届 ${visible.toLocaleString()} 件）`, await runLoad({ connections: conn, durationMs: dur, request: () => q(LIST, list(1, { list: "ALL", sessionId }), staff) }), 200));
  rows.push(loadRow(`提案列表 全部 第 ${deep} 页（深分页）`, await runLoad({ connections: conn, durationMs: dur, request: () => q(LIST, list(deep, { list: "ALL", sessionId }), staff) }), 300));
  rows.push(loadRow("提案列表 一审 + 关键词“乡村振兴”", await runLoad({ connections: conn, durationMs: dur, request: () => q(LIST, list(1, { list: "FIRST_REVIEW", keyword: "乡村振兴" }), staff) }), 300));
  rows.push(loadRow("提案详情（抽屉：流转、交办、答复、评价）", await runLoad({ connections: conn, durationMs: dur, request: (i) => q(DETAIL, { id: details[i % details.length] }, staff) }), 200));

  let category: string | undefined;
  {
    const r = await gql(o.base, spaDocument(PORTAL, "ProposalFormLookups"), {}, members[0]!);
    category = r.body.data?.proposalCategories?.[0]?.id;
  }
  rows.push(
    loadRow(
      "委员提交提案（新建草稿 + 提交，两次请求）",
      await runLoad({
        connections: conn,
        durationMs: dur,
        request: async (i) => {
          const cookie = members[i % members.length]!;
          const c = await gql(o.base, CREATE, { input: { sessionId, categoryId: category, title: `关于加强社区养老服务的建议（压测${i}）`, content: "<p>建议加强社区养老服务设施建设。</p>", reasons: "案由", suggestions: "建议" } }, cookie);
          if (!seen(c)) return false;
          return q(SUBMIT, { input: { id: c.body.data.createProposal.id, version: c.body.data.createProposal.version } }, cookie);
        },
      }),
      500,
    ),
  );
  rows.push(
    loadRow(
      `一审通过 passFirstReview（待一审 ${submitted.length} 件中逐件）`,
      await runLoad({ connections: conn, durationMs: dur, maxRequests: submitted.length, request: (i) => q(FIRST_REVIEW, { input: { id: submitted[i]!.id, version: submitted[i]!.version, comment: "同意" } }, staff) }),
      300,
    ),
  );

  const words = ["乡村振兴", "营商环境", "科技创新", "养老服务", "城市更新"];
  rows.push(
    loadRow(
      `网站站内检索（公开，${tenant.code} 委员会的文章）`,
      await runLoad({
        connections: conn,
        durationMs: dur,
        request: async (i) => {
          const r = await fetch(`${o.base}/site/${tenant.code}/search?q=${encodeURIComponent(words[i % words.length]!)}&page=${1 + (i % 3)}`);
          const html = await r.text();
          return r.ok && html.includes(words[i % words.length]!);
        },
      }),
      300,
    ),
  );
  const errorNote = [...errors].map(([k, n]) => `${n} × ${k}`).join("；");
  return { title: `提案办理热点操作 Proposal workflow (${tenant.code} 委员会，${conn} 并发，管理端/委员端的原样查询)`, rows, note: `提交与一审改变数据：每次运行用新生成的数据。${errorNote ? `\n\n错误 errors: ${errorNote}` : ""}` };
}
