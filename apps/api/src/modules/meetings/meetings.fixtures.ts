/**
 * Test-only builders for the meetings tables (owner connection, no actor). Not imported by application code.
 */
import { randomUUID } from "node:crypto";
import type { MeetingCategory, MeetingStatus } from "@zhzx/shared";
import { owner } from "../../../test/support/db";
import { createDicts, createMember, createSession } from "../members/members.fixtures";

const uniq = () => randomUUID().slice(0, 8);

export async function createKind(tenantId: string, category: MeetingCategory = "MEETING", name = `常委会${uniq()}`) {
  return owner.meetingKind.create({ data: { tenantId, category, name } });
}

/** An item straight in the table (for the tenant matrix and for statistics built row by row). */
export async function createMeetingRow(
  tenantId: string,
  opts: { sessionId?: string; kindId?: string; category?: MeetingCategory; status?: MeetingStatus; startsAt?: Date; title?: string } = {},
) {
  const category = opts.category ?? "MEETING";
  const sessionId = opts.sessionId ?? (await createSession(tenantId)).id;
  const kindId = opts.kindId ?? (await createKind(tenantId, category)).id;
  const startsAt = opts.startsAt ?? new Date();
  return owner.meeting.create({
    data: {
      tenantId, category, kindId, sessionId, title: opts.title ?? "测试会议", startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      place: "政协会议室", inviteRules: {}, status: opts.status ?? "PUBLISHED",
    },
  });
}

/** A member with a term in a fresh session, and a published item of that session. */
export async function meetingWithMember(tenantId: string) {
  const dicts = await createDicts(tenantId, uniq());
  const session = await createSession(tenantId);
  const memberId = await createMember(tenantId, dicts, { name: "会议委员", terms: [{ sessionId: session.id }] });
  const meeting = await createMeetingRow(tenantId, { sessionId: session.id });
  return { dicts, session, memberId, meeting };
}

/** A 1×1 PNG, generated (no binary fixture in the repository). */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/**
 * A committee of its own for one test: dictionaries, a current session, a meeting type and an activity
 * type, a meeting-affairs staff member, and `member()` to add members (with a login) by term.
 */
export async function createCommittee() {
  const { createTenant, createUser } = await import("../../../test/support/factories");
  const t = await createTenant();
  const dicts = await createDicts(t.id);
  const session = await createSession(t.id, { isCurrent: true });
  const kinds = { meeting: await createKind(t.id, "MEETING", "常委会"), activity: await createKind(t.id, "ACTIVITY", "视察") };
  const staff = (await createUser(t.id, ["MEETING_AFFAIRS"])).viewer;
  const member = async (name: string, term: { sector?: number; party?: number; committee?: number | null } | null = {}, sessionId = session.id) => {
    const { user, viewer } = await createUser(t.id, ["MEMBER"]);
    const id = await createMember(t.id, dicts, { name, userId: user.id, terms: term === null ? [] : [{ sessionId, ...term }] });
    return { id, viewer, user };
  };
  return { t, tenantId: t.id, dicts, session, kinds, staff, member };
}

/** GraphQL documents the tests share. */
export const Q = {
  create: `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id status category } }`,
  publish: `mutation($id: ID!) { publishMeeting(id: $id) { id status counts { invited } } }`,
  finish: `mutation($id: ID!) { finishMeeting(id: $id) { id status counts { invited attended leave absent undecided } } }`,
  cancel: `mutation($id: ID!, $r: String!) { cancelMeeting(id: $id, reason: $r) { id status cancelReason } }`,
  reply: `mutation($m: ID!, $i: MeetingReplyInput!) { replyMeeting(meetingId: $m, input: $i) { reply leaveStatus leaveReason attendance } }`,
  review: `mutation($m: ID!, $u: ID!, $a: Boolean!, $n: String) { reviewMeetingLeave(meetingId: $m, memberId: $u, approve: $a, note: $n) { leaveStatus attendance attendanceMethod } }`,
  mark: `mutation($m: ID!, $e: [AttendanceEntryInput!]!) { markMeetingAttendance(meetingId: $m, entries: $e) { changed counts { attended leave absent undecided } } }`,
  code: `query($m: ID!, $v: Int) { meetingCheckInCode(meetingId: $m, validMinutes: $v) { code expiresAt meetingId } }`,
  checkIn: `mutation($m: ID!, $c: String!) { checkInMeeting(meetingId: $m, code: $c) { attendance attendanceMethod member { name } } }`,
};

/** A published item starting an hour ago and ending in an hour, inviting `invitees`. */
export async function publishedMeeting(
  c: Awaited<ReturnType<typeof createCommittee>>,
  invitees: Record<string, unknown>,
  opts: { category?: MeetingCategory; startsAt?: Date; endsAt?: Date; title?: string } = {},
) {
  const { execAs } = await import("../../../test/support/gql");
  const startsAt = opts.startsAt ?? new Date(Date.now() - 3600_000);
  const endsAt = opts.endsAt ?? new Date(startsAt.getTime() + 2 * 3600_000);
  const kindId = opts.category === "ACTIVITY" ? c.kinds.activity.id : c.kinds.meeting.id;
  const created = await execAs(c.staff, Q.create, {
    i: { kindId, sessionId: c.session.id, title: opts.title ?? "常委会第五次会议", startsAt, endsAt, place: "市政协三楼会议室", invitees },
  });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const published = await execAs(c.staff, Q.publish, { id: created.data.createMeeting.id });
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return created.data.createMeeting.id as string;
}

/** The member's live (not revoked) performance events of one kind family for a source. */
export async function eventsOf(tenantId: string, sourceId: string) {
  const rows = await owner.performanceEvent.findMany({ where: { tenantId, sourceId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({ memberId: r.memberId, kind: r.kind, live: r.revokedAt === null }));
}
