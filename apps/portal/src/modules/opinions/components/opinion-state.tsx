import { Tag } from "antd-mobile";
import { OPINION_ADOPTED_STATES, OPINION_STATE_LABELS, type OpinionState } from "@zhzx/shared";

const COLORS: Record<OpinionState, string> = {
  DRAFT: "default",
  COSIGNING: "default",
  SUBMITTED: "warning",
  FIRST_REVIEWED: "warning",
  SECOND_REVIEWED: "success",
  EDITED: "success",
  PUBLISHED: "primary",
  RETURNED: "danger",
  DISCARDED: "default",
};

/** What the member sees of the workflow: 审核中 for both review levels (the office's internal steps). */
export function memberStateLabel(state: OpinionState) {
  if (state === "SUBMITTED") return "待审核";
  if (state === "FIRST_REVIEWED") return "审核中";
  if (state === "SECOND_REVIEWED") return "已采用";
  if (state === "DISCARDED") return "未采用";
  return OPINION_STATE_LABELS[state];
}

export const isAdopted = (state: OpinionState) => OPINION_ADOPTED_STATES.includes(state);

export function OpinionStateTag({ state }: { state: OpinionState }) {
  return (
    <Tag color={COLORS[state]} fill="outline">
      {memberStateLabel(state)}
    </Tag>
  );
}

/** The marks beside a title: 已采用 (green) and 已批示 (red). */
export function FeedbackTags({ state, instructed }: { state: OpinionState; instructed: boolean }) {
  return (
    <>
      {isAdopted(state) && state !== "SECOND_REVIEWED" && <Tag color="success">已采用</Tag>}
      {instructed && <Tag color="danger">已批示</Tag>}
    </>
  );
}

/** 2026-11-24T08:30:00Z → 2026-11-24 16:30 (the phone's own time zone). */
export function formatTime(iso: string | null | undefined) {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
