import { proposalTransitionInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { ProposalTransitionInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { assertMayEdit } from "../proposals.policy";
import { checkTransition, fireTransition } from "../transition";

/**
 * 提交 (or, by the office, 补录提交): a joint proposal is submitted only once every invited co-signer has
 * answered; those who declined are simply not co-signers.
 */
export async function submitProposal(ctx: Context, input: ProposalTransitionInput) {
  const data = parseInput(proposalTransitionInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    checkTransition(a, p, "submit", data.version);
    assertMayEdit(a, p);
    const pending = await w.db.proposalCosigner.count({ where: { tenantId: a.tenantId, proposalId: p.id, status: "INVITED" } });
    if (pending > 0) throw ValidationFailed(`尚有 ${pending} 位联名委员未答复，不能提交`);
    await fireTransition(w, a, p, "submit", { version: data.version, comment: data.comment, data: { submittedAt: new Date() } });
    return loadProposalDetail(w, a, p.id);
  });
}
