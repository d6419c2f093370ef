import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { CommitteeSessionInput, CommitteeSessionType, SessionMeetingInput, SessionMeetingType } from "./sessions.types";
import { createMeeting, deleteMeeting, updateMeeting } from "./use-cases/manage-meetings";
import { createSession, deleteSession, listSessions, updateSession } from "./use-cases/manage-sessions";

@Resolver()
export class SessionsResolver {
  @Authorized()
  @Query(() => [CommitteeSessionType], { description: "本委员会的届次（新的在前），含各次全体会议" })
  committeeSessions(@Ctx() ctx: Context): Promise<CommitteeSessionType[]> {
    return listSessions(ctx);
  }

  @Authorized("session:manage")
  @Mutation(() => CommitteeSessionType, { description: "新增届次" })
  createCommitteeSession(@Arg("input", () => CommitteeSessionInput) input: CommitteeSessionInput, @Ctx() ctx: Context): Promise<CommitteeSessionType> {
    return createSession(ctx, input);
  }

  @Authorized("session:manage")
  @Mutation(() => CommitteeSessionType, { description: "修改届次（全部字段）" })
  updateCommitteeSession(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CommitteeSessionInput) input: CommitteeSessionInput,
    @Ctx() ctx: Context,
  ): Promise<CommitteeSessionType> {
    return updateSession(ctx, id, input);
  }

  @Authorized("session:manage")
  @Mutation(() => Boolean, { description: "删除届次（已有委员或会议的不能删除：CONFLICT）" })
  deleteCommitteeSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteSession(ctx, id);
  }

  @Authorized("session:manage")
  @Mutation(() => SessionMeetingType, { description: "新增全体会议" })
  createSessionMeeting(@Arg("input", () => SessionMeetingInput) input: SessionMeetingInput, @Ctx() ctx: Context): Promise<SessionMeetingType> {
    return createMeeting(ctx, input);
  }

  @Authorized("session:manage")
  @Mutation(() => SessionMeetingType, { description: "修改全体会议（全部字段）" })
  updateSessionMeeting(@Arg("id", () => ID) id: string, @Arg("input", () => SessionMeetingInput) input: SessionMeetingInput, @Ctx() ctx: Context): Promise<SessionMeetingType> {
    return updateMeeting(ctx, id, input);
  }

  @Authorized("session:manage")
  @Mutation(() => Boolean, { description: "删除全体会议" })
  deleteSessionMeeting(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteMeeting(ctx, id);
  }
}
