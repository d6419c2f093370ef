import { decideAssignmentRequestInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { DecideProposalAssignmentRequestInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { fireTransition, recordEvent } from "../transition";

/**
 * The office decides a unit's request. An approved 退回 of the lead unit fires returnAssignment
 * (ASSIGNED → FILED): every live assignment of the proposal ends and the office assigns again; an
 * approved 退回 of a co-unit ends that assignment only. An approved 延期 moves the deadline.
 */
export async function decideAssignmentRequest(ctx: Context, input: DecideProposalAssignmentRequestInput) {
  const data = parseInput(decideAssignmentRequestInput, input);
  return proposalWork(ctx, async (w, a) => {
    const r = await w.db.proposalAssignmentRequest.findUnique({
      where: { tenantId_id: { tenantId: a.tenantId, id: parseId(data.requestId, "申请") } },
      include: { assignment: true },
    });
    if (!r) throw NotFound("申请不存在");
    if (r.status !== "PENDING") throw InvalidTransition("该申请已处理");
    const p = await findVisibleProposal(w, a, r.proposalId);
    const now = new Date();
    const claimed = await w.db.proposalAssignmentRequest.updateMany({
      where: { tenantId: a.tenantId, id: r.id, status: "PENDING" },
      data: { status: data.approve ? "APPROVED" : "REJECTED", decidedBy: a.userId, decidedAt: now, decisionComment: data.comment },
    });
    if (claimed.count === 0) throw Conflict("该申请已被他人处理");
    const x = r.assignment;

    if (!data.approve) {
      await recordEvent(w, a, p.id, r.kind === "RETURN" ? "rejectReturn" : "rejectExtension", p.state, p.state, data.comment, { assignmentId: x.id });
    } else if (r.kind === "EXTENSION") {
      await w.db.proposalAssignment.update({ where: { tenantId_id: { tenantId: a.tenantId, id: x.id } }, data: { deadline: r.requestedDeadline! } });
      await recordEvent(w, a, p.id, "approveExtension", p.state, p.state, data.comment, { assignmentId: x.id, deadline: r.requestedDeadline!.toISOString().slice(0, 10) });
    } else if (x.role === "LEAD") {
      await fireTransition(w, a, p, "returnAssignment", { version: p.version, comment: data.comment ?? r.reason, detail: { assignmentId: x.id } });
      await w.db.proposalAssignment.updateMany({ where: { tenantId: a.tenantId, proposalId: p.id, status: "ACTIVE" }, data: { status: "RETURNED", endedAt: now } });
      await w.db.proposalAssignmentRequest.updateMany({
        where: { tenantId: a.tenantId, proposalId: p.id, status: "PENDING" },
        data: { status: "REJECTED", decidedBy: a.userId, decidedAt: now, decisionComment: "交办已退回，申请自动关闭" },
      });
    } else {
      await w.db.proposalAssignment.update({ where: { tenantId_id: { tenantId: a.tenantId, id: x.id } }, data: { status: "RETURNED", endedAt: now } });
      await recordEvent(w, a, p.id, "approveReturn", p.state, p.state, data.comment, { assignmentId: x.id });
    }
    return loadProposalDetail(w, a, p.id);
  });
}
