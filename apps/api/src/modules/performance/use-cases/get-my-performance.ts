import { PERFORMANCE_EVENT_KINDS, PERFORMANCE_EVENT_LABELS, type PerformancePeriodInput as PeriodInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { findOwnProfileId } from "../../members/members.policy";
import type { FileDownload } from "../../organisation/files.types";
import type { KindCount } from "../participation.types";
import { chinaYear } from "../scoring/periods";
import { scoreContext } from "../scoring/score-context";
import type { PerformancePeriodInput, PerformanceScoreExplanation } from "../scores.types";
import { explainMember } from "./explain-score";
import { exportMemberArchive } from "./export-member-archive";
import { parseScoreArgs } from "./rank-scores";

export interface MyPerformanceResult {
  score: PerformanceScoreExplanation;
  counts: KindCount[];
  rankVisible: boolean;
}

/** Default: this year's 年度考核. */
const periodOrDefault = (p: PerformancePeriodInput | null | undefined): PerformancePeriodInput => p ?? { assessmentType: "ANNUAL", year: chinaYear() };

/**
 * 我的履职: the member's own score, explanation and acts — the profile comes from the session, never
 * from an argument. The rank shows only when the committee's rule set says so.
 */
export async function getMyPerformance(ctx: Context, periodInput?: PerformancePeriodInput | null): Promise<MyPerformanceResult> {
  const { period } = parseScoreArgs({ period: periodOrDefault(periodInput) as PeriodInput });
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const memberId = await findOwnProfileId(db, tenantId, ctx.viewer!);
    const sc = await scoreContext(db, tenantId, period);
    const score = await explainMember(db, tenantId, memberId, sc);
    const last = sc.versions.at(-1);
    const rankVisible = !!last && !!(await db.performanceRuleSet.findUnique({ where: { tenantId_id: { tenantId, id: last.ruleSetId } }, select: { showRankInPortal: true } }))?.showRankInPortal;
    const byKind = new Map<string, number>();
    for (const l of score.lines) byKind.set(l.kind, (byKind.get(l.kind) ?? 0) + 1);
    return {
      score: rankVisible ? score : { ...score, rank: null, rankOf: null },
      counts: PERFORMANCE_EVENT_KINDS.map((kind) => ({ kind, label: PERFORMANCE_EVENT_LABELS[kind], count: byKind.get(kind) ?? 0 })),
      rankVisible,
    };
  });
}

/** The member's own archive (.docx), as staff would export it. */
export async function exportMyArchive(ctx: Context, periodInput?: PerformancePeriodInput | null): Promise<FileDownload> {
  const memberId = await ctx.uow(({ db }) => findOwnProfileId(db, ctx.tenantId, ctx.viewer!));
  return exportMemberArchive(ctx, memberId, periodOrDefault(periodInput));
}
