import type { AssessmentType } from "@zhzx/shared";
import type { Tx } from "../../../db/prisma";
import { chinaYear, sessionForYear, yearBounds, type ResolvedPeriod } from "./periods";
import { currentVersions, gradeBandsOf, type Actor } from "./rule-versions";
import { gradedCtes } from "./score-query";

export interface RunMeta {
  trigger: "RULE_CHANGE" | "MANUAL" | "SEED";
  note?: string | null;
  actor: Actor;
}

/**
 * Stores the period's scores for every member of its session as a new run (older runs stay: that is the
 * history). One INSERT … SELECT: the events are priced in PostgreSQL, never loaded.
 */
export async function recomputePeriod(db: Tx, tenantId: string, period: ResolvedPeriod, meta: RunMeta) {
  const versions = await currentVersions(db, tenantId, period.assessmentType, period.firstDay, period.lastDay);
  const run = await db.performanceScoreRun.create({
    data: {
      tenantId,
      assessmentType: period.assessmentType,
      year: period.year,
      sessionId: period.session.id,
      periodStart: period.start,
      periodEnd: period.end,
      ruleSetVersionIds: versions.map((v) => v.id),
      trigger: meta.trigger,
      note: meta.note ?? null,
      memberCount: 0,
      computedBy: meta.actor.userId,
      computedByName: meta.actor.name,
    },
  });
  const src = { tenantId, sessionId: period.session.id, start: period.start, end: period.end, versionIds: run.ruleSetVersionIds, bands: gradeBandsOf(versions) };
  const memberCount = await db.$executeRaw`
    INSERT INTO performance_score (tenant_id, run_id, member_id, total, raw_total, grade, rank, event_count)
    ${gradedCtes(src, null)}
    SELECT ${tenantId}::uuid, ${run.id}::uuid, member_id, total, raw_total, grade, rank, event_count FROM graded`;
  return db.performanceScoreRun.update({ where: { tenantId_id: { tenantId, id: run.id } }, data: { memberCount } });
}

export interface EffectiveRange {
  from: string;
  to: string | null;
}

/** Periods are stored only once they have begun; a rule set reaching back decades recomputes at most this many years. */
const MAX_YEARS = 30;

/**
 * The periods a change to a rule set of `type` touches: every begun year (年度考核) or session (届内考核)
 * overlapping any of the ranges (before and after the change).
 */
export async function affectedPeriods(db: Tx, tenantId: string, type: AssessmentType, ranges: EffectiveRange[]): Promise<ResolvedPeriod[]> {
  const thisYear = chinaYear();
  const spans = ranges.map((r) => ({ first: Number(r.from.slice(0, 4)), last: Math.min(r.to ? Number(r.to.slice(0, 4)) : thisYear, thisYear) })).filter((s) => s.first <= s.last);
  if (spans.length === 0) return [];
  if (type === "SESSION") {
    const sessions = await db.committeeSession.findMany({ where: { tenantId, startYear: { lte: thisYear } }, orderBy: { number: "asc" } });
    return sessions
      .filter((s) => spans.some((sp) => s.startYear <= sp.last && s.endYear >= sp.first))
      .map((session) => ({ assessmentType: "SESSION" as const, year: null, session, ...yearBounds(session.startYear, session.endYear) }));
  }
  const years = new Set<number>();
  for (const sp of spans) for (let y = Math.max(sp.first, sp.last - MAX_YEARS + 1); y <= sp.last; y++) years.add(y);
  const out: ResolvedPeriod[] = [];
  for (const year of [...years].sort((a, b) => a - b).slice(-MAX_YEARS)) {
    const session = await sessionForYear(db, tenantId, year);
    if (session) out.push({ assessmentType: "ANNUAL", year, session, ...yearBounds(year, year) });
  }
  return out;
}

export async function recomputeRanges(db: Tx, tenantId: string, type: AssessmentType, ranges: EffectiveRange[], meta: RunMeta) {
  const runs = [];
  for (const p of await affectedPeriods(db, tenantId, type, ranges)) runs.push(await recomputePeriod(db, tenantId, p, meta));
  return runs;
}
