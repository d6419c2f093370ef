import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { PerformanceEventKind, SortDirection } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { SortDirectionEnum } from "../members/members.enums";
import { SessionRef } from "../members/members.types";
import { PerformanceEventKindEnum } from "./performance.enums";
import { NamedRef, PerformanceMemberRef, PerformanceScoreFilter } from "./scores.types";

@InputType({ description: "履职详情统计的范围：某届的委员；期间为整届、其中一年，或起止日期" })
export class ParticipationPeriodInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => String, { nullable: true, description: "开始日期 YYYY-MM-DD（含）" }) from?: string | null;
  @Field(() => String, { nullable: true, description: "结束日期 YYYY-MM-DD（含）" }) to?: string | null;
}

@ObjectType({ description: "某类履职事项的次数" })
export class KindCount {
  @Field(() => PerformanceEventKindEnum) kind!: PerformanceEventKind;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "一名委员的履职详情统计" })
export class ParticipationRow {
  @Field(() => PerformanceMemberRef) member!: PerformanceMemberRef;
  @Field(() => NamedRef) sector!: NamedRef;
  @Field(() => NamedRef) party!: NamedRef;
  @Field(() => NamedRef) memberType!: NamedRef;
  @Field(() => Int, { description: "出席会议" }) meetingsAttended!: number;
  @Field(() => Int, { description: "会议请假" }) meetingsOnLeave!: number;
  @Field(() => Int, { description: "会议缺席" }) meetingsAbsent!: number;
  @Field(() => Float, { nullable: true, description: "会议出席率（%），无会议时为空" }) meetingAttendanceRate!: number | null;
  @Field(() => Int, { description: "参加活动" }) activitiesAttended!: number;
  @Field(() => Int, { description: "活动请假" }) activitiesOnLeave!: number;
  @Field(() => Int, { description: "活动缺席" }) activitiesAbsent!: number;
  @Field(() => Int, { description: "提交提案" }) proposals!: number;
  @Field(() => Int, { description: "报送社情民意" }) opinions!: number;
  @Field(() => Int, { description: "大会发言" }) speeches!: number;
  @Field(() => [KindCount], { description: "全部类别的次数（含 0）" }) counts!: KindCount[];
}

@ArgsType()
export class ParticipationArgs extends PageArgs {
  @Field(() => ParticipationPeriodInput) period!: ParticipationPeriodInput;
  @Field(() => PerformanceScoreFilter, { nullable: true, description: "等级条件在此不适用" }) filter?: PerformanceScoreFilter | null;
  @Field(() => PerformanceEventKindEnum, { nullable: true, description: "按某类次数排序；默认按姓名拼音" }) sortBy?: PerformanceEventKind | null;
  @Field(() => SortDirectionEnum, { defaultValue: "DESC" }) direction!: SortDirection;
}

@ObjectType()
export class ParticipationPage {
  @Field(() => [ParticipationRow]) items!: ParticipationRow[];
  @Field(() => Int) total!: number;
  @Field(() => SessionRef) session!: SessionRef;
  @Field(() => String) firstDay!: string;
  @Field(() => String) lastDay!: string;
  @Field(() => [KindCount], { description: "筛选范围内全部委员的合计" }) totals!: KindCount[];
}
