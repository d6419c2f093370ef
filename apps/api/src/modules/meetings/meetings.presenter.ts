import type { MeetingAttendance, MeetingCheckInMethod, MeetingLeaveStatus, MeetingReply } from "@zhzx/shared";
import type { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db/prisma";
import { presentMeetingKind } from "./meeting-kinds.types";
import type { MeetingCounts, MeetingDocumentType, MeetingInvitationType, MeetingType } from "./meetings.types";

export const meetingInclude = { kind: true } satisfies Prisma.MeetingInclude;
export type MeetingRow = Prisma.MeetingGetPayload<{ include: typeof meetingInclude }>;

const ZERO: MeetingCounts = { invited: 0, replyAttend: 0, leavePending: 0, attended: 0, leave: 0, absent: 0, undecided: 0 };

/** Attendance counts of several items in one grouped query. */
export async function countsOf(db: Tx, tenantId: string, meetingIds: string[]): Promise<Map<string, MeetingCounts>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(MeetingCounts & { meetingId: string })[]>`
    SELECT meeting_id::text AS "meetingId",
           count(*)::int AS invited,
           count(*) FILTER (WHERE reply = 'ATTEND')::int AS "replyAttend",
           count(*) FILTER (WHERE leave_status = 'PENDING')::int AS "leavePending",
           count(*) FILTER (WHERE attendance = 'ATTENDED')::int AS attended,
           count(*) FILTER (WHERE attendance = 'LEAVE')::int AS leave,
           count(*) FILTER (WHERE attendance = 'ABSENT')::int AS absent,
           count(*) FILTER (WHERE attendance IS NULL)::int AS undecided
      FROM meeting_invitation
     WHERE tenant_id = ${tenantId}::uuid AND meeting_id = ANY(${meetingIds}::uuid[])
     GROUP BY meeting_id`;
  return new Map(rows.map(({ meetingId, ...c }) => [meetingId, c]));
}

export type InvitationRow = {
  meetingId: string;
  memberId: string;
  invitedAt: Date;
  reply: MeetingReply;
  repliedAt: Date | null;
  leaveReason: string | null;
  leaveStatus: MeetingLeaveStatus | null;
  leaveReviewerName: string | null;
  leaveReviewedAt: Date | null;
  leaveReviewNote: string | null;
  attendance: MeetingAttendance | null;
  attendanceAt: Date | null;
  attendanceMethod: MeetingCheckInMethod | null;
};

export const presentInvitation = (r: InvitationRow, member: { name: string; sector?: string | null; party?: string | null }): MeetingInvitationType => ({
  meetingId: r.meetingId,
  member: { id: r.memberId, name: member.name },
  sector: member.sector ?? null,
  party: member.party ?? null,
  invitedAt: r.invitedAt,
  reply: r.reply,
  repliedAt: r.repliedAt,
  leaveReason: r.leaveReason,
  leaveStatus: r.leaveStatus,
  leaveReviewerName: r.leaveReviewerName,
  leaveReviewedAt: r.leaveReviewedAt,
  leaveReviewNote: r.leaveReviewNote,
  attendance: r.attendance,
  attendanceAt: r.attendanceAt,
  attendanceMethod: r.attendanceMethod,
});

/**
 * Items with their session and counts (two queries for a whole page); with `memberId`, each item also
 * carries that member's own invitation (the portal).
 */
export async function presentMeetings(db: Tx, tenantId: string, rows: MeetingRow[], opts: { memberId?: string; memberName?: string } = {}): Promise<MeetingType[]> {
  const ids = rows.map((r) => r.id);
  const sessions = await db.committeeSession.findMany({ where: { tenantId, id: { in: [...new Set(rows.map((r) => r.sessionId))] } } });
  const sessionById = new Map(sessions.map((s) => [s.id, { id: s.id, name: s.name, number: s.number, isCurrent: s.isCurrent }]));
  const counts = await countsOf(db, tenantId, ids);
  const mine = opts.memberId
    ? new Map((await db.meetingInvitation.findMany({ where: { tenantId, memberId: opts.memberId, meetingId: { in: ids } } })).map((i) => [i.meetingId, i]))
    : new Map();
  return rows.map((m) => {
    const inv = mine.get(m.id);
    return {
      id: m.id,
      category: m.category,
      kind: presentMeetingKind(m.kind),
      session: sessionById.get(m.sessionId)!,
      title: m.title,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      place: m.place,
      agenda: m.agenda,
      organiser: m.organiser,
      status: m.status,
      publishedAt: m.publishedAt,
      cancelledAt: m.cancelledAt,
      cancelReason: m.cancelReason,
      finishedAt: m.finishedAt,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
      counts: counts.get(m.id) ?? ZERO,
      myInvitation: inv ? presentInvitation(inv, { name: opts.memberName ?? "" }) : null,
    };
  });
}

type DocumentRow = { id: string; title: string; body: string | null; fileName: string | null; mime: string | null; size: number | null; sortOrder: number; createdAt: Date };
/** Never the content: files are fetched through their URL, which checks the viewer again. */
export const documentSelect = { id: true, title: true, body: true, fileName: true, mime: true, size: true, sortOrder: true, createdAt: true } as const;
export const presentDocument = (d: DocumentRow): MeetingDocumentType => ({
  ...d,
  url: d.fileName ? `/files/meeting-documents/${d.id}` : null,
});
