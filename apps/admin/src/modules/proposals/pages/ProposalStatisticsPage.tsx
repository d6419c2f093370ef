import { useState } from "react";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Col, Empty, Row, Select, Space, Statistic, Tabs } from "antd";
import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { PROPOSAL_FILED_STATES, type ProposalState } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { CategoryStateTable, SectorTable, SubmitterTypeTable, UnitStatTable } from "../components/StatTables";
import { barHeight, barOption, echarts, pieOption } from "../components/stat-charts";
import { ProposalLookupsQuery } from "../graphql/proposals.graphql";
import { ExportProposalStatisticsQuery, ProposalStatisticsQuery } from "../graphql/statistics.graphql";

const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : "—");

/** 提案统计: by state, category, sector, handling unit and the members' verdicts, per session and meeting; Excel and print. */
export default function ProposalStatisticsPage() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const lookups = useQuery(ProposalLookupsQuery, { fetchPolicy: "cache-first" });
  const sessions = lookups.data?.committeeSessions ?? [];
  const current = sessions.find((s) => s.isCurrent)?.id ?? sessions[0]?.id;
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [meetingId, setMeetingId] = useState<string | undefined>();
  const [exporting, setExporting] = useState(false);
  const sid = sessionId ?? current;
  const meetings = sessions.find((s) => s.id === sid)?.meetings ?? [];
  const scope = { sessionId: sid ?? null, meetingId: meetingId ?? null };
  const { data, loading, error } = useQuery(ProposalStatisticsQuery, { variables: scope, skip: !lookups.data, fetchPolicy: "cache-and-network" });
  const s = data?.proposalStatistics;

  const chart = (title: string, option: object, empty: boolean, label: string, height = 320) => (
    <Card title={title} size="small" style={{ height: "100%" }}>
      {empty ? <Empty description="暂无数据" /> : <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge aria-label={label} />}
    </Card>
  );
  const exportExcel = async () => {
    setExporting(true);
    try {
      const { data: f } = await client.query({ query: ExportProposalStatisticsQuery, variables: scope, fetchPolicy: "network-only" });
      downloadBase64File(f!.exportProposalStatistics);
      message.success("已导出提案统计表");
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const count = (states: readonly string[]) => (s?.byState ?? []).filter((x) => states.includes(x.state)).reduce((n, x) => n + x.count, 0);
  const filed = count(PROPOSAL_FILED_STATES as readonly ProposalState[]);
  const closed = count(["CLOSED"]);
  const overdue = (s?.byUnit ?? []).reduce((n, u) => n + u.overdue, 0);
  const rated = (s?.bySatisfaction ?? []).reduce((n, x) => n + x.count, 0);
  const pleased = (s?.bySatisfaction ?? []).filter((x) => x.satisfaction !== "DISSATISFIED").reduce((n, x) => n + x.count, 0);
  const categories = (s?.byCategory ?? []).filter((c) => c.total > 0);
  const units = [...(s?.byUnit ?? [])].sort((a, b) => b.assigned - a.assigned).slice(0, 20);
  const sectors = (s?.bySector ?? []).filter((x) => x.total > 0);

  return (
    <Card
      title="提案统计"
      className="proposal-statistics"
      extra={
        <Space wrap className="no-print">
          届次
          <Select
            style={{ width: 170 }}
            value={sid}
            onChange={(v) => {
              setSessionId(v);
              setMeetingId(undefined);
            }}
            options={sessions.map((x) => ({ value: x.id, label: `${x.name}${x.isCurrent ? "（本届）" : ""}` }))}
            aria-label="届次"
          />
          会议
          <Select style={{ width: 170 }} allowClear placeholder="全部会议" value={meetingId} onChange={setMeetingId} options={meetings.map((m) => ({ value: m.id, label: m.name }))} aria-label="会议" />
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportExcel}>
            导出 Excel
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
      }
      loading={(loading || lookups.loading) && !s}
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      {s && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Row gutter={[16, 16]}>
            <Col xs={12} lg={4}><Statistic title="提案总数" value={s.total} suffix="件" /></Col>
            <Col xs={12} lg={4}><Statistic title="已立案" value={filed} suffix="件" /></Col>
            <Col xs={12} lg={4}><Statistic title="立案率" value={pct(filed, s.total)} /></Col>
            <Col xs={12} lg={4}><Statistic title="已办结" value={closed} suffix="件" /></Col>
            <Col xs={12} lg={4}><Statistic title="超期未答复" value={overdue} suffix="件次" styles={overdue ? { content: { color: "#cf1322" } } : undefined} /></Col>
            <Col xs={12} lg={4}><Statistic title="满意率（含基本满意）" value={pct(pleased, rated)} /></Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>{chart("按状态", pieOption(s.byState.map((x) => ({ name: x.label, value: x.count }))), s.total === 0, "按状态统计图")}</Col>
            <Col xs={24} xl={12}>{chart("委员评价（每件取最近一轮）", pieOption(s.bySatisfaction.map((x) => ({ name: x.label, value: x.count }))), rated === 0, "委员评价统计图")}</Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              {chart("按分类", barOption(categories.map((c) => c.path), [{ name: "提案数", data: categories.map((c) => c.total) }]), categories.length === 0, "按分类统计图", barHeight(categories.length))}
            </Col>
            <Col xs={24} xl={12}>
              {chart(
                "按界别（委员提案）",
                barOption(sectors.map((x) => x.label), [
                  { name: "提交", data: sectors.map((x) => x.total) },
                  { name: "立案", data: sectors.map((x) => x.filed) },
                ]),
                sectors.length === 0,
                "按界别统计图",
                barHeight(sectors.length, true),
              )}
            </Col>
          </Row>
          {chart(
            `承办单位办理情况${(s.byUnit.length ?? 0) > 20 ? "（交办最多的 20 家）" : ""}`,
            barOption(
              units.map((u) => u.unit.name),
              [
                { name: "已答复", data: units.map((u) => u.replied), color: "#52c41a" },
                { name: "办理中", data: units.map((u) => u.assigned - u.replied - u.overdue), color: "#1677ff" },
                { name: "超期未答复", data: units.map((u) => u.overdue), color: "#cf1322" },
              ],
              true,
            ),
            units.length === 0,
            "承办单位统计图",
            barHeight(units.length, true),
          )}
          <Card size="small" title="统计表">
            <Tabs
              items={[
                { key: "category", label: "分类×状态", children: <CategoryStateTable stats={s} /> },
                { key: "unit", label: "承办单位", children: <UnitStatTable rows={s.byUnit} /> },
                { key: "sector", label: "界别", children: <SectorTable rows={s.bySector} /> },
                { key: "type", label: "提案人类型", children: <SubmitterTypeTable rows={s.bySubmitterType} /> },
              ]}
            />
          </Card>
        </Space>
      )}
    </Card>
  );
}
