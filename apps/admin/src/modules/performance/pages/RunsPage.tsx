import { useState } from "react";
import { useNavigate } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { CalculatorOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { AssessmentType, PerformanceRunFieldsFragment } from "../../../gql/graphql";
import { assessmentLabel, RUN_TRIGGER_LABELS } from "../components/labels";
import type { PeriodValue } from "../components/PeriodPicker";
import { RecomputeModal } from "../components/RecomputeModal";
import { usePerformanceLookups } from "../components/use-lookups";
import { ScoreRunsQuery } from "../graphql/scores.graphql";

const rankingsUrl = (r: { assessmentType: AssessmentType; year?: number | null; session: { id: string } }, runId: string) =>
  `/performance?${new URLSearchParams({ type: r.assessmentType, ...(r.year ? { year: String(r.year) } : {}), session: r.session.id, run: runId })}`;

/** 计分存档: every stored scoring (manual, or after a rule change), with the rule versions it used. */
export default function RunsPage() {
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const canManage = can(viewer, "performance:manage");
  const lk = usePerformanceLookups();
  const [type, setType] = useState<AssessmentType | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(ScoreRunsQuery, {
    variables: { page, assessmentType: type ?? null, year: year ?? null, sessionId: sessionId ?? null },
    fetchPolicy: "cache-and-network",
  });
  const d = (data ?? previousData)?.performanceScoreRuns;
  const initial: PeriodValue = { assessmentType: type ?? "ANNUAL", year: year ?? lk.years[0] ?? null, sessionId: sessionId ?? lk.current?.id ?? null };

  return (
    <Card
      title="计分存档"
      extra={
        canManage && (
          <Button type="primary" icon={<CalculatorOutlined />} disabled={!lk.ready} onClick={() => setOpen(true)}>
            计分并存档
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<AssessmentType>
          allowClear
          aria-label="考核类型"
          placeholder="考核类型"
          style={{ width: 130 }}
          value={type}
          onChange={(v) => (setType(v), setPage(1))}
          options={[
            { value: "ANNUAL", label: "年度考核" },
            { value: "SESSION", label: "届内考核" },
          ]}
        />
        <Select allowClear aria-label="年度" placeholder="年度" style={{ width: 120 }} value={year} onChange={(v: number | undefined) => (setYear(v), setPage(1))} options={lk.yearOptions} />
        <Select allowClear aria-label="届次" placeholder="届次" style={{ width: 230 }} value={sessionId} onChange={(v: string | undefined) => (setSessionId(v), setPage(1))} options={lk.sessionOptions} />
        <Typography.Text type="secondary">修改评分规则后，受影响的考核期会自动重新计分并存档。</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<PerformanceRunFieldsFragment>
        rowKey="id"
        loading={loading}
        dataSource={d?.items ?? []}
        locale={{ emptyText: "暂无计分存档" }}
        pagination={{ current: page, pageSize: 20, total: d?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 次` }}
        columns={[
          { title: "计分时间", key: "at", width: 170, render: (_, r) => new Date(r.computedAt).toLocaleString("zh-CN", { hour12: false }) },
          { title: "考核期", key: "period", render: (_, r) => `${assessmentLabel(r.assessmentType)} · ${r.assessmentType === "ANNUAL" ? `${r.year} 年` : r.session.name}` },
          { title: "起止", key: "range", width: 200, render: (_, r) => `${r.firstDay} 至 ${r.lastDay}` },
          { title: "方式", key: "trigger", width: 100, render: (_, r) => <Tag color={r.trigger === "RULE_CHANGE" ? "orange" : r.trigger === "MANUAL" ? "blue" : "default"}>{RUN_TRIGGER_LABELS[r.trigger] ?? r.trigger}</Tag> },
          { title: "依据考核办法", key: "versions", render: (_, r) => r.ruleSetVersions.map((v) => `${v.name} 第 ${v.version} 版`).join("；") || "—" },
          { title: "说明", dataIndex: "note", key: "note", render: (x: string | null) => x ?? "—" },
          { title: "人数", dataIndex: "memberCount", key: "memberCount", width: 70 },
          { title: "操作人", dataIndex: "computedByName", key: "by", width: 90, render: (x: string | null) => x ?? "系统" },
          { title: "操作", key: "op", width: 90, render: (_, r) => <a onClick={() => navigate(rankingsUrl(r, r.id))}>查看排名</a> },
        ]}
      />
      <RecomputeModal open={open} initial={initial} onClose={() => setOpen(false)} onDone={() => void refetch()} />
    </Card>
  );
}
