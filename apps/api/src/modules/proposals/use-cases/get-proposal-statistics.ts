import {
  PROPOSAL_FILED_STATES, PROPOSAL_PRIVATE_STATES, PROPOSAL_SATISFACTION_LABELS, PROPOSAL_SATISFACTIONS, PROPOSAL_STATE_LABELS, PROPOSAL_STATES,
  PROPOSAL_SUBMITTER_TYPE_LABELS, PROPOSAL_SUBMITTER_TYPES, type ProposalSatisfaction, type ProposalState,
} from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import { Prisma } from "../../../generated/prisma/client";
import { dateOf, todayInChina } from "../dates";
import type { ProposalSectorStatRow, ProposalStatistics, ProposalUnitStatRow } from "../statistics.types";
import { treeOrder } from "./manage-proposal-categories";

/** The states a statistics table shows: everything handed to the office (drafts are the member's own). */
export const STAT_STATES = PROPOSAL_STATES.filter((s) => !PROPOSAL_PRIVATE_STATES.includes(s));

export interface StatScope {
  sessionId?: string | null;
  meetingId?: string | null;
}

export function parseScope(s: StatScope) {
  return { sessionId: s.sessionId ? parseId(s.sessionId, "届次") : null, meetingId: s.meetingId ? parseId(s.meetingId, "会议") : null };
}

/**
 * 提案统计: every number is a GROUP BY in PostgreSQL (no proposal rows are loaded): category × state,
 * submitter type, per unit (signed, replied, overdue, result class, satisfaction) and the feedback.
 */
