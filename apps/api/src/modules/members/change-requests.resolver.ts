import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { ChangeRequestListArgs, MemberChangeRequestPage, MemberChangeRequestType } from "./change-requests.types";
import { MemberProfilePatch } from "./members.types";
import { listChangeRequests, listMyChangeRequests } from "./use-cases/list-change-requests";
import { approveChangeRequest, rejectChangeRequest } from "./use-cases/review-change-request";
import { cancelChangeRequest, submitChangeRequest } from "./use-cases/submit-change-request";

@Resolver()
export class MemberChangeRequestsResolver {
  @Authorized("member:self")
  @Mutation(() => MemberChangeRequestType, { description: "委员提交本人信息修改（审核通过后生效；已有待审核申请时 CONFLICT）" })
  submitMemberChangeRequest(@Arg("input", () => MemberProfilePatch) input: MemberProfilePatch, @Ctx() ctx: Context): Promise<MemberChangeRequestType> {
    return submitChangeRequest(ctx, input);
  }

  @Authorized("member:self")
  @Mutation(() => MemberChangeRequestType, { description: "委员撤回本人待审核的申请" })
  cancelMemberChangeRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MemberChangeRequestType> {
    return cancelChangeRequest(ctx, id);
  }

  @Authorized("member:self")
  @Query(() => [MemberChangeRequestType], { description: "本人的修改申请及审核结果（新的在前，最多 50 条）" })
  myMemberChangeRequests(@Ctx() ctx: Context): Promise<MemberChangeRequestType[]> {
    return listMyChangeRequests(ctx);
  }

  @Authorized("member:manage")
  @Query(() => MemberChangeRequestPage, { description: "委员信息审核列表" })
  memberChangeRequests(@Args(() => ChangeRequestListArgs) args: ChangeRequestListArgs, @Ctx() ctx: Context): Promise<MemberChangeRequestPage> {
    return listChangeRequests(ctx, args);
  }

  @Authorized("member:manage")
  @Mutation(() => MemberChangeRequestType, { description: "审核通过：修改写入委员档案并留痕" })
  approveMemberChangeRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MemberChangeRequestType> {
    return approveChangeRequest(ctx, id);
  }

  @Authorized("member:manage")
  @Mutation(() => MemberChangeRequestType, { description: "驳回（须填写理由，委员可见）" })
  rejectMemberChangeRequest(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<MemberChangeRequestType> {
    return rejectChangeRequest(ctx, id, reason);
  }
}
