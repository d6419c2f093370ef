import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { InstructionKind, OpinionSubmitterKind } from "@zhzx/shared";
import { InstructionKindEnum, OpinionSubmitterKindEnum } from "./opinions.enums";

@ObjectType({ description: "分组计数" })
export class OpinionStatBucket {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "按月（报送时间，北京时间）" })
export class OpinionPeriodRow {
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) adopted!: number;
  @Field(() => Int) inJournal!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int) instructed!: number;
}

@ObjectType({ description: "按批示类型" })
export class OpinionInstructionKindRow {
  @Field(() => InstructionKindEnum) kind!: InstructionKind;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: "批示条数" }) instructions!: number;
  @Field(() => Int, { description: "获该类批示的信息篇数" }) items!: number;
}

@ObjectType({ description: "社情民意统计总表（已报送的信息；草稿与待联名不计）" })
export class OpinionSummaryStatistics {
  @Field(() => ID, { nullable: true }) sessionId!: string | null;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => Int, { description: "报送" }) submitted!: number;
  @Field(() => Int, { description: "待审（待一审 + 待二审）" }) pendingReview!: number;
  @Field(() => Int, { description: "采用（二审通过及以后）" }) adopted!: number;
  @Field(() => Int, { description: "编入刊物（含已刊发）" }) inJournal!: number;
  @Field(() => Int, { description: "刊发" }) published!: number;
  @Field(() => Int, { description: "退回（当前状态）" }) returned!: number;
  @Field(() => Int, { description: "转弃" }) discarded!: number;
  @Field(() => Int, { description: "获批示的信息篇数" }) instructed!: number;
  @Field(() => Float, { description: "采用率 %（采用 / 报送）" }) adoptionRate!: number;
  @Field(() => [OpinionStatBucket]) byState!: OpinionStatBucket[];
  @Field(() => [OpinionStatBucket]) byOrigin!: OpinionStatBucket[];
  @Field(() => [OpinionInstructionKindRow]) byInstructionKind!: OpinionInstructionKindRow[];
  @Field(() => [OpinionPeriodRow]) byPeriod!: OpinionPeriodRow[];
}

@ObjectType({ description: "报送统计表的一行" })
export class OpinionSubmissionRow {
  @Field(() => String, { description: "委员/集体/县区/党派 id；合计行为 TOTAL" }) key!: string;
  @Field(() => String) name!: string;
  @Field(() => OpinionSubmitterKindEnum, { nullable: true }) kind!: OpinionSubmitterKind | null;
  @Field(() => String, { nullable: true, description: "委员所属党派（该届任职）" }) party!: string | null;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) adopted!: number;
  @Field(() => Int) inJournal!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int) instructed!: number;
}

@ObjectType({ description: "社情民意报送统计表：按报送者、按党派、按集体（单位）" })
export class OpinionSubmissionStatistics {
  @Field(() => [OpinionSubmissionRow], { description: "按报送者（委员、集体、县区政协），报送数降序" }) bySubmitter!: OpinionSubmissionRow[];
  @Field(() => [OpinionSubmissionRow], { description: "按党派（委员报送，党派取该届任职），含 0" }) byParty!: OpinionSubmissionRow[];
  @Field(() => [OpinionSubmissionRow], { description: "按集体用户（单位），含 0" }) byCollective!: OpinionSubmissionRow[];
  @Field(() => OpinionSubmissionRow) total!: OpinionSubmissionRow;
}

@ObjectType({ description: "我的社情民意统计（委员端）" })
export class MyOpinionStatistics {
  @Field(() => Int) drafts!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) adopted!: number;
  @Field(() => Int) inJournal!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int) instructed!: number;
  @Field(() => Int, { description: "参与联名（已确认）" }) cosigned!: number;
}
