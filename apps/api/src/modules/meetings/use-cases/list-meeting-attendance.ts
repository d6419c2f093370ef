import { z } from "zod";
import { MEETING_ATTENDANCES, MEETING_LEAVE_STATUSES, MEETING_REPLIES } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { Prisma } from "../../../generated/prisma/client";
import type { MeetingAttendanceArgs, MeetingAttendanceFilter, MeetingInvitationPage } from "../attendance.types";
import { loadMeeting } from "../meetings.policy";
import { countsOf, presentInvitation, type InvitationRow } from "../meetings.presenter";
import type { MeetingInvitationType } from "../meetings.types";

const filterSchema = z.object({
  reply: z.enum(MEETING_REPLIES).nullish(),
  leaveStatus: z.enum(MEETING_LEAVE_STATUSES).nullish(),
  attendance: z.enum(MEETING_ATTENDANCES).nullish(),
  undecided: z.boolean().nullish(),
  name: z.string().trim().max(30, "姓名最多 30 个字符").nullish(),
});

type Row = InvitationRow & { name: string; sector: string | null; party: string | null };

/**
 * Invitations with the member's name, and sector and party in the item's session — one query with
 * joins, ordered by pinyin; `memberIds` narrows it to given members (a single row after a change).
 */
export async function invitationViews(
  db: Tx,
  tenantId: string,
  m: { id: string; sessionId: string },
  opts: { filter?: MeetingAttendanceFilter | null; memberIds?: string[]; skip?: number; take?: number } = {},
): Promise<{ items: MeetingInvitationType[]; total: number }> {
  const f = parseInput(filterSchema, opts.filter ?? {});
  const cond: Prisma.Sql[] = [];
  if (opts.memberIds) cond.push(Prisma.sql`AND i.member_id = ANY(${opts.memberIds}::uuid[])`);
  if (f.reply) cond.push(Prisma.sql`AND i.reply = ${f.reply}::"MeetingReply"`);
  if (f.leaveStatus) cond.push(Prisma.sql`AND i.leave_status = ${f.leaveStatus}::"MeetingLeaveStatus"`);
  if (f.attendance) cond.push(Prisma.sql`AND i.attendance = ${f.attendance}::"MeetingAttendance"`);
  if (f.undecided) cond.push(Prisma.sql`AND i.attendance IS NULL`);
  if (f.name) cond.push(Prisma.sql`AND p.name LIKE ${`%${f.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const where = Prisma.sql`WHERE i.tenant_id = ${tenantId}::uuid AND i.meeting_id = ${m.id}::uuid ${cond.length ? Prisma.join(cond, " ") : Prisma.empty}`;
  const from = Prisma.sql`FROM meeting_invitation i JOIN member_profile p ON p.tenant_id = i.tenant_id AND p.id = i.member_id`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT i.meeting_id::text AS "meetingId", i.member_id::text AS "memberId", i.invited_at AS "invitedAt", i.reply::text AS reply,
           i.replied_at AS "repliedAt", i.leave_reason AS "leaveReason", i.leave_status::text AS "leaveStatus",
           i.leave_reviewer_name AS "leaveReviewerName", i.leave_reviewed_at AS "leaveReviewedAt", i.leave_review_note AS "leaveReviewNote",
           i.attendance::text AS attendance, i.attendance_at AS "attendanceAt", i.attendance_method::text AS "attendanceMethod",
           p.name, s.name AS sector, y.name AS party
      ${from}
      LEFT JOIN member_term t ON t.tenant_id = i.tenant_id AND t.member_id = i.member_id AND t.session_id = ${m.sessionId}::uuid
      LEFT JOIN dict_item s ON s.tenant_id = t.tenant_id AND s.id = t.sector_id
      LEFT JOIN dict_item y ON y.tenant_id = t.tenant_id AND y.id = t.party_id
      ${where}
     ORDER BY p.name_pinyin, p.id
     LIMIT ${opts.take ?? 100000} OFFSET ${opts.skip ?? 0}`;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from} ${where}`;
  return { items: rows.map((r) => presentInvitation(r, r)), total: n ?? 0 };
}

/** 出勤名单 of one item (staff), filtered and paginated, with the counts of the whole list. */
export async function listMeetingAttendance(ctx: Context, args: MeetingAttendanceArgs): Promise<MeetingInvitationPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const meetingId = parseId(args.meetingId, "会议活动");
  return ctx.uow(async ({ db }) => {
    const m = await loadMeeting(db, tenantId, meetingId);
    const page = await invitationViews(db, tenantId, m, { filter: args.filter, skip, take });
    const counts = (await countsOf(db, tenantId, [meetingId])).get(meetingId) ?? { invited: 0, replyAttend: 0, leavePending: 0, attended: 0, leave: 0, absent: 0, undecided: 0 };
    return { ...page, counts };
  });
}
