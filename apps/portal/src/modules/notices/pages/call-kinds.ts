import { NOTICE_KIND_LABELS } from "@zhzx/shared";

type CallKind = "PROPOSAL_CALL" | "OPINION_CALL";

export const KIND_TAG: Record<CallKind, { label: string; color: string }> = {
  PROPOSAL_CALL: { label: NOTICE_KIND_LABELS.PROPOSAL_CALL, color: "danger" },
  OPINION_CALL: { label: NOTICE_KIND_LABELS.OPINION_CALL, color: "primary" },
};

/** Where answering a call starts. */
export const CALL_WRITE: Record<CallKind, { label: string; to: string }> = {
  PROPOSAL_CALL: { label: "写提案", to: "/proposals/new" },
  OPINION_CALL: { label: "写社情民意", to: "/opinions/new" },
};
