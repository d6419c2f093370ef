import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Descriptions, Drawer, Empty, Select, Skeleton, Space, Table, Tabs, Tag, Tooltip, Typography } from "antd";
import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import type { AdminScoreExplanationQuery, PerformancePeriodInput } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ExportMemberArchiveMutation, ScoreExplanationQuery, ScoreHistoryQuery } from "../graphql/scores.graphql";
import { capReasonLabel, fmt, GradeTag, RUN_TRIGGER_LABELS, signed } from "./labels";

type Explanation = AdminScoreExplanationQuery["performanceScoreExplanation"];
type Line = Explanation["lines"][number];

const SOURCE_LABELS: Record<string, string> = { Proposal: "提案", Opinion: "社情民意", Meeting: "会议活动", Speech: "大会发言", Bonus: "其他考核", Material: "履职材料" };

function LinePoints({ l }: { l: Line }) {
  if (l.capReason) {
    return (
      <Tooltip title={l.capNote ?? capReasonLabel(l.capReason)}>
        <Space size={4}>
          <Typography.Text strong>{signed(l.points)}</Typography.Text>
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>{capReasonLabel(l.capReason)}</Tag>
        </Space>
      </Tooltip>
    );
  }
  return <Typography.Text strong>{signed(l.points)}</Typography.Text>;
}

function Lines({ e }: { e: Explanation }) {
  const [kind, setKind] = useState<string | undefined>();
  const kinds = [...new Map(e.lines.map((l) => [l.kind, l.kindLabel])).entries()];
  const rows = kind ? e.lines.filter((l) => l.kind === kind) : e.lines;
  return (
    <Space orientation="vertical" size={8} style={{ width: "100%" }}>
      <Select allowClear placeholder="全部类别" aria-label="按类别筛选" style={{ width: 200 }} value={kind} onChange={setKind} options={kinds.map(([value, label]) => ({ value, label }))} />
      <Table<Line>
        size="small"
        rowKey="eventId"
        dataSource={rows}
        locale={{ emptyText: <Empty description="本考核期没有履职事项" /> }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100], showTotal: (t) => `共 ${t} 项` }}
        columns={[
          { title: "日期", dataIndex: "day", key: "day", width: 104 },
          {
            title: "履职事项",
            key: "kind",
            render: (_, l) => (
              <Space orientation="vertical" size={0}>
                <span>
                  {l.kindLabel}
                  {l.itemIndex ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>（当年第 {l.itemIndex} 项）</Typography.Text> : null}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {SOURCE_LABELS[l.sourceType] ?? l.sourceType}
                  {l.note ? `：${l.note}` : ""}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: "所用规则",
            key: "rule",
            render: (_, l) =>
              l.ruleDescription ? (
                <Space orientation="vertical" size={0}>
                  <span>{l.ruleDescription}</span>
                  {l.ruleSetName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{l.ruleSetName} 第 {l.ruleSetVersion} 版</Typography.Text>}
                </Space>
              ) : (
                <Typography.Text type="secondary">无适用规则</Typography.Text>
              ),
          },
          { title: "应得", key: "raw", width: 70, render: (_, l) => signed(l.rawPoints) },
          { title: "实得", key: "points", width: 150, render: (_, l) => <LinePoints l={l} /> },
        ]}
      />
    </Space>
  );
}

