import { checkInCodeInput, checkInCodeMinutes, MEETING_STATUS_LABELS } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, InvalidTransition } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { setAttendance } from "../attendance";
import type { MeetingCheckInCode } from "../attendance.types";
import { issueCheckInCode, verifyCheckInCode } from "../check-in-code";
import { lockInvitations } from "../meeting-refs";
import { labelOf, loadMeeting, ownMemberId } from "../meetings.policy";
import type { MeetingInvitationType } from "../meetings.types";
import { invitationViews } from "./list-meeting-attendance";

/** The code the meeting screen turns into a QR code (staff); refreshed by the screen before it expires. */
export async function getMeetingCheckInCode(ctx: Context, meetingId: string, validMinutes?: number | null): Promise<MeetingCheckInCode> {
  const minutes = parseInput(checkInCodeMinutes, validMinutes);
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  const m = await ctx.uow(({ db }) => loadMeeting(db, tenantId, id));
  if (m.status !== "PUBLISHED") throw InvalidTransition(`${MEETING_STATUS_LABELS[m.status]}的${labelOf(m)}不能签到`);
  const expiresAt = new Date(Date.now() + minutes * 60_000);
  return { meetingId: id, code: issueCheckInCode(tenantId, id, expiresAt), expiresAt };
}

/**
 * 扫码签到 (member): the code must be genuine, of this committee, of this item and unexpired (each its
 * own Chinese message), the item published and the member invited. Checking in twice is harmless; a
 * member on approved leave who comes after all is 出席 (the leave event is revoked).
 */
export async function checkInMeeting(ctx: Context, meetingId: string, code: string): Promise<MeetingInvitationType> {
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  verifyCheckInCode(parseInput(checkInCodeInput, code), { tenantId, meetingId: id });
  return ctx.uow(async ({ db, audit }) => {
    const memberId = await ownMemberId(db, tenantId, ctx.viewer!);
    const m = await loadMeeting(db, tenantId, id, "share");
    if (m.status !== "PUBLISHED") throw InvalidTransition(`${labelOf(m)}${MEETING_STATUS_LABELS[m.status]}，不能签到`);
    await lockInvitations(db, tenantId, id, [memberId]);
    const inv = await db.meetingInvitation.findUnique({ where: { tenantId_meetingId_memberId: { tenantId, meetingId: id, memberId } } });
    if (!inv) throw Forbidden(`您不在本次${labelOf(m)}的邀请名单中`);
    const changed = await setAttendance(db, m, inv, "ATTENDED", { method: "QR", userId: ctx.viewer!.userId });
    audit({ action: "meetings.check-in", targetType: "Meeting", targetId: id, detail: { memberId, before: inv.attendance, changed } });
    return (await invitationViews(db, tenantId, m, { memberIds: [memberId] })).items[0]!;
  });
}
