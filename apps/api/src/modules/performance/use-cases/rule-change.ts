import type { AssessmentType } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound } from "../../../core/errors";
import type { Tx } from "../../../db/prisma";
import { presentRuleSet } from "../performance.presenter";
import type { PerformanceRuleChangeResult } from "../rules.types";
import { dateOnly } from "../scoring/periods";
import { recomputeRanges, type EffectiveRange } from "../scoring/recompute";
import { writeRuleSetVersion, type Actor } from "../scoring/rule-versions";
import { presentRuns } from "./list-score-runs";

export const actorOf = (ctx: Context): Actor => ({ userId: ctx.viewer?.userId ?? null, name: ctx.viewer?.displayName ?? null });

/** Rule edits of one committee run one at a time: version numbers and the no-overlap check stay true. */
export const lockRules = (db: Tx, tenantId: string) => db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`performance-rules:${tenantId}`}))`;

/** A day (YYYY-MM-DD) for a DATE column. */
export const dayValue = (day: string) => new Date(`${day}T00:00:00Z`);

export async function loadRuleSet(db: Tx, tenantId: string, id: string) {
  const rs = await db.performanceRuleSet.findUnique({
    where: { tenantId_id: { tenantId, id } },
    include: { rules: { orderBy: [{ sortOrder: "asc" }, { kind: "asc" }] } },
  });
  if (!rs || rs.deletedAt) throw NotFound("考核办法不存在");
  return rs;
}
export type RuleSetRow = Awaited<ReturnType<typeof loadRuleSet>>;

export const rangeOf = (rs: { effectiveFrom: Date; effectiveTo: Date | null }): EffectiveRange => ({
  from: dateOnly(rs.effectiveFrom),
  to: rs.effectiveTo ? dateOnly(rs.effectiveTo) : null,
});

/** Two rule sets of one assessment type may not be in effect on the same day: each event has one rule. */
export async function assertNoOverlap(db: Tx, tenantId: string, type: AssessmentType, range: EffectiveRange, exceptId?: string) {
  const clash = await db.performanceRuleSet.findFirst({
    where: {
      tenantId,
      assessmentType: type,
      deletedAt: null,
      ...(exceptId ? { id: { not: exceptId } } : {}),
      ...(range.to ? { effectiveFrom: { lte: dayValue(range.to) } } : {}),
      OR: [{ effectiveTo: null }, { effectiveTo: { gte: dayValue(range.from) } }],
    },
    select: { name: true },
  });
  if (clash) throw Conflict(`生效期与“${clash.name}”重叠：同一考核类型的考核办法生效期不能重叠`);
}

/**
 * After any change to a rule set: freeze it as a new version and, when scoring is affected, store new
 * runs for every begun period the old or new effective range touches. Old runs keep their versions.
 */
export async function commitRuleChange(
  db: Tx,
  ctx: Context,
  ruleSetId: string,
  change: string,
  opts: { rangesBefore?: EffectiveRange[]; recompute: boolean; initial?: boolean; deleted?: boolean },
): Promise<PerformanceRuleChangeResult> {
  const tenantId = ctx.tenantId;
  const actor = actorOf(ctx);
  await writeRuleSetVersion(db, tenantId, ruleSetId, change, actor, { initial: opts.initial, deleted: opts.deleted });
  const rs = await db.performanceRuleSet.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: ruleSetId } }, include: { rules: { orderBy: [{ sortOrder: "asc" }, { kind: "asc" }] } } });
  const runs = opts.recompute
    ? await recomputeRanges(db, tenantId, rs.assessmentType, [...(opts.rangesBefore ?? []), rangeOf(rs)], { trigger: "RULE_CHANGE", note: `${rs.name} 第 ${rs.version} 版：${change}`, actor })
    : [];
  return { ruleSet: presentRuleSet(rs), recomputedRuns: await presentRuns(db, tenantId, runs) };
}
