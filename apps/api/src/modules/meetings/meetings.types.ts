import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { MeetingAttendance, MeetingCategory, MeetingCheckInMethod, MeetingLeaveStatus, MeetingReply, MeetingStatus } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { DictItemType } from "../organisation/dictionaries.types";
import { SessionRef } from "../members/members.types";
import { MeetingKindType } from "./meeting-kinds.types";
import { MeetingAttendanceEnum, MeetingCategoryEnum, MeetingCheckInMethodEnum, MeetingLeaveStatusEnum, MeetingReplyEnum, MeetingStatusEnum } from "./meetings.enums";

@InputType({ description: "邀请范围：各项取并集（同一委员只邀请一次）；界别/党派/专委会按该会议所属届次的任职匹配" })
export class MeetingInviteesInput {
  @Field(() => Boolean, { nullable: true, description: "本届全体委员" }) allOfSession?: boolean | null;
  @Field(() => [ID], { nullable: true }) sectorIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) partyIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) specialCommitteeIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: "逐个邀请的委员（委员档案 id）" }) memberIds?: string[] | null;
}

@InputType({ description: "列席人员（非委员）" })
export class MeetingGuestInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "单位" }) unit?: string | null;
  @Field(() => String, { nullable: true, description: "职务或身份" }) role?: string | null;
}

@InputType({ description: "新建会议/活动（草稿）；类别取自所选类型" })
export class CreateMeetingInput {
  @Field(() => ID, { description: "会议/活动类型" }) kindId!: string;
  @Field(() => ID, { description: "届次" }) sessionId!: string;
  @Field(() => String) title!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String) place!: string;
  @Field(() => String, { nullable: true, description: "议程" }) agenda?: string | null;
  @Field(() => String, { nullable: true, description: "组织单位" }) organiser?: string | null;
  @Field(() => MeetingInviteesInput, { nullable: true }) invitees?: MeetingInviteesInput | null;
  @Field(() => [MeetingGuestInput], { nullable: true }) guests?: MeetingGuestInput[] | null;
}

@InputType({ description: "修改会议/活动：未给出的字段不变；invitees、guests 给出时整体替换。已发布的会议修改后通知全体受邀委员；已发布后扩大邀请范围会立即邀请新增委员（不会自动移除已邀请的委员）" })
export class UpdateMeetingInput {
  @Field(() => ID, { nullable: true }) kindId?: string;
  @Field(() => ID, { nullable: true }) sessionId?: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => Date, { nullable: true }) startsAt?: Date;
  @Field(() => Date, { nullable: true }) endsAt?: Date;
  @Field(() => String, { nullable: true }) place?: string;
  @Field(() => String, { nullable: true }) agenda?: string | null;
  @Field(() => String, { nullable: true }) organiser?: string | null;
  @Field(() => MeetingInviteesInput, { nullable: true }) invitees?: MeetingInviteesInput;
  @Field(() => [MeetingGuestInput], { nullable: true }) guests?: MeetingGuestInput[];
}

@InputType({ description: "会议活动查询条件" })
export class MeetingFilter {
  @Field(() => MeetingCategoryEnum, { nullable: true }) category?: MeetingCategory | null;
  @Field(() => [ID], { nullable: true }) kindIds?: string[] | null;
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => [MeetingStatusEnum], { nullable: true }) statuses?: MeetingStatus[] | null;
  @Field(() => String, { nullable: true, description: "开始日期不早于 YYYY-MM-DD（北京时间）" }) from?: string | null;
  @Field(() => String, { nullable: true, description: "开始日期不晚于 YYYY-MM-DD（北京时间）" }) to?: string | null;
  @Field(() => String, { nullable: true, description: "标题或地点包含" }) search?: string | null;
}

@ArgsType()
export class MeetingListArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true }) filter?: MeetingFilter | null;
}

@ObjectType({ description: "委员（简要）" })
export class MeetingMemberRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "邀请范围（发布时展开为受邀名单）" })
export class MeetingInvitees {
  @Field(() => Boolean) allOfSession!: boolean;
  @Field(() => [DictItemType]) sectors!: DictItemType[];
  @Field(() => [DictItemType]) parties!: DictItemType[];
  @Field(() => [DictItemType]) specialCommittees!: DictItemType[];
  @Field(() => [MeetingMemberRef]) members!: MeetingMemberRef[];
}

