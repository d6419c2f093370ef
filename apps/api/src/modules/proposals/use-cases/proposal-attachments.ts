import { uploadAttachmentInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, InvalidTransition, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { checkAttachment } from "../attachment-check";
import type { UploadProposalAttachmentInput } from "../inputs.types";
import { findVisibleProposal, proposalWork } from "../proposal-work";
import { assertMayEdit, assertOwnAssignment } from "../proposals.policy";
import type { ProposalAttachmentFile, ProposalAttachmentType } from "../proposals.types";

const MAX_PER_PROPOSAL = 20;
const EDITABLE = ["DRAFT", "RETURNED"];
const HANDLING = ["ASSIGNED", "HANDLING"];

/**
 * PROPOSAL documents: the submitter (or the office for 补录) while the proposal can be edited. REPLY
 * documents: a unit with a live assignment while handling; they join its next reply.
 */
export async function uploadProposalAttachment(ctx: Context, input: UploadProposalAttachmentInput): Promise<ProposalAttachmentType> {
  const data = parseInput(uploadAttachmentInput, input);
  const file = checkAttachment(data.fileBase64, data.name);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.proposalId);
    let unitId: string | null = null;
    if (data.kind === "PROPOSAL") {
      if (!EDITABLE.includes(p.state)) throw InvalidTransition("只有草稿或被退回的提案可以上传附件");
      assertMayEdit(a, p);
    } else {
      unitId = assertOwnAssignment(a, p.assignments.find((x) => x.unitId === a.unitId)).unitId;
      if (!HANDLING.includes(p.state)) throw InvalidTransition("该提案当前不能上传答复附件");
    }
    if ((await w.db.proposalAttachment.count({ where: { tenantId: a.tenantId, proposalId: p.id } })) >= MAX_PER_PROPOSAL) throw ValidationFailed(`每件提案最多 ${MAX_PER_PROPOSAL} 个附件`);
    const row = await w.db.proposalAttachment.create({
      data: { tenantId: a.tenantId, proposalId: p.id, kind: data.kind, unitId, name: file.name, mime: file.mime, size: file.size, content: file.content, uploadedBy: a.userId },
      select: { id: true, name: true, mime: true, size: true, replyId: true, createdAt: true },
    });
    w.audit({ action: "proposal.attachment.upload", targetType: "Proposal", targetId: p.id, detail: { attachmentId: row.id, kind: data.kind, name: row.name, size: row.size } });
    return row;
  });
}

/** Removes a document that has not been sent yet (a proposal's while editable, a unit's before its reply). */
export async function deleteProposalAttachment(ctx: Context, id: string): Promise<boolean> {
  return proposalWork(ctx, async (w, a) => {
    const x = await w.db.proposalAttachment.findUnique({ where: { tenantId_id: { tenantId: a.tenantId, id: parseId(id, "附件") } }, select: { id: true, proposalId: true, kind: true, unitId: true, replyId: true, uploadedBy: true, name: true } });
    if (!x) throw NotFound("附件不存在");
    const p = await findVisibleProposal(w, a, x.proposalId);
    if (x.kind === "PROPOSAL") {
      if (!EDITABLE.includes(p.state)) throw InvalidTransition("已提交的提案不能删除附件");
      assertMayEdit(a, p);
    } else if (x.unitId !== a.unitId || x.replyId) {
      throw Forbidden("只能删除本单位尚未随答复发出的附件");
    }
    await w.db.proposalAttachment.delete({ where: { tenantId_id: { tenantId: a.tenantId, id: x.id } } });
    w.audit({ action: "proposal.attachment.delete", targetType: "Proposal", targetId: p.id, detail: { attachmentId: x.id, name: x.name } });
    return true;
  });
}

/** A document's content, for whoever may see its proposal. */
export async function getProposalAttachment(ctx: Context, id: string): Promise<ProposalAttachmentFile> {
  return proposalWork(ctx, async (w, a) => {
    const x = await w.db.proposalAttachment.findUnique({ where: { tenantId_id: { tenantId: a.tenantId, id: parseId(id, "附件") } } });
    if (!x) throw NotFound("附件不存在");
    await findVisibleProposal(w, a, x.proposalId);
    return { filename: x.name, contentType: x.mime, base64: Buffer.from(x.content).toString("base64") };
  });
}
