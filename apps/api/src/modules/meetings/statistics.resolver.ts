import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload } from "../organisation/files.types";
import { MeetingMemberStat, MeetingMemberStatArgs, MeetingMemberStatPage, MeetingStatistics, MeetingStatisticsFilter } from "./statistics.types";
import { exportMeetingAttendance, exportMeetingStatistics } from "./use-cases/export-meeting-files";
import { getMeetingMemberStatistics, getMeetingStatistics, getMyMeetingStatistics } from "./use-cases/get-meeting-statistics";

@Resolver()
export class MeetingStatisticsResolver {
  @Authorized("meeting:read", "meeting:manage")
  @Query(() => MeetingStatistics, { description: "会议活动统计：合计、按类型、按月份（出席、请假、缺席、出席率）" })
  meetingStatistics(@Arg("filter", () => MeetingStatisticsFilter, { nullable: true }) filter: MeetingStatisticsFilter | null, @Ctx() ctx: Context): Promise<MeetingStatistics> {
    return getMeetingStatistics(ctx, filter);
  }

  @Authorized("meeting:read", "meeting:manage")
  @Query(() => MeetingMemberStatPage, { description: "委员出勤统计：每位委员的受邀、出席、请假、缺席与出席率" })
  meetingMemberStatistics(@Args(() => MeetingMemberStatArgs) args: MeetingMemberStatArgs, @Ctx() ctx: Context): Promise<MeetingMemberStatPage> {
    return getMeetingMemberStatistics(ctx, args);
  }

  @Authorized("meeting:attend")
  @Query(() => MeetingMemberStat, { description: "委员端：本人的会议活动出勤" })
  myMeetingStatistics(@Arg("filter", () => MeetingStatisticsFilter, { nullable: true }) filter: MeetingStatisticsFilter | null, @Ctx() ctx: Context): Promise<MeetingMemberStat> {
    return getMyMeetingStatistics(ctx, filter);
  }

  /** Mutations, not queries: each writes an audit row (the files list people). */
  @Authorized("meeting:read", "meeting:manage")
  @Mutation(() => FileDownload, { description: "导出会议活动统计（.xlsx：按类型、按月份、委员出勤），留痕" })
  exportMeetingStatistics(@Arg("filter", () => MeetingStatisticsFilter, { nullable: true }) filter: MeetingStatisticsFilter | null, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportMeetingStatistics(ctx, filter);
  }

  @Authorized("meeting:read", "meeting:manage")
  @Mutation(() => FileDownload, { description: "导出一场会议活动的出勤名单与列席人员（.xlsx），留痕" })
  exportMeetingAttendance(@Arg("meetingId", () => ID) meetingId: string, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportMeetingAttendance(ctx, meetingId);
  }
}
