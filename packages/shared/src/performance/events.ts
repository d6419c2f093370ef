/**
 * Every countable act of a member (DESIGN.md "Performance"). Modules record events; the scoring rules
 * (issue 7) turn them into points, so a committee changes its 考核办法 without code.
 */
export const PERFORMANCE_EVENT_KINDS = [
  "PROPOSAL_SUBMITTED",
  "PROPOSAL_COSIGNED",
  "PROPOSAL_FILED",
  "PROPOSAL_KEY",
  "PROPOSAL_EXCELLENT",
  "OPINION_SUBMITTED",
  "OPINION_ADOPTED",
  "OPINION_IN_JOURNAL",
  "OPINION_INSTRUCTED",
  "MEETING_ATTENDED",
  "MEETING_LEAVE",
  "MEETING_ABSENT",
  "ACTIVITY_ATTENDED",
  "ACTIVITY_LEAVE",
  "ACTIVITY_ABSENT",
  "SPEECH_DELIVERED",
  "MATERIAL_ACCEPTED",
  "BONUS",
] as const;
export type PerformanceEventKind = (typeof PERFORMANCE_EVENT_KINDS)[number];

export const PERFORMANCE_EVENT_LABELS: Record<PerformanceEventKind, string> = {
  PROPOSAL_SUBMITTED: "提交提案",
  PROPOSAL_COSIGNED: "联名提案",
  PROPOSAL_FILED: "提案立案",
  PROPOSAL_KEY: "重点提案",
  PROPOSAL_EXCELLENT: "优秀提案",
  OPINION_SUBMITTED: "报送社情民意",
  OPINION_ADOPTED: "社情民意被采用",
  OPINION_IN_JOURNAL: "社情民意编入刊物",
  OPINION_INSTRUCTED: "社情民意获批示",
  MEETING_ATTENDED: "出席会议",
  MEETING_LEAVE: "会议请假",
  MEETING_ABSENT: "会议缺席",
  ACTIVITY_ATTENDED: "参加活动",
  ACTIVITY_LEAVE: "活动请假",
  ACTIVITY_ABSENT: "活动缺席",
  SPEECH_DELIVERED: "大会发言",
  MATERIAL_ACCEPTED: "履职材料通过",
  BONUS: "其他考核加减分",
};
