import type { GradeBand, PerformancePeriodInput } from "@zhzx/shared";
import { NotFound } from "../../../core/errors";
import type { Tx } from "../../../db/prisma";
import type { Prisma } from "../../../generated/prisma/client";
import type { PerformancePeriodType } from "../scores.types";
import { chinaDay, loadSession, resolvePeriod, type ResolvedPeriod } from "./periods";
import { currentVersions, gradeBandsOf, versionsByIds, type VersionRef } from "./rule-versions";
import type { ScoreSource } from "./score-query";

export interface ScoreContext {
  period: ResolvedPeriod;
  versions: VersionRef[];
  bands: GradeBand[];
  /** Set when reading a stored run: its period, versions and scores win over the input period. */
  run: Prisma.PerformanceScoreRunGetPayload<object> | null;
}

/** Everything a score query needs: the period, the rule-set versions that price it, the 等级 bands. */
export async function scoreContext(db: Tx, tenantId: string, input: PerformancePeriodInput, runId?: string | null): Promise<ScoreContext> {
  if (runId) {
    const run = await db.performanceScoreRun.findUnique({ where: { tenantId_id: { tenantId, id: runId } } });
    if (!run) throw NotFound("评分存档不存在");
    const session = await loadSession(db, tenantId, run.sessionId);
    const period: ResolvedPeriod = {
      assessmentType: run.assessmentType,
      year: run.year,
      session,
      start: run.periodStart,
      end: run.periodEnd,
      firstDay: chinaDay(run.periodStart),
      lastDay: chinaDay(new Date(run.periodEnd.getTime() - 1)),
    };
    const versions = await versionsByIds(db, tenantId, run.ruleSetVersionIds);
    return { period, versions, bands: gradeBandsOf(versions), run };
  }
  const period = await resolvePeriod(db, tenantId, input);
  const versions = await currentVersions(db, tenantId, period.assessmentType, period.firstDay, period.lastDay);
  return { period, versions, bands: gradeBandsOf(versions), run: null };
}

export const sourceOf = (tenantId: string, sc: ScoreContext): ScoreSource => ({
  tenantId,
  sessionId: sc.period.session.id,
  start: sc.period.start,
  end: sc.period.end,
  versionIds: sc.versions.map((v) => v.id),
  bands: sc.bands,
  runId: sc.run?.id ?? null,
});

export const presentPeriod = (p: ResolvedPeriod): PerformancePeriodType => ({
  assessmentType: p.assessmentType,
  year: p.year,
  session: { id: p.session.id, name: p.session.name, number: p.session.number, isCurrent: p.session.isCurrent },
  firstDay: p.firstDay,
  lastDay: p.lastDay,
});
