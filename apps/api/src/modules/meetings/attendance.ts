import { attendanceEventKind, type MeetingAttendance, type MeetingCategory, type MeetingCheckInMethod } from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import { recordPerformanceEvent, revokePerformanceEvent } from "../performance/use-cases/record-performance-event";

export const PERFORMANCE_SOURCE = "Meeting";

type MeetingRef = { tenantId: string; id: string; category: MeetingCategory; startsAt: Date; title: string };

/**
 * Keeps a member's performance events equal to their final attendance state: the previous state's
 * event is revoked (the row stays for the history), the new one recorded — both in the caller's unit
 * of work, so an attendance change and its events commit together.
 */
export async function syncAttendanceEvent(db: Tx, m: MeetingRef, memberId: string, before: MeetingAttendance | null, after: MeetingAttendance | null) {
  if (before === after) return;
  const key = { tenantId: m.tenantId, sourceType: PERFORMANCE_SOURCE, sourceId: m.id, memberId };
  if (before) await revokePerformanceEvent(db, { ...key, kind: attendanceEventKind(m.category, before) });
  if (after) await recordPerformanceEvent(db, { ...key, kind: attendanceEventKind(m.category, after), occurredAt: m.startsAt, note: m.title });
}

/** Sets one member's final state (and its event). Returns false when nothing changed. */
export async function setAttendance(
  db: Tx,
  m: MeetingRef,
  inv: { memberId: string; attendance: MeetingAttendance | null },
  to: MeetingAttendance | null,
  by: { method: MeetingCheckInMethod; userId: string | null; at?: Date },
) {
  if (inv.attendance === to) return false;
  await db.meetingInvitation.update({
    where: { tenantId_meetingId_memberId: { tenantId: m.tenantId, meetingId: m.id, memberId: inv.memberId } },
    data: to ? { attendance: to, attendanceAt: by.at ?? new Date(), attendanceMethod: by.method, attendanceBy: by.userId } : { attendance: null, attendanceAt: null, attendanceMethod: null, attendanceBy: null },
  });
  await syncAttendanceEvent(db, m, inv.memberId, inv.attendance, to);
  return true;
}
