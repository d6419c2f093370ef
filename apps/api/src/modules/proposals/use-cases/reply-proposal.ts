import { coReplyInput, replyProposalInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, Forbidden, InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Work } from "../../../core/unit-of-work";
import type { ProposalCoReplyInput, ReplyProposalInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { assertOwnAssignment, type ProposalActor } from "../proposals.policy";
import { fireTransition, recordEvent } from "../transition";
import { cleanContent } from "./create-proposal";

/** The unit's reply documents uploaded before replying are attached to the reply. */
async function attachPendingDocuments(w: Work, a: ProposalActor, proposalId: string, replyId: string) {
  await w.db.proposalAttachment.updateMany({ where: { tenantId: a.tenantId, proposalId, kind: "REPLY", unitId: a.unitId, replyId: null }, data: { replyId } });
}

/** 答复 by the lead unit: result class A/B/C and the reply letter (HANDLING → REPLIED). */
export async function replyProposal(ctx: Context, input: ReplyProposalInput) {
  const data = parseInput(replyProposalInput, input);
  const { content } = cleanContent(data.content, "content", "答复内容");
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    const mine = assertOwnAssignment(a, p.assignments.find((x) => x.unitId === a.unitId));
    if (mine.role !== "LEAD") throw Forbidden("只有主办单位可以答复，协办单位请提交协办意见");
    await fireTransition(w, a, p, "reply", { version: data.version, comment: data.comment, detail: { result: data.result, round: p.round } });
    const reply = await w.db.proposalReply.create({
      data: { tenantId: a.tenantId, proposalId: p.id, assignmentId: mine.id, unitId: mine.unitId, isLead: true, result: data.result, content, round: p.round, repliedBy: a.userId, repliedByName: a.name },
    });
    await w.db.proposalAssignment.update({ where: { tenantId_id: { tenantId: a.tenantId, id: mine.id } }, data: { repliedAt: reply.createdAt } });
    await attachPendingDocuments(w, a, p.id, reply.id);
    return loadProposalDetail(w, a, p.id);
  });
}

/** 协办意见: a co-unit's opinion for the lead unit and the office (no state change). */
export async function coReplyProposal(ctx: Context, input: ProposalCoReplyInput) {
  const data = parseInput(coReplyInput, input);
  const { content } = cleanContent(data.content, "content", "协办意见");
  return proposalWork(ctx, async (w, a) => {
    const found = await w.db.proposalAssignment.findUnique({
      where: { tenantId_id: { tenantId: a.tenantId, id: parseId(data.assignmentId, "交办记录") } },
      include: { proposal: { select: { id: true, state: true, round: true } } },
    });
    if (!found) throw NotFound("交办记录不存在或已退回");
    const x = assertOwnAssignment(a, found);
    if (x.role !== "CO") throw Forbidden("主办单位请使用“答复”");
    if (!x.signedAt) throw InvalidTransition("请先签收");
    const { state, round } = x.proposal;
    if (state !== "ASSIGNED" && state !== "HANDLING") throw InvalidTransition("该提案当前不能提交协办意见");
    if (await w.db.proposalReply.findUnique({ where: { tenantId_assignmentId_round: { tenantId: a.tenantId, assignmentId: x.id, round } } })) throw Conflict("本轮已提交协办意见");
    const reply = await w.db.proposalReply.create({
      data: { tenantId: a.tenantId, proposalId: x.proposalId, assignmentId: x.id, unitId: x.unitId, isLead: false, result: null, content, round, repliedBy: a.userId, repliedByName: a.name },
    });
    await w.db.proposalAssignment.update({ where: { tenantId_id: { tenantId: a.tenantId, id: x.id } }, data: { repliedAt: reply.createdAt } });
    await attachPendingDocuments(w, a, x.proposalId, reply.id);
    await recordEvent(w, a, x.proposalId, "replyCo", state, state, null);
    return loadProposalDetail(w, a, x.proposalId);
  });
}
