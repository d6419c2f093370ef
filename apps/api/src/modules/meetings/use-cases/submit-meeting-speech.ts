import { canFire, MEETING_SPEECH_STATUS_LABELS, MEETING_STATUS_LABELS, meetingSpeechInput, meetingSpeechMachine } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { Viewer } from "../../../context/viewer";
import { labelOf, loadMeeting, loadOwnInvitation, ownMemberId } from "../meetings.policy";
import { presentSpeeches, speechInclude } from "../speeches.presenter";
import type { MeetingSpeechInput, MeetingSpeechType } from "../speeches.types";

/** 提交大会发言 (member): for an item they are invited to, while it is published. */
export async function submitMeetingSpeech(ctx: Context, meetingId: string, input: MeetingSpeechInput): Promise<MeetingSpeechType> {
  const data = parseInput(meetingSpeechInput, input);
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const memberId = await ownMemberId(db, tenantId, ctx.viewer!);
    await loadOwnInvitation(db, tenantId, id, memberId);
    const m = await loadMeeting(db, tenantId, id);
    if (m.status !== "PUBLISHED") throw InvalidTransition(`${MEETING_STATUS_LABELS[m.status]}的${labelOf(m)}不能提交发言`);
    const s = await db.meetingSpeech.create({ data: { tenantId, meetingId: id, memberId, ...data }, include: speechInclude });
    audit({ action: "meetings.speech.submit", targetType: "MeetingSpeech", targetId: s.id, detail: { meetingId: id, title: s.title } });
    return (await presentSpeeches(db, tenantId, [s]))[0]!;
  });
}

async function loadOwnSpeech(db: Tx, tenantId: string, viewer: Viewer, id: string) {
  const memberId = await ownMemberId(db, tenantId, viewer);
  const s = await db.meetingSpeech.findUnique({ where: { tenantId_id: { tenantId, id } }, include: speechInclude });
  if (!s || s.memberId !== memberId) throw NotFound("发言不存在");
  return s;
}

/** The author edits while the speech waits for review. */
export async function updateMeetingSpeech(ctx: Context, speechId: string, input: MeetingSpeechInput): Promise<MeetingSpeechType> {
  const data = parseInput(meetingSpeechInput, input);
  const tenantId = ctx.tenantId;
  const id = parseId(speechId, "发言");
  return ctx.uow(async ({ db, audit }) => {
    const s = await loadOwnSpeech(db, tenantId, ctx.viewer!, id);
    if (s.status !== "SUBMITTED") throw InvalidTransition(`${MEETING_SPEECH_STATUS_LABELS[s.status]}的发言不能修改`);
    const updated = await db.meetingSpeech.update({ where: { tenantId_id: { tenantId, id } }, data, include: speechInclude });
    audit({ action: "meetings.speech.update", targetType: "MeetingSpeech", targetId: id, detail: { meetingId: s.meetingId, title: updated.title } });
    return (await presentSpeeches(db, tenantId, [updated]))[0]!;
  });
}

export async function withdrawMeetingSpeech(ctx: Context, speechId: string): Promise<MeetingSpeechType> {
  const tenantId = ctx.tenantId;
  const id = parseId(speechId, "发言");
  return ctx.uow(async ({ db, audit }) => {
    const s = await loadOwnSpeech(db, tenantId, ctx.viewer!, id);
    if (!canFire(meetingSpeechMachine, s.status, "withdraw", ["MEMBER"])) throw InvalidTransition(`${MEETING_SPEECH_STATUS_LABELS[s.status]}的发言不能撤回`);
    const updated = await db.meetingSpeech.update({ where: { tenantId_id: { tenantId, id } }, data: { status: "WITHDRAWN" }, include: speechInclude });
    audit({ action: "meetings.speech.withdraw", targetType: "MeetingSpeech", targetId: id, detail: { meetingId: s.meetingId } });
    return (await presentSpeeches(db, tenantId, [updated]))[0]!;
  });
}
