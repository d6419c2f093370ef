import { proposalTransitionInput, rateProposalInput, rehandleProposalInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { dateOf, todayInChina } from "../dates";
import type { ProposalTransitionInput, RateProposalInput, RehandleProposalInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { assertSubmitter } from "../proposals.policy";
import { checkTransition, fireTransition } from "../transition";

/** 委员评价: 满意/基本满意 close the proposal; 不满意 sends it to the office. */
export async function rateProposal(ctx: Context, input: RateProposalInput) {
  const data = parseInput(rateProposalInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    const dissatisfied = data.satisfaction === "DISSATISFIED";
    const action = dissatisfied ? "rateDissatisfied" : "rateSatisfied";
    checkTransition(a, p, action, data.version);
    assertSubmitter(a, p);
    await fireTransition(w, a, p, action, { version: data.version, comment: data.comment, data: dissatisfied ? {} : { closedAt: new Date() }, detail: { satisfaction: data.satisfaction } });
    await w.db.proposalFeedback.create({ data: { tenantId: a.tenantId, proposalId: p.id, round: p.round, satisfaction: data.satisfaction, comment: data.comment, submittedBy: a.userId } });
    return loadProposalDetail(w, a, p.id);
  });
}

/** The office agrees with the unit's handling despite 不满意: closed (办结). */
export async function closeDissatisfied(ctx: Context, input: ProposalTransitionInput) {
  const data = parseInput(proposalTransitionInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    await fireTransition(w, a, p, "closeDissatisfied", { version: data.version, comment: data.comment, data: { closedAt: new Date() } });
    await w.db.proposalFeedback.updateMany({
      where: { tenantId: a.tenantId, proposalId: p.id, round: p.round },
      data: { decision: "CLOSED", decidedBy: a.userId, decidedAt: new Date(), decisionComment: data.comment },
    });
    return loadProposalDetail(w, a, p.id);
  });
}

/** 重新办理: the lead unit handles the proposal again (a new round; it must reply again). */
export async function rehandleProposal(ctx: Context, input: RehandleProposalInput) {
  const data = parseInput(rehandleProposalInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    checkTransition(a, p, "rehandle", data.version);
    if (data.deadline && data.deadline <= todayInChina()) throw ValidationFailed("办理期限须晚于今天", { deadline: "办理期限须晚于今天" });
    await fireTransition(w, a, p, "rehandle", { version: data.version, comment: data.comment, data: { round: { increment: 1 } }, detail: { round: p.round + 1 } });
    await w.db.proposalFeedback.updateMany({
      where: { tenantId: a.tenantId, proposalId: p.id, round: p.round },
      data: { decision: "REHANDLE", decidedBy: a.userId, decidedAt: new Date(), decisionComment: data.comment },
    });
    await w.db.proposalAssignment.updateMany({
      where: { tenantId: a.tenantId, proposalId: p.id, status: "ACTIVE", role: "LEAD" },
      data: { repliedAt: null, ...(data.deadline ? { deadline: dateOf(data.deadline) } : {}) },
    });
    return loadProposalDetail(w, a, p.id);
  });
}
