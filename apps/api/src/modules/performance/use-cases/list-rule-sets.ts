import type { AssessmentType } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { presentRuleSet, presentVersion } from "../performance.presenter";
import { loadRuleSet } from "./rule-change";

/** 评分规则: the committee's rule sets, newest period first (deleted ones only when asked). */
export async function listRuleSets(ctx: Context, assessmentType: AssessmentType | null, includeDeleted: boolean) {
  const tenantId = ctx.tenantId;
  const rows = await ctx.uow(({ db }) =>
    db.performanceRuleSet.findMany({
      where: { tenantId, ...(assessmentType ? { assessmentType } : {}), ...(includeDeleted ? {} : { deletedAt: null }) },
      include: { rules: { orderBy: [{ sortOrder: "asc" }, { kind: "asc" }] } },
      orderBy: [{ assessmentType: "asc" }, { effectiveFrom: "desc" }, { id: "asc" }],
    }),
  );
  return rows.map(presentRuleSet);
}

export async function getRuleSet(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return presentRuleSet(await ctx.uow(({ db }) => loadRuleSet(db, tenantId, parseId(id, "考核办法"))));
}

/** Every version of a rule set, newest first: what the rules were when each stored score was computed. */
export async function listRuleSetVersions(ctx: Context, ruleSetId: string) {
  const tenantId = ctx.tenantId;
  const id = parseId(ruleSetId, "考核办法");
  const rows = await ctx.uow(({ db }) => db.performanceRuleSetVersion.findMany({ where: { tenantId, ruleSetId: id }, orderBy: { version: "desc" } }));
  return rows.map(presentVersion);
}
