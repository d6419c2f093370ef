import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Card, Col, Empty, Row, Select, Space, Statistic, Table } from "antd";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { errorMessage } from "../../../app/errors";
import { echarts } from "../../members/components/stat-echarts";
import { AdminProposalStatisticsDocument } from "../../../gql/graphql";
import { ProposalLookupsQuery } from "../graphql/proposals.graphql";

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const PALETTE = ["#c3242b", "#1677ff", "#fa8c16", "#13a8a8", "#722ed1", "#52c41a", "#eb2f96", "#2f54eb", "#faad14", "#8c8c8c"];

const pie = (rows: { name: string; value: number }[]) => ({
  animation: false,
  color: PALETTE,
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "item", formatter: "{b}<br/>{c} 件（{d}%）" },
  legend: { type: "scroll", orient: "vertical", right: 0, top: "middle", textStyle: { fontSize: 12 } },
  series: [{ type: "pie", radius: ["30%", "58%"], center: ["36%", "50%"], avoidLabelOverlap: true, minShowLabelAngle: 8, label: { formatter: "{d}%", fontSize: 12 }, data: rows.filter((r) => r.value > 0) }],
});
const bar = (rows: { name: string; value: number }[]) => ({
  animation: false,
  color: ["#c3242b"],
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "axis" },
  grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
  xAxis: { type: "value", minInterval: 1 },
  yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name), axisLabel: { width: 140, overflow: "truncate" } },
  series: [{ type: "bar", data: rows.map((r) => r.value), barMaxWidth: 18, label: { show: true, position: "right" } }],
});

/** 提案统计: by state, category, handling unit and the members' verdicts, per session. */
export default function ProposalStatisticsPage() {
  const lookups = useQuery(ProposalLookupsQuery, { fetchPolicy: "cache-first" });
  const current = lookups.data?.committeeSessions.find((s) => s.isCurrent)?.id;
  const [sessionId, setSessionId] = useState<string | undefined>();
  const sid = sessionId ?? current;
  const { data, loading, error } = useQuery(AdminProposalStatisticsDocument, { variables: { sessionId: sid ?? null }, skip: !lookups.data, fetchPolicy: "cache-and-network" });
  const s = data?.proposalStatistics;
  const chart = (title: string, option: object, empty: boolean, label: string) => (
    <Card title={title} size="small">
      {empty ? <Empty description="暂无数据" /> : <ReactEChartsCore echarts={echarts} option={option} style={{ height: 320 }} notMerge aria-label={label} />}
    </Card>
  );
  return (
    <Card
      title="提案统计"
      extra={
        <Space>
          届次
          <Select style={{ width: 160 }} value={sid} onChange={setSessionId} options={(lookups.data?.committeeSessions ?? []).map((x) => ({ value: x.id, label: `${x.name}${x.isCurrent ? "（本届）" : ""}` }))} />
        </Space>
      }
      loading={loading && !s}
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      {s && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Row gutter={16}>
            <Col span={6}><Statistic title="提案总数" value={s.total} suffix="件" /></Col>
            <Col span={6}><Statistic title="已立案" value={s.byState.filter((x) => ["FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"].includes(x.state)).reduce((n, x) => n + x.count, 0)} suffix="件" /></Col>
            <Col span={6}><Statistic title="已办结" value={s.byState.find((x) => x.state === "CLOSED")?.count ?? 0} suffix="件" /></Col>
            <Col span={6}><Statistic title="评价满意" value={s.bySatisfaction.find((x) => x.label === "满意")?.count ?? 0} suffix="件" /></Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>{chart("按状态", pie(s.byState.map((x) => ({ name: x.label, value: x.count }))), s.total === 0, "按状态统计图")}</Col>
            <Col span={12}>{chart("委员评价", pie(s.bySatisfaction.map((x) => ({ name: x.label, value: x.count }))), s.bySatisfaction.every((x) => x.count === 0), "委员评价统计图")}</Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>{chart("按分类", bar(s.byCategory.filter((c) => c.total > 0).map((c) => ({ name: c.path, value: c.total }))), s.byCategory.every((c) => c.total === 0), "按分类统计图")}</Col>
            <Col span={12}>{chart("承办单位交办件数（前 15）", bar([...s.byUnit].sort((a, b) => b.assigned - a.assigned).slice(0, 15).map((u) => ({ name: u.unit.name, value: u.assigned }))), s.byUnit.length === 0, "承办单位统计图")}</Col>
          </Row>
          <Table
            size="small"
            rowKey="state"
            pagination={false}
            dataSource={s.byState}
            columns={[
              { title: "状态", dataIndex: "label", key: "label" },
              { title: "件数", dataIndex: "count", key: "count" },
              { title: "占比", key: "pct", render: (_, x) => (s.total ? `${((x.count / s.total) * 100).toFixed(1)}%` : "—") },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
