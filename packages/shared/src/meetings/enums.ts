/** Enums of the meetings module (会议活动管理); the API registers them as GraphQL enums, the SPAs read the labels. */
import type { PerformanceEventKind } from "../performance/events";

export const MEETING_CATEGORIES = ["MEETING", "ACTIVITY"] as const;
export type MeetingCategory = (typeof MEETING_CATEGORIES)[number];
export const MEETING_CATEGORY_LABELS: Record<MeetingCategory, string> = { MEETING: "会议", ACTIVITY: "活动" };

/** The types a committee starts with (REQUIREMENTS §5); each committee may add, rename or disable. */
export const DEFAULT_MEETING_KINDS: Record<MeetingCategory, readonly string[]> = {
  MEETING: ["全会", "常委会", "专委会会议", "专题议政会", "对口协商会议", "界别协商会议", "提案办理协商会议", "其他会议"],
  ACTIVITY: ["视察", "考察", "调研", "学习培训", "委员讲坛", "其他活动"],
};

export const MEETING_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED", "FINISHED"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { DRAFT: "草稿", PUBLISHED: "已发布", CANCELLED: "已取消", FINISHED: "已结束" };

/** The member's answer (回执). */
export const MEETING_REPLIES = ["NONE", "ATTEND", "LEAVE"] as const;
export type MeetingReply = (typeof MEETING_REPLIES)[number];
export const MEETING_REPLY_LABELS: Record<MeetingReply, string> = { NONE: "未回执", ATTEND: "参加", LEAVE: "请假" };

export const MEETING_LEAVE_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type MeetingLeaveStatus = (typeof MEETING_LEAVE_STATUSES)[number];
export const MEETING_LEAVE_STATUS_LABELS: Record<MeetingLeaveStatus, string> = { PENDING: "待审批", APPROVED: "已准假", REJECTED: "不准假" };

/** Final attendance: 出席, 请假 (approved leave), 缺席. */
export const MEETING_ATTENDANCES = ["ATTENDED", "LEAVE", "ABSENT"] as const;
export type MeetingAttendance = (typeof MEETING_ATTENDANCES)[number];
export const MEETING_ATTENDANCE_LABELS: Record<MeetingAttendance, string> = { ATTENDED: "出席", LEAVE: "请假", ABSENT: "缺席" };

export const MEETING_CHECK_IN_METHODS = ["QR", "STAFF", "LEAVE_APPROVAL", "FINISH"] as const;
export type MeetingCheckInMethod = (typeof MEETING_CHECK_IN_METHODS)[number];
export const MEETING_CHECK_IN_METHOD_LABELS: Record<MeetingCheckInMethod, string> = {
  QR: "扫码签到",
  STAFF: "工作人员登记",
  LEAVE_APPROVAL: "准假",
  FINISH: "结束时未签到",
};

export const MEETING_NOTICE_KINDS = ["INVITED", "CHANGED", "CANCELLED", "UNINVITED", "LEAVE_APPROVED", "LEAVE_REJECTED"] as const;
export type MeetingNoticeKind = (typeof MEETING_NOTICE_KINDS)[number];
export const MEETING_NOTICE_KIND_LABELS: Record<MeetingNoticeKind, string> = {
  INVITED: "会议活动邀请",
  CHANGED: "会议活动变更",
  CANCELLED: "会议活动取消",
  UNINVITED: "取消邀请",
  LEAVE_APPROVED: "请假已批准",
  LEAVE_REJECTED: "请假未批准",
};

export const MEETING_SPEECH_STATUSES = ["SUBMITTED", "SELECTED", "REJECTED", "DELIVERED", "WITHDRAWN"] as const;
export type MeetingSpeechStatus = (typeof MEETING_SPEECH_STATUSES)[number];
export const MEETING_SPEECH_STATUS_LABELS: Record<MeetingSpeechStatus, string> = {
  SUBMITTED: "待审核",
  SELECTED: "已选用",
  REJECTED: "未选用",
  DELIVERED: "已发言",
  WITHDRAWN: "已撤回",
};

export const PHOTO_STORY_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type PhotoStoryStatus = (typeof PHOTO_STORY_STATUSES)[number];
export const PHOTO_STORY_STATUS_LABELS: Record<PhotoStoryStatus, string> = { DRAFT: "草稿", PUBLISHED: "已发布" };

/** Sort orders of the per-member attendance statistics. */
export const MEETING_MEMBER_STAT_SORTS = ["NAME", "RATE_DESC", "RATE_ASC"] as const;
export type MeetingMemberStatSort = (typeof MEETING_MEMBER_STAT_SORTS)[number];

/** The performance event a final attendance state counts as (DESIGN.md "Performance"). */
export function attendanceEventKind(category: MeetingCategory, attendance: MeetingAttendance): PerformanceEventKind {
  const prefix = category === "MEETING" ? "MEETING" : "ACTIVITY";
  return `${prefix}_${attendance}` as PerformanceEventKind;
}

/** Upload limits (checked again by CHECK constraints in the database). */
export const MEETING_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_STORY_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_STORY_MAX_IMAGES = 30;
/** QR check-in code lifetime bounds, in minutes (the meeting screen refreshes the code before it expires). */
export const CHECK_IN_CODE_DEFAULT_MINUTES = 5;
export const CHECK_IN_CODE_MAX_MINUTES = 24 * 60;
