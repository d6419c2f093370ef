import { useSearchParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Card, Checkbox, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { PROPOSAL_ASSIGNMENT_ROLE_LABELS } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { ProposalDrawer } from "../components/ProposalDrawer";
import { DaysLeft, StateTag } from "../components/StateTag";
import { FeedbackTab, RemindersTab } from "../components/TrackingTabs";
import { UnitStatTable } from "../components/StatTables";
import { day } from "../components/labels";
import { ProposalLookupsQuery } from "../graphql/proposals.graphql";
import { ProposalTrackingQuery, ProposalUnitTrackingQuery } from "../graphql/tracking.graphql";

/**
 * 办理追踪: every live assignment with its deadline (nearest first, overdue in red), who has not signed,
 * whose requests wait; per-unit totals; the members' verdicts; the reminders the daily job sent.
 */
export default function ProposalTrackingPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "assignments";
  const openId = params.get("id");
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    setParams(next);
  };
  const lookups = useQuery(ProposalLookupsQuery, { fetchPolicy: "cache-first" });
  const sessions = lookups.data?.committeeSessions ?? [];
  const sessionId = params.get("sessionId") ?? undefined;
  const unitId = params.get("unitId") ?? undefined;
  const only = params.get("only") ?? undefined;
  const page = Number(params.get("page") ?? 1);
  const tracking = useQuery(ProposalTrackingQuery, {
    variables: { page, pageSize: 20, filter: { sessionId, unitId, overdueOnly: only === "overdue", notSignedOnly: only === "notSigned", pendingRequestsOnly: only === "requests" } },
    skip: tab !== "assignments",
    fetchPolicy: "cache-and-network",
  });
  const byUnit = useQuery(ProposalUnitTrackingQuery, { variables: { sessionId }, skip: tab !== "units", fetchPolicy: "cache-and-network" });
  const rows = (tracking.data ?? tracking.previousData)?.proposalTracking;

  const sessionSelect = (
    <Select allowClear placeholder="全部届次" style={{ width: 160 }} value={sessionId} onChange={(v) => set({ sessionId: v, page: undefined })} options={sessions.map((s) => ({ value: s.id, label: `${s.name}${s.isCurrent ? "（本届）" : ""}` }))} aria-label="届次" />
  );
  const assignments = (
    <Space orientation="vertical" size={12} style={{ width: "100%" }}>
      <Space wrap>
        {sessionSelect}
        <Select allowClear showSearch optionFilterProp="label" placeholder="全部承办单位" style={{ width: 220 }} value={unitId} onChange={(v) => set({ unitId: v, page: undefined })} options={(lookups.data?.orgUnits.items ?? []).map((u) => ({ value: u.id, label: u.name }))} aria-label="承办单位" />
        {(["overdue", "notSigned", "requests"] as const).map((k) => (
          <Checkbox key={k} checked={only === k} onChange={(e) => set({ only: e.target.checked ? k : undefined, page: undefined })}>
            {{ overdue: "只看超期未答复", notSigned: "只看未签收", requests: "只看待审核申请" }[k]}
          </Checkbox>
        ))}
      </Space>
      {tracking.error && <Alert type="error" showIcon title={errorMessage(tracking.error)} />}
      <Table
        rowKey={(r) => r.assignment.id}
        size="middle"
        scroll={{ x: 1150 }}
        loading={tracking.loading}
        dataSource={rows?.items ?? []}
        onRow={(r) => ({ style: r.assignment.overdue ? { background: "#fff1f0" } : undefined })}
        locale={{ emptyText: "没有符合条件的交办" }}
        pagination={{ current: page, pageSize: 20, total: rows?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 条交办`, onChange: (p) => set({ page: p === 1 ? undefined : String(p) }) }}
        columns={[
          { title: "案号", key: "case", width: 100, render: (_, r) => r.proposal.caseNumber ?? "—" },
          {
            title: "提案",
            key: "title",
            render: (_, r) => (
              <Space size={4} wrap>
                <a onClick={() => set({ id: r.proposal.id })}>{r.proposal.title}</a>
                {r.proposal.isKey && <Tag color="red">重点</Tag>}
              </Space>
            ),
          },
          { title: "承办单位", key: "unit", width: 180, ellipsis: true, render: (_, r) => `${r.assignment.unit.name}（${PROPOSAL_ASSIGNMENT_ROLE_LABELS[r.assignment.role]}）` },
          { title: "提案状态", key: "state", width: 125, render: (_, r) => <StateTag state={r.proposal.state} label={r.proposal.stateLabel} /> },
          { title: "签收", key: "signed", width: 105, render: (_, r) => (r.assignment.signedAt ? day(r.assignment.signedAt) : <Tag color="gold">未签收</Tag>) },
          { title: "办理期限", key: "deadline", width: 105, render: (_, r) => r.assignment.deadline },
          { title: "剩余", key: "left", width: 110, render: (_, r) => <DaysLeft daysLeft={r.assignment.daysLeft} replied={!!r.assignment.repliedAt} /> },
          {
            title: "申请",
            key: "requests",
            width: 110,
            render: (_, r) => {
              const pending = r.assignment.requests.filter((x) => x.status === "PENDING");
              return pending.length ? <Tag color="orange">{pending.map((x) => (x.kind === "RETURN" ? "退回" : "延期")).join("、")}待审核</Tag> : <Typography.Text type="secondary">—</Typography.Text>;
            },
          },
        ]}
      />
    </Space>
  );

  return (
    <Card title="办理追踪">
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === "assignments" ? undefined : k, page: undefined })}
        items={[
          { key: "assignments", label: "逐件追踪", children: assignments },
          {
            key: "units",
            label: "按承办单位",
            children: (
              <Space orientation="vertical" size={12} style={{ width: "100%" }}>
                {sessionSelect}
                {byUnit.error && <Alert type="error" showIcon title={errorMessage(byUnit.error)} />}
                <UnitStatTable rows={byUnit.data?.proposalUnitTracking ?? []} />
              </Space>
            ),
          },
          { key: "feedback", label: "委员评价", children: <FeedbackTab sessions={sessions} onOpen={(id) => set({ id })} /> },
          { key: "reminders", label: "催办记录", children: <RemindersTab onOpen={(id) => set({ id })} /> },
        ]}
      />
      <ProposalDrawer
        id={openId}
        onClose={() => set({ id: undefined })}
        onOpen={(id) => set({ id })}
        onChanged={() => {
          if (tab === "assignments") void tracking.refetch();
          if (tab === "units") void byUnit.refetch();
        }}
      />
    </Card>
  );
}
