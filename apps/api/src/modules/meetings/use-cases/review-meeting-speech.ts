import { canFire, findTransition, MEETING_SPEECH_ACTION_LABELS, MEETING_SPEECH_STATUS_LABELS, meetingSpeechMachine, meetingSpeechReviewInput, type Role } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { recordPerformanceEvent, revokePerformanceEvent } from "../../performance/use-cases/record-performance-event";
import { labelOf, loadMeeting } from "../meetings.policy";
import { presentSpeeches, speechInclude } from "../speeches.presenter";
import type { MeetingSpeechType } from "../speeches.types";

export const SPEECH_SOURCE = "MeetingSpeech";

/**
 * Staff review a speech by the speech machine: select, reject, mark delivered (records SPEECH_DELIVERED
 * for the author, dated to the item's start) or take that back (revokes it). Not on a cancelled item,
 * and nobody reviews their own speech.
 */
export async function reviewMeetingSpeech(ctx: Context, speechId: string, input: { action: string; note?: string | null }): Promise<MeetingSpeechType> {
  const data = parseInput(meetingSpeechReviewInput, input);
  const tenantId = ctx.tenantId;
  const id = parseId(speechId, "发言");
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const s = await db.meetingSpeech.findUnique({ where: { tenantId_id: { tenantId, id } } });
    if (!s) throw NotFound("发言不存在");
    const m = await loadMeeting(db, tenantId, s.meetingId, "share");
    if (m.status === "CANCELLED" || m.status === "DRAFT") throw InvalidTransition(`${labelOf(m)}已取消，不能审核发言`);
    const t = findTransition(meetingSpeechMachine, s.status, data.action);
    if (!t) throw InvalidTransition(`${MEETING_SPEECH_STATUS_LABELS[s.status]}的发言不能${MEETING_SPEECH_ACTION_LABELS[data.action]}`);
    if (!canFire(meetingSpeechMachine, s.status, data.action, viewer.roles as Role[])) throw Forbidden();
    const self = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: viewer.userId } }, select: { id: true } });
    if (self?.id === s.memberId) throw Forbidden("不能审核本人的发言");
    const now = new Date();
    const updated = await db.meetingSpeech.update({
      where: { tenantId_id: { tenantId, id } },
      data: {
        status: t.to,
        ...(data.action === "select" || data.action === "reject" ? { reviewedBy: viewer.userId, reviewerName: viewer.displayName, reviewedAt: now, reviewNote: data.note } : {}),
        deliveredAt: t.to === "DELIVERED" ? now : null,
      },
      include: speechInclude,
    });
    const key = { tenantId, kind: "SPEECH_DELIVERED" as const, sourceType: SPEECH_SOURCE, sourceId: id, memberId: s.memberId };
    if (data.action === "deliver") await recordPerformanceEvent(db, { ...key, occurredAt: m.startsAt, note: s.title });
    if (data.action === "undeliver") await revokePerformanceEvent(db, key);
    audit({ action: `meetings.speech.${data.action}`, targetType: "MeetingSpeech", targetId: id, detail: { meetingId: s.meetingId, memberId: s.memberId, note: data.note } });
    return (await presentSpeeches(db, tenantId, [updated]))[0]!;
  });
}