export async function computeProposalStatistics(db: Tx, tenantId: string, scope: StatScope): Promise<ProposalStatistics> {
  const where = { tenantId, state: { in: STAT_STATES }, ...(scope.sessionId ? { sessionId: scope.sessionId } : {}), ...(scope.meetingId ? { meetingId: scope.meetingId } : {}) };
  const byCatState = await db.proposal.groupBy({ by: ["categoryId", "state"], where, _count: { _all: true } });
  const bySubmitter = await db.proposal.groupBy({ by: ["submitterType", "state"], where, _count: { _all: true } });
  const categories = treeOrder(await db.proposalCategory.findMany({ where: { tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }));
  const byUnit = await unitStatistics(db, tenantId, scope);
  const satisfaction = await satisfactionCounts(db, tenantId, scope);
  const bySector = await sectorStatistics(db, tenantId, scope);

  const count = (rows: { state: ProposalState; _count: { _all: number } }[], states: readonly ProposalState[]) =>
    rows.filter((r) => states.includes(r.state)).reduce((n, r) => n + r._count._all, 0);
  const stateCounts = (rows: { state: ProposalState; _count: { _all: number } }[]) =>
    STAT_STATES.map((state) => ({ state, label: PROPOSAL_STATE_LABELS[state], count: count(rows, [state]) }));
  const categoryRows = [...categories.map((c) => ({ id: c.id as string | null, name: c.name, path: c.path })), { id: null, name: "未分类", path: "未分类" }]
    .map((c) => ({ c, rows: byCatState.filter((r) => r.categoryId === c.id) }))
    .filter(({ c, rows }) => c.id !== null || rows.length > 0)
    .map(({ c, rows }) => ({ category: c.id ? { id: c.id, name: c.name } : null, path: c.path, total: count(rows, STAT_STATES), counts: stateCounts(rows) }));
  return {
    total: count(byCatState, STAT_STATES),
    byState: stateCounts(byCatState),
    byCategory: categoryRows,
    bySubmitterType: PROPOSAL_SUBMITTER_TYPES.map((t) => {
      const rows = bySubmitter.filter((r) => r.submitterType === t);
      return { submitterType: t, label: PROPOSAL_SUBMITTER_TYPE_LABELS[t], total: count(rows, STAT_STATES), filed: count(rows, PROPOSAL_FILED_STATES), notFiled: count(rows, ["NOT_FILED"]), closed: count(rows, ["CLOSED"]) };
    }),
    bySector,
    byUnit,
    bySatisfaction: PROPOSAL_SATISFACTIONS.map((s) => ({ satisfaction: s, label: PROPOSAL_SATISFACTION_LABELS[s], count: satisfaction.get(s) ?? 0 })),
  };
}

const scopeSql = (s: StatScope) =>
  Prisma.sql`${s.sessionId ? Prisma.sql`AND p.session_id = ${s.sessionId}::uuid` : Prisma.empty} ${s.meetingId ? Prisma.sql`AND p.meeting_id = ${s.meetingId}::uuid` : Prisma.empty}`;

/** Per unit over its live assignments; result class from the unit's latest reply, satisfaction from the proposal's latest feedback. */
export async function unitStatistics(db: Tx, tenantId: string, scope: StatScope): Promise<ProposalUnitStatRow[]> {
  const today = dateOf(todayInChina());
  const rows = await db.$queryRaw<Record<string, number | string>[]>`
    SELECT u.id AS unit_id, u.name AS unit_name,
           count(a.id)::int AS assigned,
           count(a.id) FILTER (WHERE a.role = 'LEAD')::int AS lead,
           count(a.id) FILTER (WHERE a.role = 'CO')::int AS co,
           count(a.id) FILTER (WHERE a.signed_at IS NOT NULL)::int AS signed,
           count(a.id) FILTER (WHERE a.signed_at IS NULL)::int AS not_signed,
           count(a.id) FILTER (WHERE a.replied_at IS NOT NULL)::int AS replied,
           count(a.id) FILTER (WHERE a.replied_at IS NULL AND a.deadline < ${today}::date AND p.state <> 'CLOSED')::int AS overdue,
           count(a.id) FILTER (WHERE a.role = 'LEAD' AND r.result = 'A')::int AS result_a,
           count(a.id) FILTER (WHERE a.role = 'LEAD' AND r.result = 'B')::int AS result_b,
           count(a.id) FILTER (WHERE a.role = 'LEAD' AND r.result = 'C')::int AS result_c,
           count(a.id) FILTER (WHERE a.role = 'LEAD' AND f.satisfaction = 'SATISFIED')::int AS satisfied,
           count(a.id) FILTER (WHERE a.role = 'LEAD' AND f.satisfaction = 'BASICALLY_SATISFIED')::int AS basically_satisfied,
           count(a.id) FILTER (WHERE a.role = 'LEAD' AND f.satisfaction = 'DISSATISFIED')::int AS dissatisfied
      FROM proposal_assignment a
      JOIN proposal p ON p.tenant_id = a.tenant_id AND p.id = a.proposal_id
      JOIN handling_unit u ON u.tenant_id = a.tenant_id AND u.id = a.unit_id
      LEFT JOIN LATERAL (SELECT result FROM proposal_reply x WHERE x.tenant_id = a.tenant_id AND x.assignment_id = a.id ORDER BY x.round DESC LIMIT 1) r ON true
      LEFT JOIN LATERAL (SELECT satisfaction FROM proposal_feedback y WHERE y.tenant_id = p.tenant_id AND y.proposal_id = p.id ORDER BY y.round DESC LIMIT 1) f ON true
     WHERE a.tenant_id = ${tenantId}::uuid AND a.status = 'ACTIVE' ${scopeSql(scope)}
     GROUP BY u.id, u.name, u.sort_order
     ORDER BY u.sort_order, u.name`;
  return rows.map((r) => ({
    unit: { id: String(r.unit_id), name: String(r.unit_name) },
    assigned: Number(r.assigned), lead: Number(r.lead), co: Number(r.co), signed: Number(r.signed), notSigned: Number(r.not_signed),
    replied: Number(r.replied), overdue: Number(r.overdue), resultA: Number(r.result_a), resultB: Number(r.result_b), resultC: Number(r.result_c),
    satisfied: Number(r.satisfied), basicallySatisfied: Number(r.basically_satisfied), dissatisfied: Number(r.dissatisfied),
  }));
}

/** 委员提案 by the sector (界别) of the submitter's term in the proposal's session; no term → 未登记界别 (last). */
export async function sectorStatistics(db: Tx, tenantId: string, scope: StatScope): Promise<ProposalSectorStatRow[]> {
  const states = Prisma.join(STAT_STATES.map((s) => Prisma.sql`${s}::"ProposalState"`));
  const filed = Prisma.join(PROPOSAL_FILED_STATES.map((s) => Prisma.sql`${s}::"ProposalState"`));
  const rows = await db.$queryRaw<{ sector_id: string | null; sector_name: string | null; total: number; filed: number; not_filed: number; closed: number }[]>`
    SELECT d.id AS sector_id, d.name AS sector_name,
           count(*)::int AS total,
           count(*) FILTER (WHERE p.state IN (${filed}))::int AS filed,
           count(*) FILTER (WHERE p.state = 'NOT_FILED')::int AS not_filed,
           count(*) FILTER (WHERE p.state = 'CLOSED')::int AS closed
      FROM proposal p
      LEFT JOIN member_term t ON t.tenant_id = p.tenant_id AND t.member_id = p.member_id AND t.session_id = p.session_id
      LEFT JOIN dict_item d ON d.tenant_id = t.tenant_id AND d.id = t.sector_id
     WHERE p.tenant_id = ${tenantId}::uuid AND p.submitter_type = 'MEMBER' AND p.state IN (${states}) ${scopeSql(scope)}
     GROUP BY d.id, d.name, d.sort_order
     ORDER BY d.sort_order NULLS LAST, d.name`;
  return rows.map((r) => ({
    sector: r.sector_id ? { id: String(r.sector_id), name: String(r.sector_name) } : null,
    label: r.sector_name ?? "未登记界别",
    total: Number(r.total), filed: Number(r.filed), notFiled: Number(r.not_filed), closed: Number(r.closed),
  }));
}

async function satisfactionCounts(db: Tx, tenantId: string, scope: StatScope) {
  const rows = await db.$queryRaw<{ satisfaction: ProposalSatisfaction; n: number }[]>`
    SELECT satisfaction, count(*)::int AS n FROM (
      SELECT DISTINCT ON (f.proposal_id) f.satisfaction
        FROM proposal_feedback f JOIN proposal p ON p.tenant_id = f.tenant_id AND p.id = f.proposal_id
       WHERE f.tenant_id = ${tenantId}::uuid ${scopeSql(scope)}
       ORDER BY f.proposal_id, f.round DESC) latest
     GROUP BY satisfaction`;
  return new Map(rows.map((r) => [r.satisfaction, Number(r.n)]));
}

export async function getProposalStatistics(ctx: Context, scope: StatScope) {
  const s = parseScope(scope);
  const tenantId = ctx.tenantId;
  return ctx.uow(({ db }) => computeProposalStatistics(db, tenantId, s));
}
