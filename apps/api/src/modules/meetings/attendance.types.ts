import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { MeetingAttendance, MeetingLeaveStatus, MeetingReply } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { MeetingAttendanceEnum, MeetingLeaveStatusEnum, MeetingReplyChoiceEnum, MeetingReplyEnum } from "./meetings.enums";
import { MeetingCounts, MeetingInvitationType } from "./meetings.types";

@InputType({ description: "回执：参加，或请假（须填写事由）" })
export class MeetingReplyInput {
  @Field(() => MeetingReplyChoiceEnum) reply!: "ATTEND" | "LEAVE";
  @Field(() => String, { nullable: true }) leaveReason?: string | null;
}

@InputType({ description: "一名委员的出勤登记；attendance 为 null 表示撤销登记（仅限未结束的会议活动）" })
export class AttendanceEntryInput {
  @Field(() => ID) memberId!: string;
  @Field(() => MeetingAttendanceEnum, { nullable: true }) attendance!: MeetingAttendance | null;
}

@InputType({ description: "出勤名单筛选" })
export class MeetingAttendanceFilter {
  @Field(() => MeetingReplyEnum, { nullable: true }) reply?: MeetingReply | null;
  @Field(() => MeetingLeaveStatusEnum, { nullable: true }) leaveStatus?: MeetingLeaveStatus | null;
  @Field(() => MeetingAttendanceEnum, { nullable: true }) attendance?: MeetingAttendance | null;
  @Field(() => Boolean, { nullable: true, description: "只看尚无出勤结果的" }) undecided?: boolean | null;
  @Field(() => String, { nullable: true, description: "姓名包含" }) name?: string | null;
}

@ArgsType()
export class MeetingAttendanceArgs extends PageArgs {
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingAttendanceFilter, { nullable: true }) filter?: MeetingAttendanceFilter | null;
}

@ObjectType()
export class MeetingInvitationPage {
  @Field(() => [MeetingInvitationType]) items!: MeetingInvitationType[];
  @Field(() => Int) total!: number;
  @Field(() => MeetingCounts, { description: "全部受邀委员的计数（不受筛选影响）" }) counts!: MeetingCounts;
}

@ObjectType({ description: "批量登记结果" })
export class MarkAttendanceResult {
  @Field(() => Int, { description: "实际变更的人数" }) changed!: number;
  @Field(() => MeetingCounts) counts!: MeetingCounts;
}

@ObjectType({ description: "签到二维码的内容：会场屏幕显示，委员端扫码后提交" })
export class MeetingCheckInCode {
  @Field(() => ID) meetingId!: string;
  @Field(() => String, { description: "签到码（放入二维码）" }) code!: string;
  @Field(() => Date, { description: "过期时间；过期前请刷新" }) expiresAt!: Date;
}