function Summary({ e }: { e: Explanation }) {
  return (
    <Table
      size="small"
      rowKey={(x) => `${x.year}-${x.kind}`}
      pagination={false}
      dataSource={e.summary}
      locale={{ emptyText: <Empty description="本考核期没有履职事项" /> }}
      columns={[
        { title: "年度", dataIndex: "year", key: "year", width: 70 },
        { title: "类别", dataIndex: "kindLabel", key: "kindLabel" },
        { title: "事项数", dataIndex: "count", key: "count", width: 80 },
        { title: "计分项数", dataIndex: "countedCount", key: "countedCount", width: 90 },
        { title: "应得", key: "raw", width: 80, render: (_, x) => signed(x.rawPoints) },
        { title: "超上限未计", key: "capped", width: 100, render: (_, x) => (x.cappedPoints ? <Typography.Text type="warning">{fmt(x.cappedPoints)}</Typography.Text> : "—") },
        { title: "实得", key: "points", width: 80, render: (_, x) => <Typography.Text strong>{signed(x.points)}</Typography.Text> },
      ]}
      summary={(rows) =>
        rows.length ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={4}>{signed(e.rawTotal)}</Table.Summary.Cell>
            <Table.Summary.Cell index={5}>{e.cappedPoints ? fmt(e.cappedPoints) : "—"}</Table.Summary.Cell>
            <Table.Summary.Cell index={6}>
              <Typography.Text strong>{fmt(e.total)}</Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

function History({ memberId, period }: { memberId: string; period: PerformancePeriodInput }) {
  const { data, loading, error } = useQuery(ScoreHistoryQuery, {
    variables: { memberId, assessmentType: period.assessmentType, year: period.year ?? null, sessionId: period.sessionId ?? null },
    fetchPolicy: "cache-and-network",
  });
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  return (
    <Table
      size="small"
      rowKey={(h) => h.run.id}
      loading={loading}
      dataSource={data?.performanceScoreHistory ?? []}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      locale={{ emptyText: <Empty description="本考核期还没有计分存档" /> }}
      columns={[
        { title: "计分时间", key: "at", width: 150, render: (_, h) => new Date(h.run.computedAt).toLocaleString("zh-CN", { hour12: false }) },
        { title: "方式", key: "trigger", width: 90, render: (_, h) => RUN_TRIGGER_LABELS[h.run.trigger] ?? h.run.trigger },
        { title: "依据", key: "rules", render: (_, h) => h.run.ruleSetVersions.map((v) => `${v.name} 第 ${v.version} 版`).join("；") || "—" },
        { title: "得分", key: "total", width: 70, render: (_, h) => fmt(h.total) },
        { title: "名次", dataIndex: "rank", key: "rank", width: 60 },
        { title: "等级", key: "grade", width: 80, render: (_, h) => <GradeTag grade={h.grade} /> },
      ]}
    />
  );
}

/**
 * 得分说明: one member's score line by line (each event, the rule that priced it, the points, and why
 * a cap cut it), by category, and across stored runs. Exports the member's archive as Word.
 */
export function ExplanationDrawer({ member, period, runId, canManage, onClose, onAddBonus }: {
  member: { id: string; name: string } | null;
  period: PerformancePeriodInput;
  runId?: string | null;
  canManage: boolean;
  onClose: () => void;
  onAddBonus?: (member: { id: string; name: string }) => void;
}) {
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(ScoreExplanationQuery, {
    variables: { memberId: member?.id ?? "", period, runId: runId ?? null },
    skip: !member,
    fetchPolicy: "cache-and-network",
  });
  const [exportDoc, exporting] = useMutation(ExportMemberArchiveMutation);
  const e = data?.performanceScoreExplanation;
  const doExport = async () => {
    try {
      const f = (await exportDoc({ variables: { memberId: member!.id, period } })).data!.exportMemberPerformanceArchive;
      downloadBase64File(f);
      message.success(`已导出 ${f.filename}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Drawer
      title={member ? `得分说明：${member.name}` : ""}
      open={!!member}
      onClose={onClose}
      size={960}
      destroyOnHidden
      extra={
        member && (
          <Space>
            {canManage && onAddBonus && (
              <Button icon={<PlusOutlined />} onClick={() => onAddBonus(member)}>
                加减分
              </Button>
            )}
            <Button icon={<DownloadOutlined />} loading={exporting.loading} onClick={() => void doExport()}>
              导出履职档案（Word）
            </Button>
          </Space>
        )
      }
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {loading && !e && <Skeleton active />}
      {e && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Descriptions
            bordered
            size="small"
            column={3}
            items={[
              { key: "total", label: "得分", children: <Typography.Text strong style={{ fontSize: 18 }}>{fmt(e.total)} 分</Typography.Text> },
              { key: "rank", label: "名次", children: e.rank ? `第 ${e.rank} 名（共 ${e.rankOf} 人）` : "—" },
              { key: "grade", label: "等级", children: <GradeTag grade={e.grade} /> },
              { key: "raw", label: "按规则应得", children: `${fmt(e.rawTotal)} 分` },
              { key: "cap", label: "超上限未计", children: e.cappedPoints ? `${fmt(e.cappedPoints)} 分` : "无" },
              { key: "period", label: "考核期", children: `${e.period.firstDay} 至 ${e.period.lastDay}` },
              { key: "rules", label: "依据考核办法", span: 3, children: e.ruleSetVersions.map((v) => `${v.name}（第 ${v.version} 版）`).join("；") || "无适用的考核办法" },
            ]}
          />
          {runId && <Alert type="info" showIcon title="按所选存档当时的规则版本说明；实时得分请在排名页选择“按当前规则实时计算”。" />}
          <Tabs
            items={[
              { key: "lines", label: `逐项明细（${e.lines.length}）`, children: <Lines e={e} /> },
              { key: "summary", label: "按类别汇总", children: <Summary e={e} /> },
              { key: "history", label: "历次存档", children: <History memberId={e.member.id} period={period} /> },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}
