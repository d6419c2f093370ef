import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Checkbox, Select, Space, Table, Tag, Typography } from "antd";
import { PROPOSAL_FEEDBACK_DECISION_LABELS, PROPOSAL_REMINDER_KIND_LABELS, PROPOSAL_SATISFACTION_LABELS, type ProposalSatisfaction } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { ProposalFeedbacksQuery, ProposalRemindersQuery } from "../graphql/tracking.graphql";
import { StateTag } from "./StateTag";
import { SATISFACTION_COLORS, time } from "./labels";

/** 委员评价查询: every verdict (latest first), the 不满意 still waiting for the office on request. */
export function FeedbackTab({ sessions, onOpen }: { sessions: { id: string; name: string }[]; onOpen: (id: string) => void }) {
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [satisfaction, setSatisfaction] = useState<ProposalSatisfaction | undefined>();
  const [undecidedOnly, setUndecidedOnly] = useState(false);
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(ProposalFeedbacksQuery, { variables: { page, pageSize: 20, filter: { sessionId, satisfaction, undecidedOnly } }, fetchPolicy: "cache-and-network" });
  const result = (data ?? previousData)?.proposalFeedbacks;
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        <Select allowClear placeholder="全部届次" style={{ width: 160 }} value={sessionId} onChange={(v) => (setSessionId(v), setPage(1))} options={sessions.map((s) => ({ value: s.id, label: s.name }))} aria-label="评价届次" />
        <Select allowClear placeholder="全部评价" style={{ width: 140 }} value={satisfaction} onChange={(v) => (setSatisfaction(v), setPage(1))} options={Object.entries(PROPOSAL_SATISFACTION_LABELS).map(([value, label]) => ({ value, label }))} aria-label="评价" />
        <Checkbox checked={undecidedOnly} onChange={(e) => (setUndecidedOnly(e.target.checked), setPage(1))}>
          只看待审核的不满意
        </Checkbox>
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Table
        rowKey={(r) => r.feedback.id}
        loading={loading}
        dataSource={result?.items ?? []}
        locale={{ emptyText: "暂无委员评价" }}
        pagination={{ current: page, pageSize: 20, total: result?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 条评价`, onChange: setPage }}
        columns={[
          { title: "案号", key: "case", width: 100, render: (_, r) => r.proposal.caseNumber ?? "—" },
          { title: "提案", key: "title", render: (_, r) => <a onClick={() => onOpen(r.proposal.id)}>{r.proposal.title}</a> },
          { title: "提案人", key: "submitter", width: 120, render: (_, r) => r.proposal.submitterName },
          { title: "主办单位", key: "unit", width: 170, render: (_, r) => r.proposal.leadUnit?.name ?? "—" },
          { title: "评价", key: "s", width: 150, render: (_, r) => <Space orientation="vertical" size={0}><Tag color={SATISFACTION_COLORS[r.feedback.satisfaction]}>{PROPOSAL_SATISFACTION_LABELS[r.feedback.satisfaction]}（第 {r.feedback.round} 轮）</Tag>{r.feedback.comment && <Typography.Text type="secondary">{r.feedback.comment}</Typography.Text>}</Space> },
          { title: "评价时间", key: "at", width: 140, render: (_, r) => time(r.feedback.createdAt) },
          {
            title: "审核",
            key: "decision",
            width: 140,
            render: (_, r) =>
              r.feedback.decision ? PROPOSAL_FEEDBACK_DECISION_LABELS[r.feedback.decision] : r.feedback.satisfaction === "DISSATISFIED" ? <StateTag state={r.proposal.state} label={r.proposal.stateLabel} /> : "—",
          },
        ]}
      />
    </Space>
  );
}

const REMINDER_COLORS = { NOT_SIGNED: "gold", DEADLINE_NEAR: "orange", OVERDUE: "red" } as const;

/** 催办记录: what the daily job sent to the units (未签收, 临近期限, 已超期), newest first. */
export function RemindersTab({ onOpen }: { onOpen: (id: string) => void }) {
  const { data, loading, error } = useQuery(ProposalRemindersQuery, { variables: { limit: 200 }, fetchPolicy: "cache-and-network" });
  return (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Typography.Text type="secondary">系统每天自动检查各交办：未签收、临近办理期限和已超期的，向承办单位发送催办提醒。下面是最近 200 条。</Typography.Text>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.proposalReminders ?? []}
        locale={{ emptyText: "暂无催办记录" }}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
        columns={[
          { title: "日期", dataIndex: "day", key: "day", width: 110 },
          { title: "承办单位", key: "unit", width: 200, render: (_, r) => r.unit.name },
          { title: "类型", key: "kind", width: 120, render: (_, r) => <Tag color={REMINDER_COLORS[r.kind]}>{PROPOSAL_REMINDER_KIND_LABELS[r.kind]}</Tag> },
          { title: "内容", key: "message", render: (_, r) => <a onClick={() => onOpen(r.proposalId)}>{r.message}</a> },
        ]}
      />
    </Space>
  );
}
