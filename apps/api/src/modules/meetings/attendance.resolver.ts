import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { AttendanceEntryInput, MarkAttendanceResult, MeetingAttendanceArgs, MeetingCheckInCode, MeetingInvitationPage, MeetingReplyInput } from "./attendance.types";
import { MeetingInvitationType } from "./meetings.types";
import { checkInMeeting, getMeetingCheckInCode } from "./use-cases/check-in-meeting";
import { listMeetingAttendance } from "./use-cases/list-meeting-attendance";
import { markMeetingAttendance } from "./use-cases/mark-meeting-attendance";
import { replyMeeting } from "./use-cases/reply-meeting";
import { reviewMeetingLeave } from "./use-cases/review-meeting-leave";

@Resolver()
export class MeetingAttendanceResolver {
  @Authorized("meeting:read", "meeting:manage")
  @Query(() => MeetingInvitationPage, { description: "出勤名单：受邀委员的回执、请假与出勤，可筛选，分页，含计数" })
  meetingAttendance(@Args(() => MeetingAttendanceArgs) args: MeetingAttendanceArgs, @Ctx() ctx: Context): Promise<MeetingInvitationPage> {
    return listMeetingAttendance(ctx, args);
  }

  @Authorized("meeting:manage")
  @Query(() => MeetingCheckInCode, { description: "签到二维码内容（会场屏幕显示；默认 5 分钟有效，最长 1440 分钟）" })
  meetingCheckInCode(
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("validMinutes", () => Int, { nullable: true }) validMinutes: number | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingCheckInCode> {
    return getMeetingCheckInCode(ctx, meetingId, validMinutes);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MarkAttendanceResult, { description: "批量登记出勤（出席、请假、缺席；null 为撤销）；结束后可更正" })
  markMeetingAttendance(
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("entries", () => [AttendanceEntryInput]) entries: AttendanceEntryInput[],
    @Ctx() ctx: Context,
  ): Promise<MarkAttendanceResult> {
    return markMeetingAttendance(ctx, meetingId, entries);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingInvitationType, { description: "审批请假：准假记为请假；不准假则仍须出席；通知委员" })
  reviewMeetingLeave(
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("memberId", () => ID) memberId: string,
    @Arg("approve", () => Boolean) approve: boolean,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingInvitationType> {
    return reviewMeetingLeave(ctx, meetingId, memberId, { approve, note });
  }

  @Authorized("meeting:attend")
  @Mutation(() => MeetingInvitationType, { description: "委员回执：参加，或请假（须填写事由）" })
  replyMeeting(@Arg("meetingId", () => ID) meetingId: string, @Arg("input", () => MeetingReplyInput) input: MeetingReplyInput, @Ctx() ctx: Context): Promise<MeetingInvitationType> {
    return replyMeeting(ctx, meetingId, input);
  }

  @Authorized("meeting:attend")
  @Mutation(() => MeetingInvitationType, { description: "委员扫码签到：提交会场二维码中的签到码" })
  checkInMeeting(@Arg("meetingId", () => ID) meetingId: string, @Arg("code", () => String) code: string, @Ctx() ctx: Context): Promise<MeetingInvitationType> {
    return checkInMeeting(ctx, meetingId, code);
  }
}
