import type { GradeBand, PerformanceEventKind } from "@zhzx/shared";

/**
 * A typical county/city 委员履职考核办法, as data: the demo seed installs it, and it is what a new
 * committee can start from. Points per item; caps per member per calendar year.
 */
export interface DefaultRule {
  kind: PerformanceEventKind;
  points: number | null;
  maxItems?: number;
  maxPointsPerYear?: number;
  description: string;
}

export const DEFAULT_ANNUAL_RULES: DefaultRule[] = [
  { kind: "MEETING_ATTENDED", points: 5, description: "出席全体会议、常委会议、专题协商会等，每次 5 分" },
  { kind: "MEETING_LEAVE", points: 0, description: "请假经批准，不加分不扣分" },
  { kind: "MEETING_ABSENT", points: -5, maxPointsPerYear: 20, description: "无故缺席会议每次扣 5 分，每年最多扣 20 分" },
  { kind: "ACTIVITY_ATTENDED", points: 2, maxItems: 10, description: "参加视察、调研、培训等活动每次 2 分，每年最多计 10 次" },
  { kind: "ACTIVITY_LEAVE", points: 0, description: "活动请假，不加分不扣分" },
  { kind: "ACTIVITY_ABSENT", points: -2, maxPointsPerYear: 10, description: "无故缺席活动每次扣 2 分，每年最多扣 10 分" },
  { kind: "PROPOSAL_SUBMITTED", points: 3, maxItems: 5, description: "提交提案每件 3 分，每年最多计 5 件" },
  { kind: "PROPOSAL_COSIGNED", points: 1, maxItems: 5, description: "联名提案每件 1 分，每年最多计 5 件" },
  { kind: "PROPOSAL_FILED", points: 5, description: "提案立案每件 5 分" },
  { kind: "PROPOSAL_KEY", points: 10, description: "列为重点提案每件 10 分" },
  { kind: "PROPOSAL_EXCELLENT", points: 10, description: "评为优秀提案每件 10 分" },
  { kind: "OPINION_SUBMITTED", points: 1, maxItems: 10, description: "报送社情民意信息每篇 1 分，每年最多计 10 篇" },
  { kind: "OPINION_ADOPTED", points: 5, description: "社情民意信息被采用每篇 5 分" },
  { kind: "OPINION_IN_JOURNAL", points: 3, description: "编入社情民意刊物每篇 3 分" },
  { kind: "OPINION_INSTRUCTED", points: 10, description: "获领导批示每篇 10 分" },
  { kind: "SPEECH_DELIVERED", points: 5, maxItems: 3, description: "大会发言（含书面发言）每次 5 分，每年最多计 3 次" },
  { kind: "MATERIAL_ACCEPTED", points: 2, maxItems: 5, description: "履职材料经审核采纳每份 2 分，每年最多计 5 份" },
  { kind: "BONUS", points: null, maxPointsPerYear: 20, description: "其他考核按录入分值计，每年加减分均不超过 20 分" },
];

export const DEFAULT_ANNUAL_GRADES: GradeBand[] = [
  { name: "优秀", minScore: 60 },
  { name: "良好", minScore: 40 },
  { name: "合格", minScore: 20 },
  { name: "不合格", minScore: null },
];

/** A whole session (five years): the same acts, higher thresholds. */
export const DEFAULT_SESSION_GRADES: GradeBand[] = [
  { name: "优秀", minScore: 250 },
  { name: "良好", minScore: 170 },
  { name: "合格", minScore: 90 },
  { name: "不合格", minScore: null },
];
