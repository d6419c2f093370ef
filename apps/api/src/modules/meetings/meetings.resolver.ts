import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { MeetingCategory } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { MeetingCategoryEnum } from "./meetings.enums";
import { CreateMeetingInput, MeetingDetailType, MeetingListArgs, MeetingPage, UpdateMeetingInput } from "./meetings.types";
import { cancelMeeting } from "./use-cases/cancel-meeting";
import { createMeeting } from "./use-cases/create-meeting";
import { finishMeeting } from "./use-cases/finish-meeting";
import { getMeeting, getMyMeeting } from "./use-cases/get-meeting";
import { listMeetings, listMyMeetings } from "./use-cases/list-meetings";
import { publishMeeting } from "./use-cases/publish-meeting";
import { deleteMeeting, updateMeeting } from "./use-cases/update-meeting";

@Resolver()
export class MeetingsResolver {
  @Authorized("meeting:read", "meeting:manage")
  @Query(() => MeetingPage, { description: "会议活动查询：按类别、类型、届次、状态、时间段筛选，分页，含出勤计数" })
  meetings(@Args(() => MeetingListArgs) args: MeetingListArgs, @Ctx() ctx: Context): Promise<MeetingPage> {
    return listMeetings(ctx, args);
  }

  @Authorized("meeting:read", "meeting:manage")
  @Query(() => MeetingDetailType, { description: "会议活动详情（管理端）：含邀请范围、列席人员、会议文件" })
  meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingDetailType> {
    return getMeeting(ctx, id);
  }

  @Authorized("meeting:attend")
  @Query(() => MeetingPage, { description: "委员端：本人受邀的会议活动（含本人回执与出勤）；upcoming 为未结束的已发布项，时间近的在前" })
  myMeetings(
    @Arg("category", () => MeetingCategoryEnum, { nullable: true }) category: MeetingCategory | null,
    @Arg("upcoming", () => Boolean, { defaultValue: false }) upcoming: boolean,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<MeetingPage> {
    return listMyMeetings(ctx, { category, upcoming, page, pageSize });
  }

  @Authorized("meeting:attend")
  @Query(() => MeetingDetailType, { description: "委员端：本人受邀的会议活动详情（含会议文件、列席人员、本人回执）" })
  myMeeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingDetailType> {
    return getMyMeeting(ctx, id);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingDetailType, { description: "新建会议活动（草稿）" })
  createMeeting(@Arg("input", () => CreateMeetingInput) input: CreateMeetingInput, @Ctx() ctx: Context): Promise<MeetingDetailType> {
    return createMeeting(ctx, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingDetailType, { description: "修改会议活动（草稿或已发布；已发布的通知全体受邀委员）" })
  updateMeeting(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateMeetingInput) input: UpdateMeetingInput, @Ctx() ctx: Context): Promise<MeetingDetailType> {
    return updateMeeting(ctx, id, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => Boolean, { description: "删除草稿" })
  deleteMeeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteMeeting(ctx, id);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingDetailType, { description: "发布：按邀请范围生成受邀名单并通知" })
  publishMeeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingDetailType> {
    return publishMeeting(ctx, id);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingDetailType, { description: "取消已发布的会议活动（通知全体受邀委员；已记录的出勤不再计入履职）" })
  cancelMeeting(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<MeetingDetailType> {
    return cancelMeeting(ctx, id, reason);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingDetailType, { description: "结束：未签到且未请假的受邀委员记为缺席（须先审批完请假）" })
  finishMeeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingDetailType> {
    return finishMeeting(ctx, id);
  }
}
