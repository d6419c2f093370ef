import type { ProposalState } from "@zhzx/shared";
import dayjs from "dayjs";

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
/** How a NOT_FILED proposal ended: a 不予立案 destination or 并案. */
export const NOT_FILED_LABELS = { ...DESTINATION_LABELS, MERGED: "并案处理" } as const;

/** States the office sees in its lists (drafts and co-signing stay with the member). */
export const OFFICE_STATES: ProposalState[] = ["SUBMITTED", "RETURNED", "FIRST_REVIEWED", "SECOND_REVIEWED", "NOT_FILED", "FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"];

export const SATISFACTION_COLORS = { SATISFIED: "green", BASICALLY_SATISFIED: "blue", DISSATISFIED: "red" } as const;

export const time = (v: string | null | undefined) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—");
export const day = (v: string | null | undefined) => (v ? dayjs(v).format("YYYY-MM-DD") : "—");

export function fileSize(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
