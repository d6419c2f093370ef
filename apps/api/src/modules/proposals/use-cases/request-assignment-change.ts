import { assignmentRequestInput, PROPOSAL_REQUEST_KIND_LABELS } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { addDays, dateOf, isoDay, todayInChina } from "../dates";
import type { ProposalAssignmentRequestInput } from "../inputs.types";
import { loadProposalDetail, proposalWork } from "../proposal-work";
import { assertOwnAssignment } from "../proposals.policy";
import { loadSettings } from "../settings";
import { recordEvent } from "../transition";

/**
 * A unit asks the office to take the assignment back (退回: before signing, within the committee's window
 * after assignment) or for more time (延期: a later date, before its reply). The office decides.
 */
export async function requestAssignmentChange(ctx: Context, input: ProposalAssignmentRequestInput) {
  const data = parseInput(assignmentRequestInput, input);
  return proposalWork(ctx, async (w, a) => {
    const found = await w.db.proposalAssignment.findUnique({
      where: { tenantId_id: { tenantId: a.tenantId, id: parseId(data.assignmentId, "交办记录") } },
      include: { proposal: { select: { id: true, state: true } } },
    });
    if (!found) throw NotFound("交办记录不存在或已退回");
    const x = assertOwnAssignment(a, found);
    const today = todayInChina();
    if (data.kind === "RETURN") {
      if (x.signedAt) throw InvalidTransition("已签收的提案不能申请退回");
      const window = (await loadSettings(w.db, a.tenantId)).returnWindowDays;
      if (today > addDays(isoDay(x.assignedAt, true), window)) throw ValidationFailed(`已超过退回时限（交办后 ${window} 天内可申请退回）`);
    } else {
      if (x.repliedAt || !["ASSIGNED", "HANDLING"].includes(x.proposal.state)) throw InvalidTransition("已答复的提案不能申请延期");
      if (data.requestedDeadline! <= isoDay(x.deadline)) throw ValidationFailed("申请延期至须晚于当前办理期限", { requestedDeadline: "须晚于当前办理期限" });
    }
    const pending = await w.db.proposalAssignmentRequest.count({ where: { tenantId: a.tenantId, assignmentId: x.id, kind: data.kind, status: "PENDING" } });
    if (pending) throw Conflict(`已有待审核的${PROPOSAL_REQUEST_KIND_LABELS[data.kind]}`);
    await w.db.proposalAssignmentRequest.create({
      data: {
        tenantId: a.tenantId,
        assignmentId: x.id,
        proposalId: x.proposalId,
        kind: data.kind,
        reason: data.reason,
        requestedDeadline: data.requestedDeadline ? dateOf(data.requestedDeadline) : null,
        requestedBy: a.userId,
      },
    });
    const state = x.proposal.state;
    await recordEvent(w, a, x.proposalId, data.kind === "RETURN" ? "requestReturn" : "requestExtension", state, state, data.reason, {
      role: x.role,
      ...(data.requestedDeadline ? { requestedDeadline: data.requestedDeadline } : {}),
    });
    return loadProposalDetail(w, a, x.proposalId);
  });
}
