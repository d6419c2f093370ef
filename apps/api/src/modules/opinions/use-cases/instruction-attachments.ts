import { OPINION_INSTRUCTION_MAX_ATTACHMENTS, uploadInstructionAttachmentInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { checkAttachment } from "../../proposals/attachment-check";
import { assertInstructable } from "../opinions.policy";
import type { OpinionAttachmentFile, OpinionAttachmentType, UploadInstructionAttachmentInput } from "../opinions.types";
import { readableOpinion } from "./record-instruction";

const fileSelect = { id: true, name: true, mime: true, size: true, createdAt: true } as const;

/**
 * Staff who record instructions attach the scanned instruction or the reply letter to one (published item);
 * the file is checked by its content, with the same rules as an item's attachments (opinion-attachments.ts).
 */
export async function uploadInstructionAttachment(ctx: Context, input: UploadInstructionAttachmentInput): Promise<OpinionAttachmentType> {
  const data = parseInput(uploadInstructionAttachmentInput, input);
  const file = checkAttachment(data.fileBase64, data.name);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const i = await db.opinionInstruction.findUnique({
      where: { tenantId_id: { tenantId, id: data.instructionId } },
      select: { id: true, opinionId: true, opinion: { select: { state: true } }, _count: { select: { attachments: true } } },
    });
    if (!i) throw NotFound("批示反馈不存在");
    assertInstructable(i.opinion);
    if (i._count.attachments >= OPINION_INSTRUCTION_MAX_ATTACHMENTS) throw ValidationFailed(`每条批示反馈最多 ${OPINION_INSTRUCTION_MAX_ATTACHMENTS} 个附件`);
    const row = await db.opinionInstructionAttachment.create({
      data: { tenantId, instructionId: i.id, name: file.name, mime: file.mime, size: file.size, content: file.content, uploadedBy: ctx.viewer!.userId },
      select: fileSelect,
    });
    audit({ action: "opinion.instruction.attachment.upload", targetType: "Opinion", targetId: i.opinionId, detail: { instructionId: i.id, attachmentId: row.id, name: row.name, size: row.size } });
    return row;
  });
}

/** Staff who record instructions remove a wrongly attached file (kept in the audit by name). */
export async function deleteInstructionAttachment(ctx: Context, id: string): Promise<boolean> {
  const attachmentId = parseId(id, "附件");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const x = await db.opinionInstructionAttachment.findUnique({
      where: { tenantId_id: { tenantId, id: attachmentId } },
      select: { id: true, name: true, size: true, instruction: { select: { id: true, opinionId: true } } },
    });
    if (!x) throw NotFound("附件不存在");
    await db.opinionInstructionAttachment.delete({ where: { tenantId_id: { tenantId, id: x.id } } });
    audit({ action: "opinion.instruction.attachment.delete", targetType: "Opinion", targetId: x.instruction.opinionId, detail: { instructionId: x.instruction.id, attachmentId: x.id, name: x.name, size: x.size } });
    return true;
  });
}

type UpwardFile = { name: string; mime: string; content: Uint8Array };

/**
 * A file of an instruction shown with item `opinionId`, for whoever may read that item: one recorded in this
 * committee on it, or — for an item reported upward — one the parent committee recorded on its copy, read
 * through opinion_forward_instruction_attachment (only the caller's own reported items; see the migration).
 */
export async function getInstructionAttachment(ctx: Context, opinionId: string, id: string): Promise<OpinionAttachmentFile> {
  const itemId = parseId(opinionId, "社情民意");
  const attachmentId = parseId(id, "附件");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const o = await readableOpinion(ctx, db, itemId);
    const own = await db.opinionInstructionAttachment.findFirst({ where: { tenantId, id: attachmentId, instruction: { opinionId: o.id } }, select: { name: true, mime: true, content: true } });
    let file: UpwardFile | null = own;
    if (!file && o.forwards.some((f) => f.direction === "OUT")) {
      [file = null] = await db.$queryRaw<UpwardFile[]>`SELECT * FROM opinion_forward_instruction_attachment(${o.id}::uuid, ${attachmentId}::uuid)`;
    }
    if (!file) throw NotFound("附件不存在");
    return { filename: file.name, contentType: file.mime, base64: Buffer.from(file.content).toString("base64") };
  });
}
