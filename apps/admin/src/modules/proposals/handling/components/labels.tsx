import { Tag } from "antd";
import type { HandlingAssignmentFragment } from "../../../../gql/graphql";

/** Tag colours of the proposal states a handling unit meets. */
export const STATE_COLORS: Record<string, string> = {
  ASSIGNED: "gold",
  HANDLING: "processing",
  REPLIED: "lime",
  DISSATISFIED: "red",
  CLOSED: "green",
  FILED: "default",
};

export const SATISFACTION_LABELS: Record<string, string> = { SATISFIED: "满意", BASICALLY_SATISFIED: "基本满意", DISSATISFIED: "不满意" };
export const SATISFACTION_COLORS: Record<string, string> = { SATISFIED: "green", BASICALLY_SATISFIED: "cyan", DISSATISFIED: "red" };
export const REQUEST_STATUS_LABELS: Record<string, string> = { PENDING: "待审核", APPROVED: "已同意", REJECTED: "已驳回" };
export const REQUEST_STATUS_COLORS: Record<string, string> = { PENDING: "gold", APPROVED: "green", REJECTED: "red" };

/** The unit's own stage, which for a co-unit may differ from the proposal's state. */
export function assignmentStage(a: Pick<HandlingAssignmentFragment, "signedAt" | "repliedAt" | "requests"> | null | undefined) {
  if (!a) return { label: "—", color: "default" };
  if (a.repliedAt) return { label: "已答复", color: "green" };
  if (a.signedAt) return { label: "办理中", color: "processing" };
  if (a.requests.some((r) => r.kind === "RETURN" && r.status === "PENDING")) return { label: "申请退回中", color: "orange" };
  return { label: "待签收", color: "gold" };
}

/** 剩余天数 for work not yet answered: overdue in red, the last fortnight in orange. */
export function DaysLeftTag({ a }: { a: Pick<HandlingAssignmentFragment, "daysLeft" | "repliedAt"> | null | undefined }) {
  if (!a || a.repliedAt) return <span style={{ color: "rgba(0,0,0,.45)" }}>—</span>;
  if (a.daysLeft < 0) return <Tag color="red">超期 {-a.daysLeft} 天</Tag>;
  if (a.daysLeft <= 14) return <Tag color="orange">剩 {a.daysLeft} 天</Tag>;
  return <span>剩 {a.daysLeft} 天</span>;
}

export const fileSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Plain paragraphs typed into a text box, as the HTML the API stores (escaped here; the server sanitises again). */
export const toHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`)
    .join("");
