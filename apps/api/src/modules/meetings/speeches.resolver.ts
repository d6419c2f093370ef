import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { MeetingSpeechReviewActionEnum } from "./meetings.enums";
import { MeetingSpeechInput, MeetingSpeechListArgs, MeetingSpeechPage, MeetingSpeechType } from "./speeches.types";
import { listMeetingSpeeches, listMySpeeches } from "./use-cases/list-meeting-speeches";
import { reviewMeetingSpeech } from "./use-cases/review-meeting-speech";
import { submitMeetingSpeech, updateMeetingSpeech, withdrawMeetingSpeech } from "./use-cases/submit-meeting-speech";

@Resolver()
export class MeetingSpeechesResolver {
  @Authorized("meeting:read", "meeting:manage")
  @Query(() => MeetingSpeechPage, { description: "大会发言（管理端）：按会议活动、状态筛选" })
  meetingSpeeches(@Args(() => MeetingSpeechListArgs) args: MeetingSpeechListArgs, @Ctx() ctx: Context): Promise<MeetingSpeechPage> {
    return listMeetingSpeeches(ctx, args);
  }

  @Authorized("meeting:attend")
  @Query(() => [MeetingSpeechType], { description: "本人提交的大会发言" })
  myMeetingSpeeches(@Arg("meetingId", () => ID, { nullable: true }) meetingId: string | null, @Ctx() ctx: Context): Promise<MeetingSpeechType[]> {
    return listMySpeeches(ctx, meetingId);
  }

  @Authorized("meeting:attend")
  @Mutation(() => MeetingSpeechType, { description: "提交大会发言（受邀且已发布的会议活动）" })
  submitMeetingSpeech(@Arg("meetingId", () => ID) meetingId: string, @Arg("input", () => MeetingSpeechInput) input: MeetingSpeechInput, @Ctx() ctx: Context): Promise<MeetingSpeechType> {
    return submitMeetingSpeech(ctx, meetingId, input);
  }

  @Authorized("meeting:attend")
  @Mutation(() => MeetingSpeechType, { description: "修改本人待审核的发言" })
  updateMeetingSpeech(@Arg("id", () => ID) id: string, @Arg("input", () => MeetingSpeechInput) input: MeetingSpeechInput, @Ctx() ctx: Context): Promise<MeetingSpeechType> {
    return updateMeetingSpeech(ctx, id, input);
  }

  @Authorized("meeting:attend")
  @Mutation(() => MeetingSpeechType, { description: "撤回本人待审核的发言" })
  withdrawMeetingSpeech(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingSpeechType> {
    return withdrawMeetingSpeech(ctx, id);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingSpeechType, { description: "审核发言：选用、不选用、标记已发言（计入履职）、撤销已发言" })
  reviewMeetingSpeech(
    @Arg("id", () => ID) id: string,
    @Arg("action", () => MeetingSpeechReviewActionEnum) action: keyof typeof MeetingSpeechReviewActionEnum,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingSpeechType> {
    return reviewMeetingSpeech(ctx, id, { action, note });
  }
}
