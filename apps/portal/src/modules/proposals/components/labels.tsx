import { Tag } from "antd-mobile";
import { PROPOSAL_SATISFACTION_LABELS, PROPOSAL_STATE_LABELS, type ProposalSatisfaction, type ProposalState } from "@zhzx/shared";

const COLORS: Record<ProposalState, string> = {
  DRAFT: "default",
  COSIGNING: "default",
  SUBMITTED: "primary",
  RETURNED: "danger",
  FIRST_REVIEWED: "primary",
  SECOND_REVIEWED: "primary",
  NOT_FILED: "default",
  FILED: "primary",
  ASSIGNED: "primary",
  HANDLING: "primary",
  REPLIED: "warning",
  DISSATISFIED: "danger",
  CLOSED: "success",
};

export function ProposalStateTag({ state, label }: { state: string; label?: string }) {
  return (
    <Tag color={COLORS[state as ProposalState] ?? "default"} fill="outline">
      {label ?? PROPOSAL_STATE_LABELS[state as ProposalState] ?? state}
    </Tag>
  );
}

export const verdictLabel = (s: string) => PROPOSAL_SATISFACTION_LABELS[s as ProposalSatisfaction] ?? s;

export const formatTime = (iso: string) =>
  new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });
export const formatDay = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

export const fileSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** Plain paragraphs typed on a phone, as the HTML the proposal stores (escaped; the server sanitises again). */
export const toHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`)
    .join("");

/** The stored HTML back as paragraphs for the text box (a draft opened again on the phone). */
export const fromHtml = (html: string) => {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const blocks = [...doc.body.querySelectorAll("p, li, h1, h2, h3, h4, div")].filter((el) => !el.querySelector("p, li, div"));
  const lines = blocks.length ? blocks.map((el) => el.textContent?.trim() ?? "") : [doc.body.textContent ?? ""];
  return lines.filter(Boolean).join("\n");
};
