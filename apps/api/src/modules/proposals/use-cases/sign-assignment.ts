import { proposalTransitionInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { ProposalTransitionInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { assertOwnAssignment } from "../proposals.policy";
import { fireTransition, recordEvent } from "../transition";

/**
 * 签收: the lead unit's signature moves the proposal into handling (sign, checked with the version);
 * a co-unit's signature is recorded on its own assignment only.
 */
export async function signAssignment(ctx: Context, input: ProposalTransitionInput) {
  const data = parseInput(proposalTransitionInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    const mine = assertOwnAssignment(a, p.assignments.find((x) => x.unitId === a.unitId));
    if (mine.signedAt) throw InvalidTransition("本单位已签收");
    const pendingReturn = await w.db.proposalAssignmentRequest.count({ where: { tenantId: a.tenantId, assignmentId: mine.id, kind: "RETURN", status: "PENDING" } });
    if (pendingReturn) throw InvalidTransition("本单位已申请退回，待提案委审核后再签收");
    if (mine.role === "LEAD") {
      await fireTransition(w, a, p, "sign", { version: data.version, comment: data.comment });
    } else {
      if (p.state !== "ASSIGNED" && p.state !== "HANDLING") throw InvalidTransition("该提案当前不能签收");
      await recordEvent(w, a, p.id, "signCo", p.state, p.state, data.comment);
    }
    const { count } = await w.db.proposalAssignment.updateMany({ where: { tenantId: a.tenantId, id: mine.id, signedAt: null }, data: { signedAt: new Date(), signedBy: a.userId } });
    if (count === 0) throw Conflict();
    return loadProposalDetail(w, a, p.id);
  });
}
