import { leaveReviewInput, MEETING_STATUS_LABELS } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { setAttendance } from "../attendance";
import { writeNotices } from "../invitations";
import { lockInvitations } from "../meeting-refs";
import { labelOf, loadMeeting } from "../meetings.policy";
import type { MeetingInvitationType } from "../meetings.types";
import { invitationViews } from "./list-meeting-attendance";

/**
 * Staff approve or reject a pending leave request. Approval is the final state 请假 (and its event);
 * rejection leaves the member expected to attend. The member is told either way (outbox).
 */
export async function reviewMeetingLeave(ctx: Context, meetingId: string, memberId: string, input: { approve: boolean; note?: string | null }): Promise<MeetingInvitationType> {
  const data = parseInput(leaveReviewInput, input);
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  const mid = parseId(memberId, "委员");
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, id, "share");
    if (m.status !== "PUBLISHED") throw InvalidTransition(`${MEETING_STATUS_LABELS[m.status]}的${labelOf(m)}不能审批请假`);
    await lockInvitations(db, tenantId, id, [mid]);
    const inv = await db.meetingInvitation.findUnique({ where: { tenantId_meetingId_memberId: { tenantId, meetingId: id, memberId: mid } } });
    if (!inv) throw NotFound("该委员不在邀请名单中");
    if (inv.leaveStatus !== "PENDING") throw InvalidTransition("没有待审批的请假申请");
    const self = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: viewer.userId } }, select: { id: true } });
    if (self?.id === mid) throw Forbidden("不能审批本人的请假申请");
    await db.meetingInvitation.update({
      where: { tenantId_meetingId_memberId: { tenantId, meetingId: id, memberId: mid } },
      data: { leaveStatus: data.approve ? "APPROVED" : "REJECTED", leaveReviewedBy: viewer.userId, leaveReviewerName: viewer.displayName, leaveReviewedAt: new Date(), leaveReviewNote: data.note },
    });
    if (data.approve) await setAttendance(db, m, inv, "LEAVE", { method: "LEAVE_APPROVAL", userId: viewer.userId });
    await writeNotices(db, tenantId, id, data.approve ? "LEAVE_APPROVED" : "LEAVE_REJECTED", data.note, [mid]);
    audit({ action: data.approve ? "meetings.leave.approve" : "meetings.leave.reject", targetType: "Meeting", targetId: id, detail: { memberId: mid, note: data.note } });
    return (await invitationViews(db, tenantId, m, { memberIds: [mid] })).items[0]!;
  });
}
