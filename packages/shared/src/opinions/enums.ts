/** Enums of the public-opinion module (社情民意); the API registers them as GraphQL enums, the SPAs read the labels. */

/** Where an item came from: a member's or collective's own report, a declined proposal, a county's upward report. */
export const OPINION_ORIGINS = ["DIRECT", "FROM_PROPOSAL", "FROM_COUNTY"] as const;
export type OpinionOrigin = (typeof OPINION_ORIGINS)[number];
export const OPINION_ORIGIN_LABELS: Record<OpinionOrigin, string> = { DIRECT: "直接报送", FROM_PROPOSAL: "提案转来", FROM_COUNTY: "县区上报" };

export const OPINION_SUBMITTER_KINDS = ["MEMBER", "COLLECTIVE", "COUNTY"] as const;
export type OpinionSubmitterKind = (typeof OPINION_SUBMITTER_KINDS)[number];
export const OPINION_SUBMITTER_KIND_LABELS: Record<OpinionSubmitterKind, string> = { MEMBER: "委员", COLLECTIVE: "集体", COUNTY: "县区政协" };

export const COSIGN_STATUSES = ["PENDING", "CONFIRMED", "DECLINED"] as const;
export type CosignStatus = (typeof COSIGN_STATUSES)[number];
export const COSIGN_STATUS_LABELS: Record<CosignStatus, string> = { PENDING: "待确认", CONFIRMED: "已确认", DECLINED: "已谢绝" };

/** 批示反馈: the three kinds of REQUIREMENTS §1. */
export const INSTRUCTION_KINDS = ["HIGHER_ADOPTION", "LEADER_INSTRUCTION", "DEPARTMENT_REPLY"] as const;
export type InstructionKind = (typeof INSTRUCTION_KINDS)[number];
export const INSTRUCTION_KIND_LABELS: Record<InstructionKind, string> = {
  HIGHER_ADOPTION: "上级政协录用",
  LEADER_INSTRUCTION: "领导批示",
  DEPARTMENT_REPLY: "部门答复",
};

export const JOURNAL_ISSUE_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type JournalIssueStatus = (typeof JOURNAL_ISSUE_STATUSES)[number];
export const JOURNAL_ISSUE_STATUS_LABELS: Record<JournalIssueStatus, string> = { DRAFT: "编辑中", PUBLISHED: "已刊发" };

/** "2025年第12期". */
export const issueLabel = (year: number, number: number) => `${year}年第${number}期`;

/** Row keys of the 社情民意报送统计表. */
export const OPINION_STAT_GROUPS = ["SUBMITTER", "PARTY", "COLLECTIVE"] as const;
export type OpinionStatGroup = (typeof OPINION_STAT_GROUPS)[number];
