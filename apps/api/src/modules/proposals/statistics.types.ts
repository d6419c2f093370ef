import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { ProposalSatisfaction, ProposalState, ProposalSubmitterType } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { ProposalStateEnum, SatisfactionEnum, SubmitterTypeEnum } from "./proposals.enums";
import { ProposalAssignmentType, ProposalFeedbackType, ProposalNamedRef, ProposalSummary } from "./proposals.types";

@ObjectType()
export class ProposalStateCount {
  @Field(() => ProposalStateEnum) state!: ProposalState;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "统计表的一行：某分类各状态的件数" })
export class ProposalCategoryStatRow {
  @Field(() => ProposalNamedRef, { nullable: true, description: "分类；null 为未分类" }) category!: ProposalNamedRef | null;
  @Field(() => String, { description: "分类完整路径" }) path!: string;
  @Field(() => Int) total!: number;
  @Field(() => [ProposalStateCount], { description: "各状态件数（不含草稿、待联名确认）" }) counts!: ProposalStateCount[];
}

@ObjectType()
export class ProposalSubmitterTypeStatRow {
  @Field(() => SubmitterTypeEnum) submitterType!: ProposalSubmitterType;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: "已提交" }) total!: number;
  @Field(() => Int, { description: "已立案" }) filed!: number;
  @Field(() => Int, { description: "不予立案" }) notFiled!: number;
  @Field(() => Int, { description: "已办结" }) closed!: number;
}

@ObjectType({ description: "承办单位的办理情况（当前有效的交办）" })
export class ProposalUnitStatRow {
  @Field(() => ProposalNamedRef) unit!: ProposalNamedRef;
  @Field(() => Int, { description: "交办件数" }) assigned!: number;
  @Field(() => Int, { description: "主办" }) lead!: number;
  @Field(() => Int, { description: "协办" }) co!: number;
  @Field(() => Int, { description: "已签收" }) signed!: number;
  @Field(() => Int, { description: "未签收" }) notSigned!: number;
  @Field(() => Int, { description: "已答复（含协办意见）" }) replied!: number;
  @Field(() => Int, { description: "超期未答复" }) overdue!: number;
  @Field(() => Int, { description: "主办答复 A 类" }) resultA!: number;
  @Field(() => Int) resultB!: number;
  @Field(() => Int) resultC!: number;
  @Field(() => Int, { description: "主办件的委员评价（最近一轮）：满意" }) satisfied!: number;
  @Field(() => Int) basicallySatisfied!: number;
  @Field(() => Int) dissatisfied!: number;
}

@ObjectType({ description: "委员提案按提案人本届所在界别" })
export class ProposalSectorStatRow {
  @Field(() => ProposalNamedRef, { nullable: true, description: "界别；null 为本届未登记界别" }) sector!: ProposalNamedRef | null;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: "已提交" }) total!: number;
  @Field(() => Int, { description: "已立案" }) filed!: number;
  @Field(() => Int, { description: "不予立案" }) notFiled!: number;
  @Field(() => Int, { description: "已办结" }) closed!: number;
}

@ObjectType()
export class ProposalSatisfactionCount {
  @Field(() => SatisfactionEnum) satisfaction!: ProposalSatisfaction;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "提案统计（已提交的提案；草稿不计）" })
export class ProposalStatistics {
  @Field(() => Int) total!: number;
  @Field(() => [ProposalStateCount]) byState!: ProposalStateCount[];
  @Field(() => [ProposalCategoryStatRow], { description: "分类 × 状态" }) byCategory!: ProposalCategoryStatRow[];
  @Field(() => [ProposalSubmitterTypeStatRow]) bySubmitterType!: ProposalSubmitterTypeStatRow[];
  @Field(() => [ProposalSectorStatRow], { description: "委员提案按界别（届次为提案所属届次；集体提案不计）" }) bySector!: ProposalSectorStatRow[];
  @Field(() => [ProposalUnitStatRow]) byUnit!: ProposalUnitStatRow[];
  @Field(() => [ProposalSatisfactionCount], { description: "委员评价（每件取最近一轮）" }) bySatisfaction!: ProposalSatisfactionCount[];
}

@InputType({ description: "办理追踪查询条件" })
export class ProposalTrackingFilter {
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "只看超期未答复" }) overdueOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "只看未签收" }) notSignedOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "只看有待审核申请（退回/延期）的" }) pendingRequestsOnly?: boolean | null;
}

@ArgsType()
export class ProposalTrackingArgs extends PageArgs {
  @Field(() => ProposalTrackingFilter, { nullable: true }) filter?: ProposalTrackingFilter | null;
}

@ObjectType({ description: "办理追踪的一行：一条有效交办" })
export class ProposalTrackingRow {
  @Field(() => ProposalAssignmentType) assignment!: ProposalAssignmentType;
  @Field(() => ProposalSummary) proposal!: ProposalSummary;
}

@ObjectType()
export class ProposalTrackingPage {
  @Field(() => [ProposalTrackingRow]) items!: ProposalTrackingRow[];
  @Field(() => Int) total!: number;
}

@InputType({ description: "委员评价查询条件" })
export class ProposalFeedbackFilter {
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => SatisfactionEnum, { nullable: true }) satisfaction?: ProposalSatisfaction | null;
  @Field(() => ID, { nullable: true, description: "主办单位" }) unitId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "只看待审核的不满意" }) undecidedOnly?: boolean | null;
}

@ArgsType()
export class ProposalFeedbackArgs extends PageArgs {
  @Field(() => ProposalFeedbackFilter, { nullable: true }) filter?: ProposalFeedbackFilter | null;
}

@ObjectType()
export class ProposalFeedbackRow {
  @Field(() => ProposalFeedbackType) feedback!: ProposalFeedbackType;
  @Field(() => ProposalSummary) proposal!: ProposalSummary;
}

@ObjectType()
export class ProposalFeedbackPage {
  @Field(() => [ProposalFeedbackRow]) items!: ProposalFeedbackRow[];
  @Field(() => Int) total!: number;
}
