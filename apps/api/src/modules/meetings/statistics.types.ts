import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { MeetingCategory, MeetingMemberStatSort } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { MeetingCategoryEnum, MeetingMemberStatSortEnum } from "./meetings.enums";
import { MeetingMemberRef } from "./meetings.types";

@InputType({ description: "统计范围：只计已发布和已结束的会议活动（草稿、已取消的不计）；日期按北京时间" })
export class MeetingStatisticsFilter {
  @Field(() => MeetingCategoryEnum, { nullable: true }) category?: MeetingCategory | null;
  @Field(() => [ID], { nullable: true }) kindIds?: string[] | null;
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => String, { nullable: true, description: "开始日期不早于 YYYY-MM-DD" }) from?: string | null;
  @Field(() => String, { nullable: true, description: "开始日期不晚于 YYYY-MM-DD" }) to?: string | null;
}

@ObjectType({ description: "一组会议活动的出勤合计。出席率 = 出席 ÷（出席 + 请假 + 缺席），尚无结果的不计入" })
export class MeetingStatRow {
  @Field(() => String, { description: "类型 id 或月份 YYYY-MM；合计为 total" }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => MeetingCategoryEnum, { nullable: true }) category!: MeetingCategory | null;
  @Field(() => Int, { description: "会议活动数" }) meetings!: number;
  @Field(() => Int, { description: "受邀人次" }) invited!: number;
  @Field(() => Int) attended!: number;
  @Field(() => Int) leave!: number;
  @Field(() => Int) absent!: number;
  @Field(() => Int, { description: "尚无出勤结果的人次" }) undecided!: number;
  @Field(() => Float, { nullable: true, description: "出席率（%，两位小数）；无结果时为 null" }) attendanceRate!: number | null;
}

@ObjectType({ description: "会议活动统计：合计、按类型、按月份" })
export class MeetingStatistics {
  @Field(() => MeetingStatRow) total!: MeetingStatRow;
  @Field(() => [MeetingStatRow], { description: "按类型（所选类别的全部启用类型，无数据为 0）" }) byKind!: MeetingStatRow[];
  @Field(() => [MeetingStatRow], { description: "按月份（给出起止日期时列出其间每个月）" }) byMonth!: MeetingStatRow[];
}

@ObjectType({ description: "一名委员的出勤" })
export class MeetingMemberStat {
  @Field(() => MeetingMemberRef) member!: MeetingMemberRef;
  @Field(() => String, { nullable: true, description: "所选届次（未选为本届）的界别" }) sector!: string | null;
  @Field(() => String, { nullable: true }) party!: string | null;
  @Field(() => Int) invited!: number;
  @Field(() => Int) attended!: number;
  @Field(() => Int) leave!: number;
  @Field(() => Int) absent!: number;
  @Field(() => Int) undecided!: number;
  @Field(() => Float, { nullable: true, description: "出席率（%）" }) attendanceRate!: number | null;
}

@ObjectType()
export class MeetingMemberStatPage {
  @Field(() => [MeetingMemberStat]) items!: MeetingMemberStat[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class MeetingMemberStatArgs extends PageArgs {
  @Field(() => MeetingStatisticsFilter, { nullable: true }) filter?: MeetingStatisticsFilter | null;
  @Field(() => MeetingMemberStatSortEnum, { defaultValue: "NAME" }) sort!: MeetingMemberStatSort;
  @Field(() => String, { nullable: true, description: "姓名包含" }) name?: string | null;
}
