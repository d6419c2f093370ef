import { attendanceEntriesInput, MEETING_ATTENDANCE_LABELS } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { setAttendance } from "../attendance";
import type { AttendanceEntryInput, MarkAttendanceResult } from "../attendance.types";
import { lockInvitations } from "../meeting-refs";
import { assertAttendanceOpen, labelOf, loadMeeting } from "../meetings.policy";
import { countsOf } from "../meetings.presenter";

/**
 * 签到登记 (staff, in bulk): sets each listed member's final state — 出席, 请假, 缺席 — or clears it
 * (before the item has finished). Corrections after finishing are allowed: each change revokes the
 * previous event and records the new one. Leave set here by staff counts as approved leave.
 */
export async function markMeetingAttendance(ctx: Context, meetingId: string, entries: AttendanceEntryInput[]): Promise<MarkAttendanceResult> {
  const list = parseInput(attendanceEntriesInput, entries);
  const tenantId = ctx.tenantId;
  const id = parseId(meetingId, "会议活动");
  const userId = ctx.viewer!.userId;
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, id, "share");
    assertAttendanceOpen(m);
    if (m.status === "FINISHED" && list.some((e) => e.attendance === null)) throw ValidationFailed(`已结束的${labelOf(m)}须为每位委员登记出席、请假或缺席`);
    const memberIds = list.map((e) => e.memberId);
    await lockInvitations(db, tenantId, id, memberIds);
    const invs = await db.meetingInvitation.findMany({ where: { tenantId, meetingId: id, memberId: { in: memberIds } } });
    if (invs.length !== memberIds.length) throw ValidationFailed(`所选委员中有 ${memberIds.length - invs.length} 人不在本${labelOf(m)}的邀请名单中`);
    const byMember = new Map(invs.map((i) => [i.memberId, i]));
    const summary: Record<string, number> = {};
    let changed = 0;
    for (const e of list) {
      const inv = byMember.get(e.memberId)!;
      if (!(await setAttendance(db, m, inv, e.attendance, { method: "STAFF", userId }))) continue;
      changed++;
      const label = e.attendance ? MEETING_ATTENDANCE_LABELS[e.attendance] : "撤销";
      summary[label] = (summary[label] ?? 0) + 1;
      if (e.attendance === "LEAVE" && inv.leaveStatus !== "APPROVED") {
        await db.meetingInvitation.update({
          where: { tenantId_meetingId_memberId: { tenantId, meetingId: id, memberId: e.memberId } },
          data: { leaveStatus: "APPROVED", leaveReason: inv.leaveReason ?? "由工作人员登记", leaveReviewedBy: userId, leaveReviewerName: ctx.viewer!.displayName, leaveReviewedAt: new Date() },
        });
      }
    }
    audit({ action: "meetings.attendance.mark", targetType: "Meeting", targetId: id, detail: { changed, summary, memberIds: list.filter((e) => byMember.has(e.memberId)).length } });
    return { changed, counts: (await countsOf(db, tenantId, [id])).get(id)! };
  });
}
