import {
  canFire,
  findTransition,
  MEETING_CATEGORY_LABELS,
  MEETING_STATUS_LABELS,
  meetingMachine,
  type MeetingAction,
  type MeetingStatus,
  type Role,
} from "@zhzx/shared";
import type { Viewer } from "../../context/viewer";
import { Forbidden, InvalidTransition, NotFound } from "../../core/errors";
import type { Tx } from "../../db/prisma";
import { findOwnProfileId } from "../members/members.policy";
import { lockMeeting } from "./meeting-refs";
import { meetingInclude } from "./meetings.presenter";

/** Who may do what to which meeting, invitation or speech: the only place that decides. */

export async function loadMeeting(db: Tx, tenantId: string, id: string, lock?: "update" | "share") {
  if (lock) await lockMeeting(db, tenantId, id, lock);
  const m = await db.meeting.findUnique({ where: { tenantId_id: { tenantId, id } }, include: meetingInclude });
  if (!m) throw NotFound("会议活动不存在");
  return m;
}

export const labelOf = (m: { category: "MEETING" | "ACTIVITY" }) => MEETING_CATEGORY_LABELS[m.category];

const ACTION_LABELS: Record<MeetingAction, string> = { publish: "发布", cancel: "取消", finish: "结束" };

/** One transition of the meeting machine, checked against the viewer's roles. Returns the new status. */
export function fireMeeting(viewer: Viewer, m: { status: MeetingStatus; category: "MEETING" | "ACTIVITY" }, action: MeetingAction): MeetingStatus {
  const t = findTransition(meetingMachine, m.status, action);
  if (!t) throw InvalidTransition(`${MEETING_STATUS_LABELS[m.status]}的${labelOf(m)}不能${ACTION_LABELS[action]}`);
  if (!canFire(meetingMachine, m.status, action, viewer.roles as Role[])) throw Forbidden();
  return t.to;
}

/** Content may change while the item is a draft or published; cancelled and finished items are history. */
export function assertEditable(m: { status: MeetingStatus; category: "MEETING" | "ACTIVITY" }) {
  if (m.status !== "DRAFT" && m.status !== "PUBLISHED") throw InvalidTransition(`${MEETING_STATUS_LABELS[m.status]}的${labelOf(m)}不能修改`);
}

/** Attendance is recorded on a published item, and corrected after it has finished. */
export function assertAttendanceOpen(m: { status: MeetingStatus; category: "MEETING" | "ACTIVITY" }) {
  if (m.status !== "PUBLISHED" && m.status !== "FINISHED") throw InvalidTransition(`${MEETING_STATUS_LABELS[m.status]}的${labelOf(m)}不能登记出勤`);
}

/** The viewer's own member profile: found by the session's user, never by an argument. */
export const ownMemberId = (db: Tx, tenantId: string, viewer: Viewer) => findOwnProfileId(db, tenantId, viewer);

/**
 * A member sees an item only through their own invitation: drafts never, other people's items never.
 * The same answer for "does not exist" and "not invited", so ids cannot be probed.
 */
export async function loadOwnInvitation(db: Tx, tenantId: string, meetingId: string, memberId: string) {
  const inv = await db.meetingInvitation.findUnique({ where: { tenantId_meetingId_memberId: { tenantId, meetingId, memberId } } });
  if (!inv) throw NotFound("会议活动不存在，或您不在邀请名单中");
  return inv;
}
