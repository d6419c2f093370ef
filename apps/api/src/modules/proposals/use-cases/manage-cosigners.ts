import { answerCosignInput, inviteCosignersInput, proposalTransitionInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, InvalidTransition, NotFound, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { Work } from "../../../core/unit-of-work";
import type { AnswerProposalCosignInput, InviteProposalCosignersInput, ProposalTransitionInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { isSubmitter, type ProposalActor } from "../proposals.policy";
import { fireTransition, recordEvent, touchProposal } from "../transition";

/** Invitees: members of this committee serving in the proposal's session, not the submitter, not already invited. */
async function invitees(w: Work, a: ProposalActor, p: { id: string; sessionId: string; memberId: string | null }, memberIds: string[]) {
  if (p.memberId && memberIds.includes(p.memberId)) throw ValidationFailed("不能邀请提案人本人联名", { memberIds: "不能邀请本人" });
  const members = await w.db.memberProfile.findMany({
    where: { tenantId: a.tenantId, id: { in: memberIds }, terms: { some: { sessionId: p.sessionId } } },
    select: { id: true, name: true },
  });
  if (members.length !== memberIds.length) throw ValidationFailed("联名委员须为本委员会本届委员", { memberIds: "有委员不存在或不是本届委员" });
  const already = await w.db.proposalCosigner.findMany({ where: { tenantId: a.tenantId, proposalId: p.id, memberId: { in: memberIds } }, select: { memberName: true } });
  if (already.length) throw ValidationFailed(`已邀请过：${already.map((c) => c.memberName).join("、")}`, { memberIds: "有委员已被邀请" });
  return members;
}

/**
 * 联名: the lead invites co-signers. From a draft (or a returned proposal) this fires requestCosign
 * (→ COSIGNING); while co-signing more members may be invited.
 */
export async function inviteCosigners(ctx: Context, input: InviteProposalCosignersInput) {
  const data = parseInput(inviteCosignersInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    if (!isSubmitter(a, p)) throw Forbidden("只有提案人可以邀请联名");
    const members = await invitees(w, a, p, data.memberIds);
    if (p.state === "COSIGNING") {
      await touchProposal(w, a, p, data.version);
      await recordEvent(w, a, p.id, "inviteCosigners", p.state, p.state, data.comment, { members: members.map((m) => m.name) });
    } else {
      await fireTransition(w, a, p, "requestCosign", { version: data.version, comment: data.comment, detail: { members: members.map((m) => m.name) } });
    }
    await w.db.proposalCosigner.createMany({ data: members.map((m) => ({ tenantId: a.tenantId, proposalId: p.id, memberId: m.id, memberName: m.name })) });
    return loadProposalDetail(w, a, p.id);
  });
}

/** Withdraws the invitations still unanswered and returns the proposal to draft (answers given stay). */
export async function cancelCosign(ctx: Context, input: ProposalTransitionInput) {
  const data = parseInput(proposalTransitionInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    if (!isSubmitter(a, p)) throw Forbidden("只有提案人可以撤回联名邀请");
    await fireTransition(w, a, p, "cancelCosign", { version: data.version, comment: data.comment });
    await w.db.proposalCosigner.deleteMany({ where: { tenantId: a.tenantId, proposalId: p.id, status: "INVITED" } });
    return loadProposalDetail(w, a, p.id);
  });
}

/** An invited member confirms or declines; the proposal's state does not change (submission waits for all answers). */
export async function answerCosign(ctx: Context, input: AnswerProposalCosignInput) {
  const data = parseInput(answerCosignInput, input);
  return proposalWork(ctx, async (w, a) => {
    if (!a.memberId) throw Forbidden("当前账号未关联委员档案");
    const p = await findVisibleProposal(w, a, data.proposalId);
    const invite = await w.db.proposalCosigner.findUnique({ where: { tenantId_proposalId_memberId: { tenantId: a.tenantId, proposalId: p.id, memberId: a.memberId } } });
    if (!invite) throw NotFound("没有该提案的联名邀请");
    if (p.state !== "COSIGNING" || invite.status !== "INVITED") throw InvalidTransition("该联名邀请已结束或已答复");
    const { count } = await w.db.proposalCosigner.updateMany({
      where: { tenantId: a.tenantId, proposalId: p.id, memberId: a.memberId, status: "INVITED" },
      data: { status: data.accept ? "CONFIRMED" : "DECLINED", comment: data.comment, answeredAt: new Date() },
    });
    if (count === 0) throw InvalidTransition("该联名邀请已答复");
    await recordEvent(w, a, p.id, data.accept ? "confirmCosign" : "declineCosign", p.state, p.state, data.comment);
    return loadProposalDetail(w, a, p.id);
  });
}
