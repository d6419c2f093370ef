import { meetingReplyInput, MEETING_STATUS_LABELS } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { setAttendance } from "../attendance";
import type { MeetingReplyInput } from "../attendance.types";
import { lockInvitations } from "../meeting-refs";
import { labelOf, loadMeeting, loadOwnInvitation, ownMemberId } from "../meetings.policy";
import type { MeetingInvitationType } from "../meetings.types";
import { invitationViews } from "./list-meeting-attendance";

/**
 * 回执 (member): attend, or ask for leave with a reason (staff then approve or reject it). A new answer
 * replaces the old one until the item ends; answering "attend" after leave was approved withdraws the
 * leave (and its event). After checking in, the answer is settled.
 */
export async function replyMeeting(ctx: Context, meetingId: string, input: MeetingReplyInput): Promise<MeetingInvitationType> {
  const data = parseInput(meetingReplyInput, input);
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const memberId = await ownMemberId(db, tenantId, ctx.viewer!);
    await loadOwnInvitation(db, tenantId, id, memberId);
    const m = await loadMeeting(db, tenantId, id, "share");
    if (m.status !== "PUBLISHED") throw InvalidTransition(`${MEETING_STATUS_LABELS[m.status]}的${labelOf(m)}不能回执`);
    if (m.endsAt.getTime() <= Date.now()) throw InvalidTransition(`${labelOf(m)}已结束，不能回执`);
    await lockInvitations(db, tenantId, id, [memberId]);
    const inv = await loadOwnInvitation(db, tenantId, id, memberId);
    if (inv.attendance === "ATTENDED") throw InvalidTransition("您已签到，不能再修改回执");
    const leave = data.reply === "LEAVE";
    await db.meetingInvitation.update({
      where: { tenantId_meetingId_memberId: { tenantId, meetingId: id, memberId } },
      data: {
        reply: data.reply,
        repliedAt: new Date(),
        leaveReason: leave ? data.leaveReason : null,
        leaveStatus: leave ? "PENDING" : null,
        leaveReviewedBy: null,
        leaveReviewerName: null,
        leaveReviewedAt: null,
        leaveReviewNote: null,
      },
    });
    // An approved leave that is asked again or withdrawn is no longer a final state.
    if (inv.attendance === "LEAVE") await setAttendance(db, m, inv, null, { method: "STAFF", userId: ctx.viewer!.userId });
    audit({ action: "meetings.reply", targetType: "Meeting", targetId: id, detail: { memberId, reply: data.reply, leaveReason: leave ? data.leaveReason : undefined } });
    return (await invitationViews(db, tenantId, m, { memberIds: [memberId] })).items[0]!;
  });
}
