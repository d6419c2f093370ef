import type { Context } from "../../../context/context";
import { InvalidTransition } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { syncAttendanceEvent } from "../attendance";
import { fireMeeting, labelOf, loadMeeting } from "../meetings.policy";
import type { MeetingDetailType } from "../meetings.types";
import { loadMeetingDetail } from "./get-meeting";

/**
 * Finishes a published item that has started: every invitee without a final state is marked 缺席 (one
 * UPDATE … RETURNING, so a member checking in at this moment is either in before it or refused after),
 * and each gets the ABSENT event. Refused while leave requests wait: an unreviewed request must not
 * turn into an absence.
 */
export async function finishMeeting(ctx: Context, id: string): Promise<MeetingDetailType> {
  const tenantId = ctx.tenantId;
  const meetingId = parseId(id, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, meetingId, "update");
    const status = fireMeeting(ctx.viewer!, m, "finish");
    if (m.startsAt.getTime() > Date.now()) throw InvalidTransition(`${labelOf(m)}尚未开始，不能结束`);
    const pending = await db.meetingInvitation.count({ where: { tenantId, meetingId, leaveStatus: "PENDING", attendance: null } });
    if (pending) throw InvalidTransition(`尚有 ${pending} 条请假申请未审批，请先审批再结束${labelOf(m)}`);
    const absent = await db.$queryRaw<{ memberId: string }[]>`
      UPDATE meeting_invitation
         SET attendance = 'ABSENT', attendance_at = now(), attendance_method = 'FINISH', attendance_by = ${ctx.viewer!.userId}::uuid, updated_at = now()
       WHERE tenant_id = ${tenantId}::uuid AND meeting_id = ${meetingId}::uuid AND attendance IS NULL
      RETURNING member_id::text AS "memberId"`;
    for (const r of absent) await syncAttendanceEvent(db, m, r.memberId, null, "ABSENT");
    await db.meeting.update({ where: { tenantId_id: { tenantId, id: meetingId } }, data: { status, finishedAt: new Date() } });
    audit({ action: "meetings.finish", targetType: "Meeting", targetId: meetingId, detail: { title: m.title, markedAbsent: absent.length } });
    return loadMeetingDetail(db, tenantId, meetingId, { staff: true });
  });
}
