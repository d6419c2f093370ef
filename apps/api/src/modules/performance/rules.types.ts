import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { AssessmentType, PerformanceEventKind } from "@zhzx/shared";
import { SessionRef } from "../members/members.types";
import { AssessmentTypeEnum, PerformanceEventKindEnum } from "./performance.enums";

@ObjectType({ description: "等级分数线：总分不低于 minScore 即为该等级（从高到低取第一个）" })
export class GradeBandType {
  @Field(() => String) name!: string;
  @Field(() => Float, { nullable: true, description: "为空表示最低一档（其余全部）" }) minScore!: number | null;
}

@InputType()
export class GradeBandInput {
  @Field(() => String) name!: string;
  @Field(() => Float, { nullable: true }) minScore?: number | null;
}

@ObjectType({ description: "评分规则：一类履职事项的分值与上限（上限按委员、按自然年计）" })
export class PerformanceRuleType {
  @Field(() => ID) id!: string;
  @Field(() => PerformanceEventKindEnum) kind!: PerformanceEventKind;
  @Field(() => String, { description: "履职事项名称" }) kindLabel!: string;
  @Field(() => Float, { nullable: true, description: "每项分值（负数为扣分）；为空表示按录入分值（其他考核）" }) points!: number | null;
  @Field(() => Int, { nullable: true, description: "每年最多计分次数" }) maxItems!: number | null;
  @Field(() => Float, { nullable: true, description: "每年分值上限（扣分同样以此为限）" }) maxPointsPerYear!: number | null;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) sortOrder!: number;
}

@ObjectType({ description: "考核办法（评分规则集）：某考核类型在生效期内的全部规则" })
export class PerformanceRuleSetType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => AssessmentTypeEnum) assessmentType!: AssessmentType;
  @Field(() => String, { description: "生效日期 YYYY-MM-DD" }) effectiveFrom!: string;
  @Field(() => String, { nullable: true, description: "失效日期 YYYY-MM-DD；为空表示长期有效" }) effectiveTo!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [GradeBandType], { description: "等级（从高到低）" }) grades!: GradeBandType[];
  @Field(() => Boolean, { description: "委员端是否显示本人排名" }) showRankInPortal!: boolean;
  @Field(() => Int, { description: "当前版本号；每次修改加 1" }) version!: number;
  @Field(() => Boolean) deleted!: boolean;
  @Field(() => [PerformanceRuleType]) rules!: PerformanceRuleType[];
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType({ description: "考核办法的一个历史版本（评分所依据的规则原样保存）" })
export class PerformanceRuleSetVersionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) ruleSetId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) name!: string;
  @Field(() => AssessmentTypeEnum) assessmentType!: AssessmentType;
  @Field(() => String) effectiveFrom!: string;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
  @Field(() => [GradeBandType]) grades!: GradeBandType[];
  @Field(() => [PerformanceRuleType]) rules!: PerformanceRuleType[];
  @Field(() => Boolean, { description: "删除考核办法时写入的版本" }) deleted!: boolean;
  @Field(() => String, { description: "本次变更说明" }) change!: string;
  @Field(() => String, { nullable: true }) changedByName!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "计算所用的考核办法版本" })
export class RuleSetVersionRef {
  @Field(() => ID, { description: "版本 id" }) id!: string;
  @Field(() => ID) ruleSetId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) name!: string;
  @Field(() => String) effectiveFrom!: string;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
}

@ObjectType({ description: "一次存档的评分计算（规则修改后自动，或手动）" })
export class PerformanceScoreRunType {
  @Field(() => ID) id!: string;
  @Field(() => AssessmentTypeEnum) assessmentType!: AssessmentType;
  @Field(() => Int, { nullable: true, description: "年度考核的年度" }) year!: number | null;
  @Field(() => SessionRef) session!: SessionRef;
  @Field(() => String, { description: "起始日 YYYY-MM-DD" }) firstDay!: string;
  @Field(() => String, { description: "截止日 YYYY-MM-DD" }) lastDay!: string;
  @Field(() => [RuleSetVersionRef]) ruleSetVersions!: RuleSetVersionRef[];
  @Field(() => String, { description: "RULE_CHANGE 规则变更 | MANUAL 手动 | SEED 演示数据" }) trigger!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) memberCount!: number;
  @Field(() => String, { nullable: true }) computedByName!: string | null;
  @Field(() => Date) computedAt!: Date;
}

@ObjectType({ description: "规则变更的结果：新版本与随之重新计算的存档" })
export class PerformanceRuleChangeResult {
  @Field(() => PerformanceRuleSetType) ruleSet!: PerformanceRuleSetType;
  @Field(() => [PerformanceScoreRunType], { description: "受影响的考核期（已开始的）均已重新计算" }) recomputedRuns!: PerformanceScoreRunType[];
}

@InputType()
export class PerformanceRuleInput {
  @Field(() => PerformanceEventKindEnum) kind!: PerformanceEventKind;
  @Field(() => Float, { nullable: true, description: "每项分值；仅“其他考核加减分”可为空（按录入分值）" }) points?: number | null;
  @Field(() => Int, { nullable: true }) maxItems?: number | null;
  @Field(() => Float, { nullable: true }) maxPointsPerYear?: number | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) enabled?: boolean | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}

@InputType({ description: "只修改给出的字段；上限传 null 为取消上限" })
export class UpdatePerformanceRuleInput {
  @Field(() => Float, { nullable: true }) points?: number | null;
  @Field(() => Int, { nullable: true }) maxItems?: number | null;
  @Field(() => Float, { nullable: true }) maxPointsPerYear?: number | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
}

@InputType()
export class CreatePerformanceRuleSetInput {
  @Field(() => String) name!: string;
  @Field(() => AssessmentTypeEnum) assessmentType!: AssessmentType;
  @Field(() => String, { description: "YYYY-MM-DD" }) effectiveFrom!: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD；为空表示长期有效" }) effectiveTo?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [GradeBandInput]) grades!: GradeBandInput[];
  @Field(() => Boolean, { nullable: true }) showRankInPortal?: boolean | null;
  @Field(() => [PerformanceRuleInput], { nullable: true }) rules?: PerformanceRuleInput[] | null;
}

@InputType({ description: "只修改给出的字段；考核类型不可改" })
export class UpdatePerformanceRuleSetInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) effectiveFrom?: string;
  @Field(() => String, { nullable: true, description: "传 null 为长期有效" }) effectiveTo?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [GradeBandInput], { nullable: true }) grades?: GradeBandInput[];
  @Field(() => Boolean, { nullable: true }) showRankInPortal?: boolean;
}
