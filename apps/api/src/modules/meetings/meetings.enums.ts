import { registerEnumType } from "type-graphql";
import {
  MEETING_ATTENDANCE_LABELS,
  MEETING_ATTENDANCES,
  MEETING_CATEGORIES,
  MEETING_CATEGORY_LABELS,
  MEETING_CHECK_IN_METHOD_LABELS,
  MEETING_CHECK_IN_METHODS,
  MEETING_LEAVE_STATUS_LABELS,
  MEETING_LEAVE_STATUSES,
  MEETING_MEMBER_STAT_SORTS,
  MEETING_REPLIES,
  MEETING_REPLY_LABELS,
  MEETING_SPEECH_ACTION_LABELS,
  MEETING_SPEECH_STATUS_LABELS,
  MEETING_SPEECH_STATUSES,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  PHOTO_STORY_STATUS_LABELS,
  PHOTO_STORY_STATUSES,
  type MeetingAttendance,
  type MeetingCategory,
  type MeetingCheckInMethod,
  type MeetingLeaveStatus,
  type MeetingMemberStatSort,
  type MeetingReply,
  type MeetingSpeechStatus,
  type MeetingStatus,
  type PhotoStoryStatus,
} from "@zhzx/shared";

// type-graphql wants enum objects; the shared package owns the lists and the labels.
const enumOf = <T extends string>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x, x])) as { [K in T]: K };
const register = <T extends string>(obj: Record<string, T>, name: string, labels?: Record<T, string>) =>
  registerEnumType(obj, { name, ...(labels ? { valuesConfig: Object.fromEntries(Object.keys(obj).map((k) => [k, { description: labels[k as T] }])) } : {}) });

export const MeetingCategoryEnum = enumOf<MeetingCategory>(MEETING_CATEGORIES);
register(MeetingCategoryEnum, "MeetingCategory", MEETING_CATEGORY_LABELS);
export const MeetingStatusEnum = enumOf<MeetingStatus>(MEETING_STATUSES);
register(MeetingStatusEnum, "MeetingStatus", MEETING_STATUS_LABELS);
export const MeetingReplyEnum = enumOf<MeetingReply>(MEETING_REPLIES);
register(MeetingReplyEnum, "MeetingReply", MEETING_REPLY_LABELS);
export const MeetingLeaveStatusEnum = enumOf<MeetingLeaveStatus>(MEETING_LEAVE_STATUSES);
register(MeetingLeaveStatusEnum, "MeetingLeaveStatus", MEETING_LEAVE_STATUS_LABELS);
export const MeetingAttendanceEnum = enumOf<MeetingAttendance>(MEETING_ATTENDANCES);
register(MeetingAttendanceEnum, "MeetingAttendance", MEETING_ATTENDANCE_LABELS);
export const MeetingCheckInMethodEnum = enumOf<MeetingCheckInMethod>(MEETING_CHECK_IN_METHODS);
register(MeetingCheckInMethodEnum, "MeetingCheckInMethod", MEETING_CHECK_IN_METHOD_LABELS);
export const MeetingSpeechStatusEnum = enumOf<MeetingSpeechStatus>(MEETING_SPEECH_STATUSES);
register(MeetingSpeechStatusEnum, "MeetingSpeechStatus", MEETING_SPEECH_STATUS_LABELS);
export const PhotoStoryStatusEnum = enumOf<PhotoStoryStatus>(PHOTO_STORY_STATUSES);
register(PhotoStoryStatusEnum, "PhotoStoryStatus", PHOTO_STORY_STATUS_LABELS);
export const MeetingMemberStatSortEnum = enumOf<MeetingMemberStatSort>(MEETING_MEMBER_STAT_SORTS);
register(MeetingMemberStatSortEnum, "MeetingMemberStatSort", { NAME: "按姓名拼音", RATE_DESC: "出席率从高到低", RATE_ASC: "出席率从低到高" });

/** What a member answers (NONE is not an answer). */
export const MeetingReplyChoiceEnum = { ATTEND: "ATTEND", LEAVE: "LEAVE" } as const;
register(MeetingReplyChoiceEnum, "MeetingReplyChoice", { ATTEND: MEETING_REPLY_LABELS.ATTEND, LEAVE: MEETING_REPLY_LABELS.LEAVE });

/** What staff do to a speech (withdraw is the member's). */
export const MeetingSpeechReviewActionEnum = { select: "select", reject: "reject", deliver: "deliver", undeliver: "undeliver" } as const;
register(MeetingSpeechReviewActionEnum, "MeetingSpeechReviewAction", {
  select: MEETING_SPEECH_ACTION_LABELS.select,
  reject: MEETING_SPEECH_ACTION_LABELS.reject,
  deliver: MEETING_SPEECH_ACTION_LABELS.deliver,
  undeliver: MEETING_SPEECH_ACTION_LABELS.undeliver,
});
