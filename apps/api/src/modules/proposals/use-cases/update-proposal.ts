import { updateProposalInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { UpdateProposalInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { assertMayEdit } from "../proposals.policy";
import { plainText } from "../rich-text";
import { termsOf } from "../text-similarity";
import { recordEvent, touchProposal } from "../transition";
import { assertRefs, cleanContent } from "./create-proposal";

/** Edits a draft or a returned proposal (while co-signers are deciding, the text is frozen). */
export async function updateProposal(ctx: Context, id: string, version: number, input: UpdateProposalInput) {
  const data = parseInput(updateProposalInput, input);
  const cleaned = data.content !== undefined ? cleanContent(data.content) : null;
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, id);
    if (p.state !== "DRAFT" && p.state !== "RETURNED") throw InvalidTransition("只有草稿或被退回的提案可以修改");
    assertMayEdit(a, p);
    const sessionId = data.sessionId ?? p.sessionId;
    await assertRefs(w.db, a.tenantId, { ...data, meetingId: data.meetingId === undefined ? p.meetingId : data.meetingId }, sessionId);
    const title = data.title ?? p.title;
    const content = cleaned?.content ?? p.content;
    await touchProposal(w, a, p, version, { ...data, content, terms: termsOf(title, cleaned?.text ?? plainText(p.content)) });
    await recordEvent(w, a, p.id, "update", p.state, p.state, null, { fields: Object.keys(data) });
    return loadProposalDetail(w, a, p.id);
  });
}

/** Deletes a draft that was never submitted. */
export async function deleteProposal(ctx: Context, id: string, version: number) {
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, id);
    if (p.state !== "DRAFT" || p.submittedAt) throw InvalidTransition("只有从未提交的草稿可以删除");
    assertMayEdit(a, p);
    if (p.version !== version) throw Conflict();
    const { count } = await w.db.proposal.deleteMany({ where: { tenantId: a.tenantId, id: p.id, version } });
    if (count === 0) throw Conflict();
    w.audit({ action: "proposal.delete", targetType: "Proposal", targetId: p.id, detail: { title: p.title } });
    return true;
  });
}
