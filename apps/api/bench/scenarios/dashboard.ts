/**
 * 领导驾驶舱 at scale (issue 10 × issue 12): the big committee gets `big` proposals (50,000 in a full run)
 * across every state, with assignments (a share overdue) and feedback; each other committee gets `small`.
 * All set-based SQL as the owner, then ANALYZE. Then, as the city's staff through GraphQL:
 *   the dashboard page's own query (every figure of the page in one round trip) — timed serially;
 *   the city roll-up over all committees (each read in its own RLS-scoped unit of work) — timed serially.
 */
import { createOwnerPrisma } from "../../src/db/prisma";
import { gql, login } from "../client";
import type { Generated } from "../generate";
import { timeSerial } from "../load";
import { ms, type Row, type Section } from "../report";
import { BENCH_PASSWORD } from "../tiers";

const STATES = ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED", "NOT_FILED", "FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED", "CLOSED", "CLOSED"];

// The admin dashboard's query, as the page sends it (apps/admin/src/modules/dashboard/graphql).
const DASHBOARD = `query($s: ID!) {
  proposalStatistics(sessionId: $s) { total byState { state label count } byCategory { path total } byUnit { unit { id name } assigned } bySatisfaction { label count } }
  opinionSummaryStatistics(filter: { sessionId: $s }) { submitted adopted instructed inJournal adoptionRate }
  memberStatistics(sessionId: $s) { total bySector { key label count } byParty { key label count } }
  meetingStatistics(filter: { sessionId: $s }) { total { meetings invited attended leave absent } byMonth { key label meetings invited attended } }
  proposalTracking(filter: { sessionId: $s, overdueOnly: true }, pageSize: 1) { total }
}`;
const ROLLUP = `{ dashboardRollup { committees { tenantName proposals overdue } total { proposals overdue } } }`;

