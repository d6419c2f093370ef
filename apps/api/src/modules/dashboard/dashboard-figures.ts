import { PROPOSAL_FILED_STATES, PROPOSAL_SATISFACTION_LABELS, PROPOSAL_SATISFACTIONS, PROPOSAL_STATE_LABELS, type ProposalState } from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import { STAT_STATES } from "../proposals/use-cases/get-proposal-statistics";
import type { Dashboard, DashboardCount, DashboardSession, DashboardUnitRow } from "./dashboard.types";

/** What dashboard_figures (migration 20261125070000_dashboard) returns: keys and counts, labels of dictionaries. */
export interface RawFigures {
  proposals: {
    byState: { key: string; n: number }[];
    byCategory: { key: string; label: string; n: number }[];
    byUnit: { key: string; label: string; assigned: number; replied: number; overdue: number }[];
    satisfaction: { key: string; n: number }[];
    handling: { assignments: number; onTime: number; late: number; overdue: number; pending: number };
  };
  opinions: { submitted: number; adopted: number; inJournal: number; published: number; instructed: number };
  members: { total: number; bySector: { key: string; label: string; n: number }[]; byParty: { key: string; label: string; n: number }[] };
  meetings: { meetings: number; invited: number; attended: number; leave: number; absent: number };
}

export interface FigureScope {
  tenantId: string;
  tenantName: string;
  session: DashboardSession | null;
  from: string | null;
  to: string | null;
}

/** Percent with two decimals, as the modules' statistics give it (0 when nothing to divide by). */
export const percent = (n: number, d: number) => (d ? Math.round((n * 10000) / d) / 100 : 0);

const counts = (rows: { key: string; label: string; n: number }[]): DashboardCount[] => rows.map((r) => ({ key: r.key, label: r.label, count: r.n }));

/** Labels and derived numbers on top of the raw counts; states in the order of the workflow. */
export function presentFigures(raw: RawFigures, scope: FigureScope): Omit<Dashboard, "topPerformers"> {
  const p = raw.proposals;
  const state = new Map(p.byState.map((s) => [s.key, s.n]));
  const sum = (states: readonly ProposalState[]) => states.reduce((n, s) => n + (state.get(s) ?? 0), 0);
  const sat = new Map(p.satisfaction.map((s) => [s.key, s.n]));
  const rated = p.satisfaction.reduce((n, s) => n + s.n, 0);
  const h = p.handling;
  const m = raw.meetings;
  const o = raw.opinions;
  return {
    ...scope,
    proposals: {
      total: sum(STAT_STATES),
      filed: sum(PROPOSAL_FILED_STATES),
      notFiled: sum(["NOT_FILED"]),
      closed: sum(["CLOSED"]),
      byState: STAT_STATES.map((s) => ({ key: s, label: PROPOSAL_STATE_LABELS[s], count: state.get(s) ?? 0 })),
      byCategory: counts(p.byCategory),
      byUnit: p.byUnit.map((u): DashboardUnitRow => ({ key: u.key, label: u.label, assigned: u.assigned, replied: u.replied, overdue: u.overdue })),
      handling: { ...h, onTimeRate: percent(h.onTime, h.onTime + h.late) },
      satisfaction: PROPOSAL_SATISFACTIONS.map((s) => ({ key: s, label: PROPOSAL_SATISFACTION_LABELS[s], count: sat.get(s) ?? 0 })),
      rated,
      satisfactionRate: percent((sat.get("SATISFIED") ?? 0) + (sat.get("BASICALLY_SATISFIED") ?? 0), rated),
    },
    opinions: { ...o, adoptionRate: percent(o.adopted, o.submitted) },
    members: { total: raw.members.total, bySector: counts(raw.members.bySector), byParty: counts(raw.members.byParty) },
    meetings: { ...m, attendanceRate: percent(m.attended, m.attended + m.leave + m.absent) },
  };
}

