import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { AnswerProposalCosignInput, CreateProposalInput, InviteProposalCosignersInput, ProposalListArgs, ProposalTransitionInput, UpdateProposalInput } from "./inputs.types";
import { ProposalCosignInvitation, ProposalDetail, ProposalPage } from "./proposals.types";
import { createProposal } from "./use-cases/create-proposal";
import { getProposal, listCosignInvitations, listProposals } from "./use-cases/list-proposals";
import { answerCosign, cancelCosign, inviteCosigners } from "./use-cases/manage-cosigners";
import { submitProposal } from "./use-cases/submit-proposal";
import { deleteProposal, updateProposal } from "./use-cases/update-proposal";

/** Reading proposals, and the submitter's side: drafts, 联名, submission. */
@Resolver()
export class ProposalsResolver {
  @Authorized("proposal:read")
  @Query(() => ProposalPage, { description: "管理端提案列表：filter.list 选择所有/一审/二审/待立案/待交办/办理中/重点/不满意/不予立案/已办结" })
  proposals(@Args(() => ProposalListArgs) args: ProposalListArgs, @Ctx() ctx: Context): Promise<ProposalPage> {
    return listProposals(ctx, args, "office");
  }

  @Authorized("proposal:submit")
  @Query(() => ProposalPage, { description: "我的提案（委员/集体用户）；includeCosigned 时含本人已确认联名的提案" })
  myProposals(
    @Args(() => ProposalListArgs) args: ProposalListArgs,
    @Arg("includeCosigned", () => Boolean, { defaultValue: false }) includeCosigned: boolean,
    @Ctx() ctx: Context,
  ): Promise<ProposalPage> {
    return listProposals(ctx, args, includeCosigned ? "mineWithCosigned" : "mine");
  }

  @Authorized("proposal:handle")
  @Query(() => ProposalPage, { description: "本单位承办的提案（承办单位）；每行的 myAssignment 为本单位的交办记录" })
  unitProposals(@Args(() => ProposalListArgs) args: ProposalListArgs, @Ctx() ctx: Context): Promise<ProposalPage> {
    return listProposals(ctx, args, "unit");
  }

  @Authorized("proposal:read", "proposal:submit", "proposal:handle")
  @Query(() => ProposalDetail, { description: "提案详情（无权查看时为 NOT_FOUND）" })
  proposal(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return getProposal(ctx, id);
  }

  @Authorized("proposal:submit")
  @Query(() => [ProposalCosignInvitation], { description: "邀请我联名的提案" })
  myProposalCosignInvitations(@Arg("pendingOnly", () => Boolean, { defaultValue: false }) pendingOnly: boolean, @Ctx() ctx: Context): Promise<ProposalCosignInvitation[]> {
    return listCosignInvitations(ctx, pendingOnly);
  }

  @Authorized("proposal:submit", "proposal:manage")
  @Mutation(() => ProposalDetail, { description: "新建提案草稿；提案委补录时指定 memberId 或 collectiveId" })
  createProposal(@Arg("input", () => CreateProposalInput) input: CreateProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return createProposal(ctx, input);
  }

  @Authorized("proposal:submit", "proposal:manage")
  @Mutation(() => ProposalDetail, { description: "修改草稿或被退回的提案" })
  updateProposal(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => UpdateProposalInput) input: UpdateProposalInput,
    @Ctx() ctx: Context,
  ): Promise<ProposalDetail> {
    return updateProposal(ctx, id, version, input);
  }

  @Authorized("proposal:submit", "proposal:manage")
  @Mutation(() => Boolean, { description: "删除从未提交的草稿" })
  deleteProposal(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context): Promise<boolean> {
    return deleteProposal(ctx, id, version);
  }

  @Authorized("proposal:submit")
  @Mutation(() => ProposalDetail, { description: "邀请联名（草稿 → 待联名确认；待联名确认时可追加）" })
  inviteProposalCosigners(@Arg("input", () => InviteProposalCosignersInput) input: InviteProposalCosignersInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return inviteCosigners(ctx, input);
  }

  @Authorized("proposal:submit")
  @Mutation(() => ProposalDetail, { description: "撤回未答复的联名邀请（回到草稿）" })
  cancelProposalCosign(@Arg("input", () => ProposalTransitionInput) input: ProposalTransitionInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return cancelCosign(ctx, input);
  }

  @Authorized("proposal:submit")
  @Mutation(() => ProposalDetail, { description: "被邀请的委员确认或拒绝联名" })
  answerProposalCosign(@Arg("input", () => AnswerProposalCosignInput) input: AnswerProposalCosignInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return answerCosign(ctx, input);
  }

  @Authorized("proposal:submit", "proposal:manage")
  @Mutation(() => ProposalDetail, { description: "提交（联名提案须全部被邀请人答复后）；提案委可提交补录的提案" })
  submitProposal(@Arg("input", () => ProposalTransitionInput) input: ProposalTransitionInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return submitProposal(ctx, input);
  }
}
