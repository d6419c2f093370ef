import { declineProposalInput, proposalTransitionInput, returnProposalInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseInput } from "../../../core/validate";
import { transferProposalToOpinion } from "../hooks";
import type { DeclineProposalInput, ProposalTransitionInput, ReturnProposalInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { fireTransition } from "../transition";

/** 一审通过 / 二审通过: the office's review passes (SUBMITTED → FIRST_REVIEWED → SECOND_REVIEWED). */
export async function passReview(ctx: Context, input: ProposalTransitionInput, stage: "first" | "second") {
  const data = parseInput(proposalTransitionInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    await fireTransition(w, a, p, stage === "first" ? "passFirstReview" : "passSecondReview", { version: data.version, comment: data.comment });
    return loadProposalDetail(w, a, p.id);
  });
}

/** 退回修改: back to the submitter with a reason; they edit and submit again. */
export async function returnProposal(ctx: Context, input: ReturnProposalInput) {
  const data = parseInput(returnProposalInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    await fireTransition(w, a, p, "returnToSubmitter", { version: data.version, comment: data.reason, data: { returnReason: data.reason } });
    return loadProposalDetail(w, a, p.id);
  });
}

/** 不予立案 with its destination: 撤案, 转社情民意 (handed to the opinion module's hook) or 其他方式. */
export async function declineProposal(ctx: Context, input: DeclineProposalInput) {
  const data = parseInput(declineProposalInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    await fireTransition(w, a, p, "decline", {
      version: data.version,
      comment: data.reason,
      data: { notFiledDestination: data.destination, notFiledReason: data.reason },
      detail: { destination: data.destination },
    });
    if (data.destination === "TO_OPINION") await transferProposalToOpinion(w, a, p);
    return loadProposalDetail(w, a, p.id);
  });
}
