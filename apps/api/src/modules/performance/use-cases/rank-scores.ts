import { performancePeriodInput, performanceScoreFilterInput, scoreSortDirection, type Gender } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import { presentVersionRef } from "../performance.presenter";
import { presentPeriod, scoreContext, sourceOf } from "../scoring/score-context";
import { queryScores, type ScoreRow } from "../scoring/score-query";
import type { PerformanceScoreArgs, PerformanceScorePage, PerformanceScoreRow } from "../scores.types";
import { presentRuns } from "./list-score-runs";

const round2 = (n: number) => Math.round(n * 100) / 100;

export const presentScoreRow = (r: ScoreRow): PerformanceScoreRow => ({
  member: { id: r.member_id, name: r.name, gender: r.gender as Gender, workUnitTitle: r.work_unit_title },
  sector: { id: r.sector_id, name: r.sector_name },
  party: { id: r.party_id, name: r.party_name },
  memberType: { id: r.member_type_id, name: r.member_type_name },
  specialCommittee: r.special_committee_id ? { id: r.special_committee_id, name: r.special_committee_name! } : null,
  total: round2(r.total),
  rawTotal: round2(r.raw_total),
  cappedPoints: round2(r.raw_total - r.total),
  eventCount: r.event_count,
  rank: r.rank,
  grade: r.grade,
});

export function parseScoreArgs(args: Pick<PerformanceScoreArgs, "period"> & Partial<Pick<PerformanceScoreArgs, "filter" | "direction" | "runId">>) {
  return {
    period: parseInput(performancePeriodInput, args.period),
    filter: parseInput(performanceScoreFilterInput, args.filter ?? {}),
    direction: parseInput(scoreSortDirection, args.direction ?? "DESC"),
    runId: args.runId ? parseId(args.runId, "评分存档") : null,
  };
}

/**
 * 委员评分 and 履职档案: a page of members with total, 等级 and rank for the period, priced live by the
 * current rules (or read from a stored run), filtered and sorted in PostgreSQL.
 */
export async function rankScores(ctx: Context, args: PerformanceScoreArgs): Promise<PerformanceScorePage> {
  const { period, filter, direction, runId } = parseScoreArgs(args);
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const sc = await scoreContext(db, tenantId, period, runId);
    const { rows, total } = await queryScores(db, sourceOf(tenantId, sc), filter, { direction, skip, take });
    return {
      items: rows.map(presentScoreRow),
      total,
      period: presentPeriod(sc.period),
      ruleSetVersions: sc.versions.map(presentVersionRef),
      grades: sc.bands,
      run: sc.run ? (await presentRuns(db, tenantId, [sc.run]))[0]! : null,
    };
  });
}
