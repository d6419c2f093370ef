import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import {
  AssignProposalInput, DecideProposalAssignmentRequestInput, DeclineProposalInput, FileProposalInput, MergeProposalInput, ProposalTransitionInput, RateProposalInput, RehandleProposalInput,
  ReturnProposalInput, SetKeyProposalInput,
} from "./inputs.types";
import { ProposalDetail } from "./proposals.types";
import { assignProposal } from "./use-cases/assign-proposal";
import { decideAssignmentRequest } from "./use-cases/decide-assignment-request";
import { fileProposal, setKeyProposal } from "./use-cases/file-proposal";
import { closeDissatisfied, rateProposal, rehandleProposal } from "./use-cases/rate-proposal";
import { declineProposal, passReview, returnProposal } from "./use-cases/review-proposal";
import { mergeProposal } from "./use-cases/merge-proposal";

/** The office's transitions (review, filing, assignment, decisions) and the submitter's feedback. One mutation per transition. */
@Resolver()
export class ProposalWorkflowResolver {
  @Authorized("proposal:review")
  @Mutation(() => ProposalDetail, { description: "一审通过（待一审 → 待二审）" })
  passFirstReview(@Arg("input", () => ProposalTransitionInput) input: ProposalTransitionInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return passReview(ctx, input, "first");
  }

  @Authorized("proposal:review")
  @Mutation(() => ProposalDetail, { description: "二审通过（待二审 → 待立案）" })
  passSecondReview(@Arg("input", () => ProposalTransitionInput) input: ProposalTransitionInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return passReview(ctx, input, "second");
  }

  @Authorized("proposal:review")
  @Mutation(() => ProposalDetail, { description: "退回提案人修改（一审或二审时）" })
  returnProposal(@Arg("input", () => ReturnProposalInput) input: ReturnProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return returnProposal(ctx, input);
  }

  @Authorized("proposal:review")
  @Mutation(() => ProposalDetail, { description: "不予立案：撤案、转社情民意或其他方式" })
  declineProposal(@Arg("input", () => DeclineProposalInput) input: DeclineProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return declineProposal(ctx, input);
  }

  @Authorized("proposal:review")
  @Mutation(() => ProposalDetail, { description: "并案：把重复的提案并入同届次的另一件提案（保留原文，提案人成为联名人），返回目标提案" })
  mergeProposal(@Arg("input", () => MergeProposalInput) input: MergeProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return mergeProposal(ctx, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalDetail, { description: "立案：确定分类、生成案号，可设为重点提案" })
  fileProposal(@Arg("input", () => FileProposalInput) input: FileProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return fileProposal(ctx, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalDetail, { description: "设置或取消重点提案（立案后）" })
  setKeyProposal(@Arg("input", () => SetKeyProposalInput) input: SetKeyProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return setKeyProposal(ctx, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalDetail, { description: "交办：主办单位、协办单位、办理期限" })
  assignProposal(@Arg("input", () => AssignProposalInput) input: AssignProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return assignProposal(ctx, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalDetail, { description: "审核承办单位的退回或延期申请" })
  decideProposalAssignmentRequest(@Arg("input", () => DecideProposalAssignmentRequestInput) input: DecideProposalAssignmentRequestInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return decideAssignmentRequest(ctx, input);
  }

  @Authorized("proposal:submit")
  @Mutation(() => ProposalDetail, { description: "提案人评价办理结果：满意/基本满意即办结，不满意交提案委审核" })
  rateProposal(@Arg("input", () => RateProposalInput) input: RateProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return rateProposal(ctx, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalDetail, { description: "不满意审核：同意办结" })
  closeDissatisfiedProposal(@Arg("input", () => ProposalTransitionInput) input: ProposalTransitionInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return closeDissatisfied(ctx, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalDetail, { description: "不满意审核：不同意，交主办单位重新办理" })
  rehandleProposal(@Arg("input", () => RehandleProposalInput) input: RehandleProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return rehandleProposal(ctx, input);
  }
}
