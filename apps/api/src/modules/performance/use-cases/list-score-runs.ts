import type { AssessmentType } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { toSkipTake, type PageArgs } from "../../../core/pagination";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import type { Prisma } from "../../../generated/prisma/client";
import { presentRun } from "../performance.presenter";
import type { PerformanceScoreRunType } from "../rules.types";
import { versionsByIds } from "../scoring/rule-versions";

type RunRow = Prisma.PerformanceScoreRunGetPayload<object>;

/** Runs with their session and the rule-set versions that priced them (two queries for any number of runs). */
export async function presentRuns(db: Tx, tenantId: string, runs: RunRow[]): Promise<PerformanceScoreRunType[]> {
  if (runs.length === 0) return [];
  const sessions = await db.committeeSession.findMany({ where: { tenantId, id: { in: [...new Set(runs.map((r) => r.sessionId))] } } });
  const versions = await versionsByIds(db, tenantId, [...new Set(runs.flatMap((r) => r.ruleSetVersionIds))]);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return runs.map((r) => presentRun(r, byId.get(r.sessionId)!, versions));
}

export interface RunListFilter {
  assessmentType?: AssessmentType | null;
  year?: number | null;
  sessionId?: string | null;
}

/** 评分存档: newest first. */
export async function listScoreRuns(ctx: Context, f: RunListFilter, page: PageArgs) {
  const { skip, take } = toSkipTake(page);
  const tenantId = ctx.tenantId;
  const where = {
    tenantId,
    ...(f.assessmentType ? { assessmentType: f.assessmentType } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.sessionId ? { sessionId: parseId(f.sessionId, "届次") } : {}),
  };
  return ctx.uow(async ({ db }) => {
    const rows = await db.performanceScoreRun.findMany({ where, orderBy: [{ computedAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.performanceScoreRun.count({ where });
    return { items: await presentRuns(db, tenantId, rows), total };
  });
}

/** One member's stored scores, newest first: each names the rule-set versions that produced it. */
export async function memberScoreHistory(ctx: Context, memberId: string, f: RunListFilter) {
  const tenantId = ctx.tenantId;
  const id = parseId(memberId, "委员");
  return ctx.uow(async ({ db }) => {
    const rows = await db.performanceScore.findMany({
      where: {
        tenantId,
        memberId: id,
        run: { ...(f.assessmentType ? { assessmentType: f.assessmentType } : {}), ...(f.year ? { year: f.year } : {}), ...(f.sessionId ? { sessionId: parseId(f.sessionId, "届次") } : {}) },
      },
      include: { run: true },
      orderBy: [{ run: { computedAt: "desc" } }, { runId: "asc" }],
      take: 200,
    });
    const runs = await presentRuns(db, tenantId, rows.map((r) => r.run));
    return rows.map((r, i) => ({ run: runs[i]!, total: Number(r.total), rawTotal: Number(r.rawTotal), grade: r.grade, rank: r.rank, eventCount: r.eventCount }));
  });
}
