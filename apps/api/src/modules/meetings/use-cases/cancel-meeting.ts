import { z } from "zod";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { syncAttendanceEvent } from "../attendance";
import { writeNotices } from "../invitations";
import { fireMeeting, loadMeeting } from "../meetings.policy";
import type { MeetingDetailType } from "../meetings.types";
import { loadMeetingDetail } from "./get-meeting";

const reasonSchema = z.string({ error: "请填写取消原因" }).trim().min(1, "请填写取消原因").max(200, "取消原因最多 200 个字符");

/**
 * Cancels a published item: every invitee gets a CANCELLED notice (with the reason), and whatever
 * attendance was already recorded (approved leave, early check-ins) stops counting — its events are
 * revoked; the invitation rows stay as the record of what happened.
 */
export async function cancelMeeting(ctx: Context, id: string, reason: string): Promise<MeetingDetailType> {
  const why = parseInput(reasonSchema, reason);
  const tenantId = ctx.tenantId;
  const meetingId = parseId(id, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, meetingId, "update");
    const status = fireMeeting(ctx.viewer!, m, "cancel");
    const decided = await db.meetingInvitation.findMany({ where: { tenantId, meetingId, attendance: { not: null } }, select: { memberId: true, attendance: true } });
    for (const inv of decided) await syncAttendanceEvent(db, m, inv.memberId, inv.attendance, null);
    await db.meeting.update({ where: { tenantId_id: { tenantId, id: meetingId } }, data: { status, cancelledAt: new Date(), cancelReason: why } });
    const notified = await writeNotices(db, tenantId, meetingId, "CANCELLED", why);
    audit({ action: "meetings.cancel", targetType: "Meeting", targetId: meetingId, detail: { title: m.title, reason: why, notified, revokedEvents: decided.length } });
    return loadMeetingDetail(db, tenantId, meetingId, { staff: true });
  });
}
