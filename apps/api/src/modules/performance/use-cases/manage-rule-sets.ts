import { ASSESSMENT_TYPE_LABELS, performanceRuleSetInput, ruleChangeNote, updatePerformanceRuleSetInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Prisma } from "../../../generated/prisma/client";
import type { CreatePerformanceRuleSetInput, PerformanceRuleChangeResult, UpdatePerformanceRuleSetInput } from "../rules.types";
import { describeRule } from "./manage-rules";
import { assertNoOverlap, commitRuleChange, dayValue, loadRuleSet, lockRules, rangeOf } from "./rule-change";

/** 新建考核办法, with its rules, as version 1; the periods it covers are scored at once. */
export async function createRuleSet(ctx: Context, input: CreatePerformanceRuleSetInput): Promise<PerformanceRuleChangeResult> {
  const data = parseInput(performanceRuleSetInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await lockRules(db, tenantId);
    await assertNoOverlap(db, tenantId, data.assessmentType, { from: data.effectiveFrom, to: data.effectiveTo });
    const rs = await db.performanceRuleSet.create({
      data: {
        tenantId,
        name: data.name,
        assessmentType: data.assessmentType,
        effectiveFrom: dayValue(data.effectiveFrom),
        effectiveTo: data.effectiveTo ? dayValue(data.effectiveTo) : null,
        description: data.description,
        grades: data.grades as Prisma.InputJsonValue,
        showRankInPortal: data.showRankInPortal,
      },
    });
    if (data.rules.length) await db.performanceRule.createMany({ data: data.rules.map((r) => ({ tenantId, ruleSetId: rs.id, ...r })) });
    const change = `新建${ASSESSMENT_TYPE_LABELS[data.assessmentType]}办法（${data.rules.length} 条规则）`;
    const result = await commitRuleChange(db, ctx, rs.id, change, { recompute: true, initial: true });
    audit({
      action: "performance.rule_set.create",
      targetType: "PerformanceRuleSet",
      targetId: rs.id,
      detail: { name: data.name, assessmentType: data.assessmentType, effectiveFrom: data.effectiveFrom, effectiveTo: data.effectiveTo, rules: data.rules.map(describeRule), recomputedRuns: result.recomputedRuns.length },
    });
    return result;
  });
}

const FIELD_LABELS: Record<string, string> = { name: "名称", effectiveFrom: "生效日期", effectiveTo: "失效日期", description: "说明", grades: "等级", showRankInPortal: "委员端显示排名" };

/** 修改考核办法: a new version; a change of period or 等级 re-scores the periods before and after. */
export async function updateRuleSet(ctx: Context, id: string, input: UpdatePerformanceRuleSetInput): Promise<PerformanceRuleChangeResult> {
  const data = parseInput(updatePerformanceRuleSetInput, input);
  const ruleSetId = parseId(id, "考核办法");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await lockRules(db, tenantId);
    const before = await loadRuleSet(db, tenantId, ruleSetId);
    const was = rangeOf(before);
    const range = { from: data.effectiveFrom ?? was.from, to: data.effectiveTo === undefined ? was.to : data.effectiveTo };
    if (range.to && range.to < range.from) throw ValidationFailed("失效日期不能早于生效日期", { effectiveTo: "失效日期不能早于生效日期" });
    await assertNoOverlap(db, tenantId, before.assessmentType, range, ruleSetId);
    await db.performanceRuleSet.update({
      where: { tenantId_id: { tenantId, id: ruleSetId } },
      data: {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.effectiveFrom !== undefined ? { effectiveFrom: dayValue(data.effectiveFrom) } : {}),
        ...(data.effectiveTo !== undefined ? { effectiveTo: data.effectiveTo ? dayValue(data.effectiveTo) : null } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
        ...(data.grades !== undefined ? { grades: data.grades as Prisma.InputJsonValue } : {}),
        ...(data.showRankInPortal !== undefined ? { showRankInPortal: data.showRankInPortal } : {}),
      },
    });
    const changed = Object.keys(data).filter((k) => data[k as keyof typeof data] !== undefined);
    const scoring = range.from !== was.from || range.to !== was.to || data.grades !== undefined;
    const change = `修改考核办法：${changed.map((k) => FIELD_LABELS[k] ?? k).join("、") || "无变化"}`;
    const result = await commitRuleChange(db, ctx, ruleSetId, change, { rangesBefore: [was], recompute: scoring });
    audit({
      action: "performance.rule_set.update",
      targetType: "PerformanceRuleSet",
      targetId: ruleSetId,
      detail: { from: { name: before.name, ...was, grades: before.grades, showRankInPortal: before.showRankInPortal }, to: data, version: result.ruleSet.version, recomputedRuns: result.recomputedRuns.length },
    });
    return result;
  });
}

/**
 * 删除考核办法: the set stops counting at once (its periods are re-scored without it) but its versions
 * stay, so scores stored under it remain explainable.
 */
export async function deleteRuleSet(ctx: Context, id: string, note?: string | null): Promise<PerformanceRuleChangeResult> {
  const ruleSetId = parseId(id, "考核办法");
  const reason = parseInput(ruleChangeNote, note);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await lockRules(db, tenantId);
    const before = await loadRuleSet(db, tenantId, ruleSetId);
    await db.performanceRuleSet.update({ where: { tenantId_id: { tenantId, id: ruleSetId } }, data: { deletedAt: new Date() } });
    const result = await commitRuleChange(db, ctx, ruleSetId, `删除考核办法${reason ? `：${reason}` : ""}`, { recompute: true, deleted: true, rangesBefore: [rangeOf(before)] });
    audit({ action: "performance.rule_set.delete", targetType: "PerformanceRuleSet", targetId: ruleSetId, detail: { name: before.name, reason, recomputedRuns: result.recomputedRuns.length } });
    return result;
  });
}
