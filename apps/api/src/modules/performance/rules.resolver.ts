import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { AssessmentType } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { AssessmentTypeEnum } from "./performance.enums";
import {
  CreatePerformanceRuleSetInput,
  PerformanceRuleChangeResult,
  PerformanceRuleInput,
  PerformanceRuleSetType,
  PerformanceRuleSetVersionType,
  UpdatePerformanceRuleInput,
  UpdatePerformanceRuleSetInput,
} from "./rules.types";
import { getRuleSet, listRuleSets, listRuleSetVersions } from "./use-cases/list-rule-sets";
import { createRuleSet, deleteRuleSet, updateRuleSet } from "./use-cases/manage-rule-sets";
import { addRule, deleteRule, setRuleEnabled, updateRule } from "./use-cases/manage-rules";

/** 评分规则: rule sets (考核办法) and their rules; every change is a new version and re-scores. */
@Resolver()
export class PerformanceRulesResolver {
  @Authorized("performance:read")
  @Query(() => [PerformanceRuleSetType], { description: "考核办法（评分规则集）列表" })
  performanceRuleSets(
    @Arg("assessmentType", () => AssessmentTypeEnum, { nullable: true }) assessmentType: AssessmentType | null,
    @Arg("includeDeleted", () => Boolean, { defaultValue: false }) includeDeleted: boolean,
    @Ctx() ctx: Context,
  ): Promise<PerformanceRuleSetType[]> {
    return listRuleSets(ctx, assessmentType, includeDeleted);
  }

  @Authorized("performance:read")
  @Query(() => PerformanceRuleSetType, { description: "考核办法详情" })
  performanceRuleSet(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PerformanceRuleSetType> {
    return getRuleSet(ctx, id);
  }

  @Authorized("performance:read")
  @Query(() => [PerformanceRuleSetVersionType], { description: "考核办法的历史版本（新的在前）" })
  performanceRuleSetVersions(@Arg("ruleSetId", () => ID) ruleSetId: string, @Ctx() ctx: Context): Promise<PerformanceRuleSetVersionType[]> {
    return listRuleSetVersions(ctx, ruleSetId);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceRuleChangeResult, { description: "新建考核办法（可同时给出规则）；同一考核类型的生效期不能重叠" })
  createPerformanceRuleSet(@Arg("input", () => CreatePerformanceRuleSetInput) input: CreatePerformanceRuleSetInput, @Ctx() ctx: Context) {
    return createRuleSet(ctx, input);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceRuleChangeResult, { description: "修改考核办法（名称、生效期、等级、委员端排名显示）" })
  updatePerformanceRuleSet(@Arg("id", () => ID) id: string, @Arg("input", () => UpdatePerformanceRuleSetInput) input: UpdatePerformanceRuleSetInput, @Ctx() ctx: Context) {
    return updateRuleSet(ctx, id, input);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceRuleChangeResult, { description: "删除考核办法：不再计分，历史版本与存档保留" })
  deletePerformanceRuleSet(@Arg("id", () => ID) id: string, @Arg("note", () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context) {
    return deleteRuleSet(ctx, id, note);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceRuleChangeResult, { description: "新增评分规则" })
  addPerformanceRule(@Arg("ruleSetId", () => ID) ruleSetId: string, @Arg("input", () => PerformanceRuleInput) input: PerformanceRuleInput, @Ctx() ctx: Context) {
    return addRule(ctx, ruleSetId, input);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceRuleChangeResult, { description: "修改评分规则" })
  updatePerformanceRule(@Arg("id", () => ID) id: string, @Arg("input", () => UpdatePerformanceRuleInput) input: UpdatePerformanceRuleInput, @Ctx() ctx: Context) {
    return updateRule(ctx, id, input);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceRuleChangeResult, { description: "启用或停用评分规则" })
  setPerformanceRuleEnabled(@Arg("id", () => ID) id: string, @Arg("enabled", () => Boolean) enabled: boolean, @Ctx() ctx: Context) {
    return setRuleEnabled(ctx, id, enabled);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceRuleChangeResult, { description: "删除评分规则" })
  deletePerformanceRule(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return deleteRule(ctx, id);
  }
}
