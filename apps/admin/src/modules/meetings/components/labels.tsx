import { Tag } from "antd";
import {
  MEETING_ATTENDANCE_LABELS,
  MEETING_CATEGORY_LABELS,
  MEETING_CHECK_IN_METHOD_LABELS,
  MEETING_LEAVE_STATUS_LABELS,
  MEETING_REPLY_LABELS,
  MEETING_SPEECH_STATUS_LABELS,
  MEETING_STATUS_LABELS,
  PHOTO_STORY_STATUS_LABELS,
  type MeetingAttendance,
  type MeetingCategory,
  type MeetingCheckInMethod,
  type MeetingLeaveStatus,
  type MeetingReply,
  type MeetingSpeechStatus,
  type MeetingStatus,
  type PhotoStoryStatus,
} from "@zhzx/shared";
import dayjs from "dayjs";

const STATUS_COLOR: Record<MeetingStatus, string> = { DRAFT: "default", PUBLISHED: "green", CANCELLED: "red", FINISHED: "blue" };
export const MeetingStatusTag = ({ status }: { status: MeetingStatus }) => <Tag color={STATUS_COLOR[status]}>{MEETING_STATUS_LABELS[status]}</Tag>;

export const CategoryTag = ({ category }: { category: MeetingCategory }) => <Tag color={category === "MEETING" ? "geekblue" : "cyan"}>{MEETING_CATEGORY_LABELS[category]}</Tag>;

const REPLY_COLOR: Record<MeetingReply, string> = { NONE: "default", ATTEND: "blue", LEAVE: "orange" };
export const ReplyTag = ({ reply }: { reply: MeetingReply }) => <Tag color={REPLY_COLOR[reply]}>{MEETING_REPLY_LABELS[reply]}</Tag>;

const LEAVE_COLOR: Record<MeetingLeaveStatus, string> = { PENDING: "gold", APPROVED: "default", REJECTED: "red" };
export const LeaveTag = ({ status }: { status: MeetingLeaveStatus }) => <Tag color={LEAVE_COLOR[status]}>{MEETING_LEAVE_STATUS_LABELS[status]}</Tag>;

const ATT_COLOR: Record<MeetingAttendance, string> = { ATTENDED: "green", LEAVE: "default", ABSENT: "red" };
export const AttendanceTag = ({ attendance }: { attendance: MeetingAttendance | null | undefined }) =>
  attendance ? <Tag color={ATT_COLOR[attendance]}>{MEETING_ATTENDANCE_LABELS[attendance]}</Tag> : <Tag>未定</Tag>;
export const methodLabel = (m: MeetingCheckInMethod | null | undefined) => (m ? MEETING_CHECK_IN_METHOD_LABELS[m] : "");

const SPEECH_COLOR: Record<MeetingSpeechStatus, string> = { SUBMITTED: "gold", SELECTED: "blue", REJECTED: "default", DELIVERED: "green", WITHDRAWN: "default" };
export const SpeechStatusTag = ({ status }: { status: MeetingSpeechStatus }) => <Tag color={SPEECH_COLOR[status]}>{MEETING_SPEECH_STATUS_LABELS[status]}</Tag>;

export const StoryStatusTag = ({ status }: { status: PhotoStoryStatus }) => <Tag color={status === "PUBLISHED" ? "green" : "default"}>{PHOTO_STORY_STATUS_LABELS[status]}</Tag>;

/** "2026-03-05 09:00—11:30" (the end's date only when it differs). */
export function timeRange(startsAt: string, endsAt: string) {
  const s = dayjs(startsAt);
  const e = dayjs(endsAt);
  return `${s.format("YYYY-MM-DD HH:mm")}—${e.isSame(s, "day") ? e.format("HH:mm") : e.format("YYYY-MM-DD HH:mm")}`;
}

export const rate = (r: number | null | undefined) => (r == null ? "—" : `${r.toFixed(2).replace(/\.?0+$/, "")}%`);