export async function runDashboardScenario(o: { base: string; ownerUrl: string; data: Generated; quick: boolean }): Promise<Section> {
  const db = createOwnerPrisma(o.ownerUrl);
  const big = o.quick ? 5_000 : 50_000;
  const small = o.quick ? 500 : 2_000;
  let sessionId = "";
  try {
    // The generator gave every committee ten years of proposals; the big committee is topped up to `big`
    // in its current 届次 (its categories, units and collectives are the generated ones).
    for (const [i, t] of o.data.tenants.entries()) {
      const session = { id: o.data.volumes.currentSession[i]! };
      if (i === 0) sessionId = session.id;
      const have = await db.proposal.count({ where: { tenantId: t.id, sessionId: session.id } });
      const n = Math.max(0, (i === 0 ? big : small) - have);
      if (!n) continue;
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.tenant_id', ${t.id}, true)`;
        const collective = (await tx.collectiveSubmitter.findFirstOrThrow({ where: { tenantId: t.id }, orderBy: { sortOrder: "asc" } }));
        const creator = (await tx.tenantMembership.findFirst({ where: { tenantId: t.id }, select: { userId: true } }))!.userId;
        await tx.$executeRaw`
          INSERT INTO proposal (tenant_id, id, session_id, category_id, title, content, submitter_type, collective_id, submitter_name, created_by, state,
                                case_number, case_seq, submitted_at, filed_at, updated_at)
          SELECT ${t.id}::uuid, gen_random_uuid(), ${session.id}::uuid, c.ids[1 + g % array_length(c.ids, 1)], '基准提案' || g, '<p>基准提案内容</p>', 'COLLECTIVE',
                 ${collective.id}::uuid, '压测集体用户', ${creator}::uuid, s.state::"ProposalState",
                 CASE WHEN s.filed THEN 'D15-' || g END, CASE WHEN s.filed THEN g END,
                 now() - (g % 400) * interval '1 day', CASE WHEN s.filed THEN now() - (g % 300) * interval '1 day' END, now()
            FROM generate_series(1, ${n}::int) g
           CROSS JOIN (SELECT array_agg(id ORDER BY sort_order) ids FROM proposal_category WHERE tenant_id = ${t.id}::uuid) c
           CROSS JOIN LATERAL (SELECT (${STATES}::text[])[1 + g % ${STATES.length}::int] AS state) s0
           CROSS JOIN LATERAL (SELECT s0.state, s0.state IN ('FILED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'DISSATISFIED', 'CLOSED') AS filed) s`;
        // One lead unit per assigned proposal; a third of the open ones past their deadline.
        await tx.$executeRaw`
          INSERT INTO proposal_assignment (tenant_id, id, proposal_id, unit_id, role, status, deadline, assigned_by, signed_at, replied_at)
          SELECT p.tenant_id, gen_random_uuid(), p.id, u.ids[1 + p.case_seq % array_length(u.ids, 1)], 'LEAD', 'ACTIVE',
                 (now() + ((p.case_seq % 3) - 1) * interval '60 days')::date, ${creator}::uuid,
                 CASE WHEN p.state <> 'ASSIGNED' THEN now() END, CASE WHEN p.state IN ('REPLIED', 'DISSATISFIED', 'CLOSED') THEN now() END
            FROM proposal p CROSS JOIN (SELECT array_agg(id ORDER BY sort_order) ids FROM handling_unit WHERE tenant_id = ${t.id}::uuid) u
           WHERE p.tenant_id = ${t.id}::uuid AND p.case_number LIKE 'D15-%' AND p.state IN ('ASSIGNED', 'HANDLING', 'REPLIED', 'DISSATISFIED', 'CLOSED')`;
        await tx.$executeRaw`
          INSERT INTO proposal_feedback (tenant_id, id, proposal_id, round, satisfaction, submitted_by)
          SELECT p.tenant_id, gen_random_uuid(), p.id, 1,
                 (CASE WHEN p.state = 'DISSATISFIED' THEN 'DISSATISFIED' WHEN p.case_seq % 2 = 0 THEN 'SATISFIED' ELSE 'BASICALLY_SATISFIED' END)::"ProposalSatisfaction", ${creator}::uuid
            FROM proposal p WHERE p.tenant_id = ${t.id}::uuid AND p.case_number LIKE 'D15-%' AND p.state IN ('DISSATISFIED', 'CLOSED')`;
      }, { timeout: 600_000 });
    }
    await db.$executeRawUnsafe("ANALYZE proposal; ANALYZE proposal_assignment; ANALYZE proposal_feedback; ANALYZE proposal_category; ANALYZE handling_unit");

    const cookie = await login(o.base, o.data.staff[0]!, BENCH_PASSWORD);
    const runs = o.quick ? 5 : 15;
    const rows: Row[] = [];
    let total = 0;
    const page = await timeSerial(runs, async () => {
      const r = await gql(o.base, DASHBOARD, { s: sessionId }, cookie);
      if (!r.ok) throw new Error(JSON.stringify(r.body.errors));
      total = r.body.data.proposalStatistics.total;
    });
    rows.push({ name: `驾驶舱 全部图表一次查询（本委员会 ${total.toLocaleString()} 件提案）`, measured: `p50 ${ms(page.p50)} · max ${ms(page.p99)} · errors ${page.errors}`, target: "< 1 s", ok: page.errors === 0 && page.p50 < 1000 });
    let committees = 0;
    const rollup = await timeSerial(runs, async () => {
      const r = await gql(o.base, ROLLUP, undefined, cookie);
      if (!r.ok) throw new Error(JSON.stringify(r.body.errors));
      committees = r.body.data.dashboardRollup.committees.length;
    });
    rows.push({ name: `全市汇总（${committees} 个委员会，各自 RLS 范围内读取，留痕）`, measured: `p50 ${ms(rollup.p50)} · max ${ms(rollup.p99)} · errors ${rollup.errors}`, target: "< 1 s", ok: rollup.errors === 0 && rollup.p50 < 1000 });
    rows.push({ name: "比值 Ratio 全市汇总 / 单个驾驶舱", measured: `${(rollup.p50 / Math.max(1, page.p50)).toFixed(2)} ×`, target: "—" });
    return { title: `领导驾驶舱 Dashboard (${big.toLocaleString()} + ${o.data.tenants.length - 1} × ${small.toLocaleString()} 件提案)`, rows };
  } finally {
    await db.$disconnect();
  }
}
