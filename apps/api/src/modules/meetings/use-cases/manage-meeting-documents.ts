import { meetingDocumentFileMeta, meetingDocumentInput, meetingDocumentUpdate } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { checkedDocument, cleanFileName } from "../file-types";
import { assertEditable, loadMeeting } from "../meetings.policy";
import { documentSelect, presentDocument } from "../meetings.presenter";
import type { MeetingDocumentType } from "../meetings.types";

const nextOrder = async (db: Tx, tenantId: string, meetingId: string) =>
  ((await db.meetingDocument.aggregate({ where: { tenantId, meetingId }, _max: { sortOrder: true } }))._max.sortOrder ?? 0) + 10;

/** A text document (会议文件 typed in): title and body. */
export async function addMeetingDocument(ctx: Context, meetingId: string, input: { title: string; body: string }): Promise<MeetingDocumentType> {
  const data = parseInput(meetingDocumentInput, input);
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    assertEditable(await loadMeeting(db, tenantId, id));
    const d = await db.meetingDocument.create({
      data: { tenantId, meetingId: id, title: data.title, body: data.body, sortOrder: await nextOrder(db, tenantId, id), createdBy: ctx.viewer!.userId },
      select: documentSelect,
    });
    audit({ action: "meetings.document.add", targetType: "MeetingDocument", targetId: d.id, detail: { meetingId: id, title: d.title } });
    return presentDocument(d);
  });
}

/**
 * An attachment, uploaded through POST /files/meetings/:id/documents (raw body ≤ 10 MB): its type is
 * decided by its first bytes, the stored name gets the matching extension.
 */
export async function addMeetingDocumentFile(ctx: Context, meetingId: string, input: { title: string; fileName: string; content: Buffer }): Promise<MeetingDocumentType> {
  const meta = parseInput(meetingDocumentFileMeta, { title: input.title, fileName: input.fileName });
  const type = checkedDocument(input.content, meta.fileName);
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    assertEditable(await loadMeeting(db, tenantId, id));
    const d = await db.meetingDocument.create({
      data: {
        tenantId,
        meetingId: id,
        title: meta.title,
        fileName: cleanFileName(meta.fileName, type.ext),
        mime: type.mime,
        size: input.content.length,
        content: new Uint8Array(input.content),
        sortOrder: await nextOrder(db, tenantId, id),
        createdBy: ctx.viewer!.userId,
      },
      select: documentSelect,
    });
    audit({ action: "meetings.document.upload", targetType: "MeetingDocument", targetId: d.id, detail: { meetingId: id, title: d.title, fileName: d.fileName, mime: d.mime, size: d.size } });
    return presentDocument(d);
  });
}

export async function updateMeetingDocument(ctx: Context, documentId: string, input: { title?: string; body?: string | null }): Promise<MeetingDocumentType> {
  const data = parseInput(meetingDocumentUpdate, input);
  const tenantId = ctx.tenantId;
  const id = parseId(documentId, "会议文件");
  return ctx.uow(async ({ db, audit }) => {
    const before = await db.meetingDocument.findUnique({ where: { tenantId_id: { tenantId, id } }, select: { ...documentSelect, meetingId: true } });
    if (!before) throw NotFound("会议文件不存在");
    assertEditable(await loadMeeting(db, tenantId, before.meetingId));
    if (data.body === null && !before.fileName) throw ValidationFailed("没有附件的会议文件须有正文");
    const d = await db.meetingDocument.update({ where: { tenantId_id: { tenantId, id } }, data, select: documentSelect });
    audit({ action: "meetings.document.update", targetType: "MeetingDocument", targetId: id, detail: { meetingId: before.meetingId, title: d.title } });
    return presentDocument(d);
  });
}

export async function deleteMeetingDocument(ctx: Context, documentId: string): Promise<boolean> {
  const tenantId = ctx.tenantId;
  const id = parseId(documentId, "会议文件");
  return ctx.uow(async ({ db, audit }) => {
    const d = await db.meetingDocument.findUnique({ where: { tenantId_id: { tenantId, id } }, select: { meetingId: true, title: true } });
    if (!d) throw NotFound("会议文件不存在");
    assertEditable(await loadMeeting(db, tenantId, d.meetingId));
    await db.meetingDocument.delete({ where: { tenantId_id: { tenantId, id } } });
    audit({ action: "meetings.document.delete", targetType: "MeetingDocument", targetId: id, detail: { meetingId: d.meetingId, title: d.title } });
    return true;
  });
}
