import { useQuery } from "@apollo/client/react";
import { Alert, Empty, Popover, Spin, Tag, Typography } from "antd";
import { JOURNAL_ISSUE_STATUS_LABELS, OPINION_STATE_LABELS, type JournalIssueStatus, type OpinionOrigin, type OpinionState } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { OpinionInstructionsQuery } from "../graphql/instructions.graphql";
import { InstructionList } from "./InstructionList";

const STATE_COLORS: Record<OpinionState, string> = {
  DRAFT: "default",
  COSIGNING: "default",
  SUBMITTED: "gold",
  FIRST_REVIEWED: "orange",
  SECOND_REVIEWED: "green",
  EDITED: "cyan",
  PUBLISHED: "blue",
  RETURNED: "volcano",
  DISCARDED: "default",
};

export function OpinionStateTag({ state }: { state: OpinionState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {OPINION_STATE_LABELS[state]}
    </Tag>
  );
}

export function JournalIssueStatusTag({ status }: { status: JournalIssueStatus }) {
  return (
    <Tag color={status === "PUBLISHED" ? "blue" : "gold"} style={{ marginInlineEnd: 0 }}>
      {JOURNAL_ISSUE_STATUS_LABELS[status]}
    </Tag>
  );
}

/** 提案转来 / 县区上报 mark; a direct report needs none. */
export function OriginTag({ origin, label, tenant }: { origin: OpinionOrigin; label: string; tenant?: string | null }) {
  if (origin === "DIRECT") return null;
  return (
    <Tag color={origin === "FROM_COUNTY" ? "purple" : "geekblue"} style={{ marginInlineEnd: 0 }}>
      {tenant ? `${label}·${tenant.replace(/政协$/, "")}` : label}
    </Tag>
  );
}

function InstructionsPopoverBody({ opinionId }: { opinionId: string }) {
  const { data, loading, error } = useQuery(OpinionInstructionsQuery, { variables: { opinionId }, fetchPolicy: "cache-and-network" });
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (!data && loading) return <Spin size="small" />;
  const list = data?.opinionInstructions ?? [];
  if (!list.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无批示反馈" />;
  return (
    <div style={{ width: 420, maxHeight: 360, overflowY: "auto" }}>
      <InstructionList opinionId={opinionId} items={list} />
    </div>
  );
}

/** The red 已批示 mark of every list; a click shows the instructions. */
export function InstructedMark({ opinionId }: { opinionId: string }) {
  return (
    <Popover title="批示反馈" trigger="click" content={<InstructionsPopoverBody opinionId={opinionId} />} destroyOnHidden>
      <Tag color="red" style={{ cursor: "pointer", marginInlineEnd: 0 }} role="button" aria-label="已批示，点击查看批示反馈">
        已批示
      </Tag>
    </Popover>
  );
}

export const formatTime = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).replace(/\//g, "-") : "—");

export const dash = (v: string | null | undefined) => v || <Typography.Text type="secondary">—</Typography.Text>;