@ObjectType({ description: "列席人员" })
export class MeetingGuest {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
}

@ObjectType({ description: "会议文件：正文和/或附件；附件经 GET /files/meeting-documents/:id 下载（需登录）" })
export class MeetingDocumentType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) mime!: string | null;
  @Field(() => Int, { nullable: true, description: "附件字节数" }) size!: number | null;
  @Field(() => String, { nullable: true, description: "附件下载地址（同源，带会话 Cookie）" }) url!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "出勤计数" })
export class MeetingCounts {
  @Field(() => Int, { description: "受邀人数" }) invited!: number;
  @Field(() => Int, { description: "回执参加" }) replyAttend!: number;
  @Field(() => Int, { description: "请假待审批" }) leavePending!: number;
  @Field(() => Int, { description: "出席" }) attended!: number;
  @Field(() => Int, { description: "请假（已准假）" }) leave!: number;
  @Field(() => Int, { description: "缺席" }) absent!: number;
  @Field(() => Int, { description: "尚无出勤结果" }) undecided!: number;
}

@ObjectType({ description: "受邀委员的回执、请假与出勤" })
export class MeetingInvitationType {
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingMemberRef) member!: MeetingMemberRef;
  @Field(() => String, { nullable: true, description: "该会议所属届次的界别" }) sector!: string | null;
  @Field(() => String, { nullable: true, description: "该会议所属届次的党派" }) party!: string | null;
  @Field(() => Date) invitedAt!: Date;
  @Field(() => MeetingReplyEnum) reply!: MeetingReply;
  @Field(() => Date, { nullable: true }) repliedAt!: Date | null;
  @Field(() => String, { nullable: true }) leaveReason!: string | null;
  @Field(() => MeetingLeaveStatusEnum, { nullable: true }) leaveStatus!: MeetingLeaveStatus | null;
  @Field(() => String, { nullable: true }) leaveReviewerName!: string | null;
  @Field(() => Date, { nullable: true }) leaveReviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) leaveReviewNote!: string | null;
  @Field(() => MeetingAttendanceEnum, { nullable: true, description: "出勤结果：出席、请假、缺席；未定为 null" }) attendance!: MeetingAttendance | null;
  @Field(() => Date, { nullable: true, description: "签到或登记时间" }) attendanceAt!: Date | null;
  @Field(() => MeetingCheckInMethodEnum, { nullable: true }) attendanceMethod!: MeetingCheckInMethod | null;
}

@ObjectType("Meeting", { description: "会议或活动" })
export class MeetingType {
  @Field(() => ID) id!: string;
  @Field(() => MeetingCategoryEnum) category!: MeetingCategory;
  @Field(() => MeetingKindType) kind!: MeetingKindType;
  @Field(() => SessionRef) session!: SessionRef;
  @Field(() => String) title!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  @Field(() => String) place!: string;
  @Field(() => String, { nullable: true }) agenda!: string | null;
  @Field(() => String, { nullable: true }) organiser!: string | null;
  @Field(() => MeetingStatusEnum) status!: MeetingStatus;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => MeetingCounts) counts!: MeetingCounts;
  @Field(() => MeetingInvitationType, { nullable: true, description: "本人的邀请（委员端查询时）" }) myInvitation!: MeetingInvitationType | null;
}

@ObjectType("MeetingDetail", { description: "会议或活动详情：含列席人员、会议文件；邀请范围仅管理端可见" })
export class MeetingDetailType extends MeetingType {
  @Field(() => [MeetingGuest]) guests!: MeetingGuest[];
  @Field(() => [MeetingDocumentType]) documents!: MeetingDocumentType[];
  @Field(() => MeetingInvitees, { nullable: true }) invitees!: MeetingInvitees | null;
}

@ObjectType()
export class MeetingPage {
  @Field(() => [MeetingType]) items!: MeetingType[];
  @Field(() => Int) total!: number;
}
