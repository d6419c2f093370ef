import { OPINION_MAX_ATTACHMENTS, uploadOpinionAttachmentInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { checkAttachment } from "../../proposals/attachment-check";
import { assertOwnItem, requireSubmitter } from "../opinions.policy";
import type { OpinionAttachmentFile, OpinionAttachmentType, UploadOpinionAttachmentInput } from "../opinions.types";
import { opinionDetail } from "./get-opinion";

const EDITABLE = ["DRAFT", "RETURNED"];
const fileSelect = { id: true, name: true, mime: true, size: true, createdAt: true } as const;

/** The submitter adds a document while the item is a draft or returned to them; checked by its content. */
export async function uploadOpinionAttachment(ctx: Context, input: UploadOpinionAttachmentInput): Promise<OpinionAttachmentType> {
  const data = parseInput(uploadOpinionAttachmentInput, input);
  const file = checkAttachment(data.fileBase64, data.name);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const s = await requireSubmitter(db, tenantId, ctx.viewer!);
    const o = await db.opinion.findUnique({ where: { tenantId_id: { tenantId, id: data.opinionId } }, select: { id: true, state: true, memberId: true, collectiveId: true } });
    if (!o) throw NotFound("社情民意不存在");
    assertOwnItem(o, s);
    if (!EDITABLE.includes(o.state)) throw InvalidTransition("只有草稿或被退回的信息可以上传附件");
    if ((await db.opinionAttachment.count({ where: { tenantId, opinionId: o.id } })) >= OPINION_MAX_ATTACHMENTS) throw ValidationFailed(`每条信息最多 ${OPINION_MAX_ATTACHMENTS} 个附件`);
    const row = await db.opinionAttachment.create({
      data: { tenantId, opinionId: o.id, name: file.name, mime: file.mime, size: file.size, content: file.content, uploadedBy: ctx.viewer!.userId },
      select: fileSelect,
    });
    audit({ action: "opinion.attachment.upload", targetType: "Opinion", targetId: o.id, detail: { attachmentId: row.id, name: row.name, size: row.size } });
    return row;
  });
}

/** Only the submitter, only while the item can still be edited. */
export async function deleteOpinionAttachment(ctx: Context, id: string): Promise<boolean> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const s = await requireSubmitter(db, tenantId, ctx.viewer!);
    const x = await db.opinionAttachment.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "附件") } }, select: { id: true, name: true, opinion: { select: { id: true, state: true, memberId: true, collectiveId: true } } } });
    if (!x) throw NotFound("附件不存在");
    assertOwnItem(x.opinion, s);
    if (!EDITABLE.includes(x.opinion.state)) throw InvalidTransition("已提交的信息不能删除附件");
    await db.opinionAttachment.delete({ where: { tenantId_id: { tenantId, id: x.id } } });
    audit({ action: "opinion.attachment.delete", targetType: "Opinion", targetId: x.opinion.id, detail: { attachmentId: x.id, name: x.name } });
    return true;
  });
}

/** A document's content, for whoever may read its item (the same rule as the detail). */
export async function getOpinionAttachment(ctx: Context, id: string): Promise<OpinionAttachmentFile> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const x = await db.opinionAttachment.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "附件") } } });
    if (!x) throw NotFound("附件不存在");
    await opinionDetail(ctx, db, x.opinionId);
    return { filename: x.name, contentType: x.mime, base64: Buffer.from(x.content).toString("base64") };
  });
}
