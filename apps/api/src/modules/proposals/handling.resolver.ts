import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { ProposalAssignmentRequestInput, ProposalCoReplyInput, ProposalTransitionInput, ReplyProposalInput } from "./inputs.types";
import { ProposalDetail } from "./proposals.types";
import { replyProposal, coReplyProposal } from "./use-cases/reply-proposal";
import { requestAssignmentChange } from "./use-cases/request-assignment-change";
import { signAssignment } from "./use-cases/sign-assignment";

/** The handling unit's side: sign, ask to return or for more time, reply. */
@Resolver()
export class ProposalHandlingResolver {
  @Authorized("proposal:handle")
  @Mutation(() => ProposalDetail, { description: "签收（主办单位签收后进入办理中；协办单位签收只记录本单位）" })
  signProposal(@Arg("input", () => ProposalTransitionInput) input: ProposalTransitionInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return signAssignment(ctx, input);
  }

  @Authorized("proposal:handle")
  @Mutation(() => ProposalDetail, { description: "申请退回（签收前、交办后规定天数内）或申请延期" })
  requestProposalAssignmentChange(@Arg("input", () => ProposalAssignmentRequestInput) input: ProposalAssignmentRequestInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return requestAssignmentChange(ctx, input);
  }

  @Authorized("proposal:handle")
  @Mutation(() => ProposalDetail, { description: "主办单位答复：办理结果 A/B/C 与答复函；已上传的答复附件随之关联" })
  replyProposal(@Arg("input", () => ReplyProposalInput) input: ReplyProposalInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return replyProposal(ctx, input);
  }

  @Authorized("proposal:handle")
  @Mutation(() => ProposalDetail, { description: "协办单位提交协办意见" })
  coReplyProposal(@Arg("input", () => ProposalCoReplyInput) input: ProposalCoReplyInput, @Ctx() ctx: Context): Promise<ProposalDetail> {
    return coReplyProposal(ctx, input);
  }
}
