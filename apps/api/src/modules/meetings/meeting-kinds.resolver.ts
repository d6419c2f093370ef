import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { MeetingCategory } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { CreateMeetingKindInput, MeetingKindType, UpdateMeetingKindInput } from "./meeting-kinds.types";
import { MeetingCategoryEnum } from "./meetings.enums";
import { createMeetingKind, listMeetingKinds, restoreDefaultMeetingKinds, updateMeetingKind } from "./use-cases/manage-meeting-kinds";

@Resolver()
export class MeetingKindsResolver {
  @Authorized("meeting:read", "meeting:manage", "meeting:attend")
  @Query(() => [MeetingKindType], { description: "会议/活动类型（按类别、排序）" })
  meetingKinds(
    @Arg("category", () => MeetingCategoryEnum, { nullable: true }) category: MeetingCategory | null,
    @Arg("includeDisabled", () => Boolean, { defaultValue: false }) includeDisabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<MeetingKindType[]> {
    return listMeetingKinds(ctx, category, includeDisabled);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingKindType, { description: "新增会议/活动类型" })
  createMeetingKind(@Arg("input", () => CreateMeetingKindInput) input: CreateMeetingKindInput, @Ctx() ctx: Context): Promise<MeetingKindType> {
    return createMeetingKind(ctx, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingKindType, { description: "修改、排序或停用会议/活动类型" })
  updateMeetingKind(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateMeetingKindInput) input: UpdateMeetingKindInput, @Ctx() ctx: Context): Promise<MeetingKindType> {
    return updateMeetingKind(ctx, id, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => [MeetingKindType], { description: "补齐缺少的默认类型（按名称；已有的不变），返回全部类型" })
  restoreDefaultMeetingKinds(@Ctx() ctx: Context): Promise<MeetingKindType[]> {
    return restoreDefaultMeetingKinds(ctx);
  }
}