/** One committee's raw figures, read with the caller's rights (RLS on, scoped to that committee). */
export async function readFigures(db: Tx, tenantId: string, sessionId: string | null, from: string | null, to: string | null): Promise<RawFigures> {
  const [row] = await db.$queryRaw<{ figures: RawFigures }[]>`
    SELECT dashboard_figures(${tenantId}::uuid, ${sessionId}::uuid, ${from}::date, ${to}::date) AS figures`;
  return row!.figures;
}

/** Merge rows of several committees by label (each committee has its own dictionaries and units). */
function mergeByLabel<T extends { key: string; label: string }>(lists: T[][], add: (a: T, b: T) => T, order: (a: T, b: T) => number): T[] {
  const out = new Map<string, T>();
  for (const list of lists) for (const r of list) out.set(r.label, out.has(r.label) ? add(out.get(r.label)!, r) : { ...r, key: r.label });
  return [...out.values()].sort(order);
}

/** 全市合计: counts summed, rates recomputed from the sums (never averaged). */
export function sumDashboards(rows: Dashboard[], tenantName: string, scope: Pick<Dashboard, "session" | "from" | "to">): Dashboard {
  const t = <K extends string>(pick: (d: Dashboard) => Record<K, number>, keys: K[]) =>
    Object.fromEntries(keys.map((k) => [k, rows.reduce((n, d) => n + pick(d)[k], 0)])) as Record<K, number>;
  const addCount = (a: DashboardCount, b: DashboardCount) => ({ ...a, count: a.count + b.count });
  const byCount = (a: DashboardCount, b: DashboardCount) => b.count - a.count;
  const p = t((d) => d.proposals, ["total", "filed", "notFiled", "closed", "rated"]);
  const h = t((d) => d.proposals.handling, ["assignments", "onTime", "late", "overdue", "pending"]);
  const sat = (k: string) => rows.reduce((n, d) => n + (d.proposals.satisfaction.find((s) => s.key === k)?.count ?? 0), 0);
  const o = t((d) => d.opinions, ["submitted", "adopted", "inJournal", "published", "instructed"]);
  const m = t((d) => d.meetings, ["meetings", "invited", "attended", "leave", "absent"]);
  return {
    tenantId: "total",
    tenantName,
    ...scope,
    proposals: {
      ...p,
      byState: STAT_STATES.map((s) => ({ key: s, label: PROPOSAL_STATE_LABELS[s], count: rows.reduce((n, d) => n + (d.proposals.byState.find((x) => x.key === s)?.count ?? 0), 0) })),
      byCategory: mergeByLabel(rows.map((d) => d.proposals.byCategory), addCount, byCount),
      byUnit: mergeByLabel(
        rows.map((d) => d.proposals.byUnit),
        (a, b) => ({ ...a, assigned: a.assigned + b.assigned, replied: a.replied + b.replied, overdue: a.overdue + b.overdue }),
        (a, b) => b.assigned - a.assigned,
      ),
      handling: { ...h, onTimeRate: percent(h.onTime, h.onTime + h.late) },
      satisfaction: PROPOSAL_SATISFACTIONS.map((s) => ({ key: s, label: PROPOSAL_SATISFACTION_LABELS[s], count: sat(s) })),
      satisfactionRate: percent(sat("SATISFIED") + sat("BASICALLY_SATISFIED"), p.rated),
    },
    opinions: { ...o, adoptionRate: percent(o.adopted, o.submitted) },
    members: {
      total: rows.reduce((n, d) => n + d.members.total, 0),
      bySector: mergeByLabel(rows.map((d) => d.members.bySector), addCount, byCount),
      byParty: mergeByLabel(rows.map((d) => d.members.byParty), addCount, byCount),
    },
    meetings: { ...m, attendanceRate: percent(m.attended, m.attended + m.leave + m.absent) },
    topPerformers: [],
  };
}
