import type { ProposalState } from "@zhzx/shared";

export const STATE_COLORS: Partial<Record<ProposalState, string>> = {
  DRAFT: "default",
  COSIGNING: "default",
  SUBMITTED: "blue",
  FIRST_REVIEWED: "geekblue",
  SECOND_REVIEWED: "purple",
  RETURNED: "orange",
  NOT_FILED: "default",
  FILED: "cyan",
  ASSIGNED: "gold",
  HANDLING: "processing",
  REPLIED: "lime",
  DISSATISFIED: "red",
  CLOSED: "green",
};

/** The office's work lists (server-side ProposalList), in the order the work flows. */
export const LISTS = [
  { key: "ALL", label: "全部" },
  { key: "FIRST_REVIEW", label: "待一审" },
  { key: "SECOND_REVIEW", label: "待二审" },
  { key: "TO_FILE", label: "待立案" },
  { key: "TO_ASSIGN", label: "待交办" },
  { key: "IN_HANDLING", label: "办理中" },
  { key: "DISSATISFIED", label: "不满意" },
  { key: "KEY", label: "重点提案" },
  { key: "NOT_FILED", label: "不予立案" },
  { key: "CLOSED", label: "已办结" },
] as const;
export type ListKey = (typeof LISTS)[number]["key"];

export const DESTINATION_LABELS = { WITHDRAWN: "撤案", TO_OPINION: "转社情民意", OTHER: "其他方式" } as const;
