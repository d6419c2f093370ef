import { performancePeriodInput, ruleChangeNote } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseInput } from "../../../core/validate";
import type { PerformancePeriodInput } from "../scores.types";
import { resolvePeriod } from "../scoring/periods";
import { recomputePeriod } from "../scoring/recompute";
import { presentRuns } from "./list-score-runs";
import { actorOf } from "./rule-change";

/** 存档: staff freeze a period's scores now (e.g. the year-end 年度考核 result); audited. */
export async function recomputeScores(ctx: Context, periodInput: PerformancePeriodInput, note?: string | null) {
  const input = parseInput(performancePeriodInput, periodInput);
  const text = parseInput(ruleChangeNote, note);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const period = await resolvePeriod(db, tenantId, input);
    const run = await recomputePeriod(db, tenantId, period, { trigger: "MANUAL", note: text, actor: actorOf(ctx) });
    audit({
      action: "performance.scores.recompute",
      targetType: "PerformanceScoreRun",
      targetId: run.id,
      detail: { assessmentType: period.assessmentType, year: period.year, sessionId: period.session.id, memberCount: run.memberCount, note: text },
    });
    return (await presentRuns(db, tenantId, [run]))[0]!;
  });
}
