import { performanceRuleInput, PERFORMANCE_EVENT_LABELS, updatePerformanceRuleInput, type PerformanceEventKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { PerformanceRuleChangeResult, PerformanceRuleInput, UpdatePerformanceRuleInput } from "../rules.types";
import { commitRuleChange, loadRuleSet, lockRules } from "./rule-change";

type RuleLike = { kind: string; points: unknown; maxItems: number | null; maxPointsPerYear: unknown; enabled: boolean };
const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const label = (kind: string) => PERFORMANCE_EVENT_LABELS[kind as PerformanceEventKind] ?? kind;
const pointsText = (p: number | null) => (p === null ? "按录入分值" : `${p > 0 ? "+" : ""}${p} 分/项`);

/** “大会发言 +5 分/项，每年最多 3 项，每年不超过 15 分”. */
export function describeRule(r: RuleLike) {
  const max = n(r.maxPointsPerYear);
  return `${label(r.kind)} ${pointsText(n(r.points))}${r.maxItems ? `，每年最多 ${r.maxItems} 项` : ""}${max ? `，每年不超过 ${max} 分` : ""}${r.enabled ? "" : "（停用）"}`;
}

function describeEdit(before: RuleLike, after: RuleLike) {
  const parts: string[] = [];
  if (n(before.points) !== n(after.points)) parts.push(`每项分值 ${pointsText(n(before.points))} → ${pointsText(n(after.points))}`);
  if (before.maxItems !== after.maxItems) parts.push(`每年计分次数上限 ${before.maxItems ?? "不限"} → ${after.maxItems ?? "不限"}`);
  if (n(before.maxPointsPerYear) !== n(after.maxPointsPerYear)) parts.push(`每年分值上限 ${n(before.maxPointsPerYear) ?? "不限"} → ${n(after.maxPointsPerYear) ?? "不限"}`);
  if (before.enabled !== after.enabled) parts.push(after.enabled ? "启用" : "停用");
  return `修改规则“${label(after.kind)}”：${parts.join("；") || "说明或排序"}`;
}

async function loadRule(db: Tx, tenantId: string, id: string) {
  const rule = await db.performanceRule.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "规则") } }, include: { ruleSet: true } });
  if (!rule || rule.ruleSet.deletedAt) throw NotFound("评分规则不存在");
  return rule;
}

/** 新增规则: one rule per event kind in a rule set. */
export async function addRule(ctx: Context, ruleSetId: string, input: PerformanceRuleInput): Promise<PerformanceRuleChangeResult> {
  const data = parseInput(performanceRuleInput, input);
  const setId = parseId(ruleSetId, "考核办法");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await lockRules(db, tenantId);
    const rs = await loadRuleSet(db, tenantId, setId);
    if (rs.rules.some((r) => r.kind === data.kind)) throw Conflict(`该考核办法已有“${label(data.kind)}”的规则，请修改原规则`);
    const rule = await db.performanceRule.create({ data: { tenantId, ruleSetId: setId, ...data } });
    const result = await commitRuleChange(db, ctx, setId, `新增规则：${describeRule(rule)}`, { recompute: true });
    audit({ action: "performance.rule.create", targetType: "PerformanceRule", targetId: rule.id, detail: { ruleSetId: setId, rule: describeRule(rule), version: result.ruleSet.version } });
    return result;
  });
}

/** 修改规则 (also 启用/停用): the rule set gets a new version and its periods are re-scored. */
export async function updateRule(ctx: Context, id: string, input: UpdatePerformanceRuleInput): Promise<PerformanceRuleChangeResult> {
  const data = parseInput(updatePerformanceRuleInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await lockRules(db, tenantId);
    const before = await loadRule(db, tenantId, id);
    if (data.points === null && before.kind !== "BONUS") throw ValidationFailed("请输入每项分值（仅“其他考核加减分”可按录入分值计）", { points: "请输入每项分值" });
    const after = await db.performanceRule.update({
      where: { tenantId_id: { tenantId, id: before.id } },
      data: Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
    });
    const result = await commitRuleChange(db, ctx, before.ruleSetId, describeEdit(before, after), { recompute: true });
    audit({
      action: data.enabled !== undefined && Object.keys(data).length === 1 ? (data.enabled ? "performance.rule.enable" : "performance.rule.disable") : "performance.rule.update",
      targetType: "PerformanceRule",
      targetId: before.id,
      detail: { ruleSetId: before.ruleSetId, from: describeRule(before), to: describeRule(after), version: result.ruleSet.version },
    });
    return result;
  });
}

export const setRuleEnabled = (ctx: Context, id: string, enabled: boolean) => updateRule(ctx, id, { enabled });

/** 删除规则: the kind stops counting in this rule set; earlier versions keep the rule. */
export async function deleteRule(ctx: Context, id: string): Promise<PerformanceRuleChangeResult> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await lockRules(db, tenantId);
    const rule = await loadRule(db, tenantId, id);
    await db.performanceRule.delete({ where: { tenantId_id: { tenantId, id: rule.id } } });
    const result = await commitRuleChange(db, ctx, rule.ruleSetId, `删除规则：${describeRule(rule)}`, { recompute: true });
    audit({ action: "performance.rule.delete", targetType: "PerformanceRule", targetId: rule.id, detail: { ruleSetId: rule.ruleSetId, rule: describeRule(rule), version: result.ruleSet.version } });
    return result;
  });
}
