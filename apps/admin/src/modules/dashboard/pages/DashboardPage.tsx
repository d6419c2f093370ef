import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Col, Empty, Row, Select, Space, Statistic, Tooltip } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { EChartsInstance } from "echarts-for-react";
import { errorMessage } from "../../../app/errors";
import { echarts } from "../../members/components/stat-echarts";
import { DashboardQuery, DashboardSessionsQuery } from "../graphql/dashboard.graphql";
import { RollupCard } from "./RollupCard";

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const PALETTE = ["#c3242b", "#1677ff", "#fa8c16", "#13a8a8", "#722ed1", "#52c41a", "#eb2f96", "#2f54eb", "#faad14", "#8c8c8c"];
type Point = { name: string; value: number; key?: string };

const pie = (rows: Point[]) => ({
  animation: false,
  color: PALETTE,
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "item", formatter: "{b}<br/>{c}（{d}%）" },
  legend: { type: "scroll", orient: "vertical", right: 0, top: "middle", textStyle: { fontSize: 12 } },
  // Narrow cards: the legend names the slices, the tooltip gives the share; labels would collide.
  series: [{ type: "pie", radius: ["35%", "65%"], center: ["30%", "50%"], label: { show: false }, data: rows.filter((r) => r.value > 0) }],
});
const bars = (rows: Point[]) => ({
  animation: false,
  color: ["#c3242b"],
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "axis" },
  grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
  xAxis: { type: "value", minInterval: 1 },
  yAxis: { type: "category", inverse: true, data: rows.map((r) => r.name), axisLabel: { width: 150, overflow: "truncate" } },
  series: [{ type: "bar", data: rows.map((r) => ({ value: r.value, key: r.key })), barMaxWidth: 16, label: { show: true, position: "right" } }],
});
const months = (rows: { label: string; invited: number; attended: number }[]) => ({
  animation: false,
  color: ["#1677ff", "#52c41a"],
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: "axis" },
  legend: { top: 0 },
  grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
  xAxis: { type: "category", data: rows.map((r) => r.label) },
  yAxis: { type: "value", minInterval: 1 },
  series: [
    { name: "受邀人次", type: "bar", data: rows.map((r) => r.invited), barMaxWidth: 14 },
    { name: "出席人次", type: "bar", data: rows.map((r) => r.attended), barMaxWidth: 14 },
  ],
});

/** A chart card with 导出图片 (the chart as PNG); clicking a part drills into the list it counts. */
function ChartCard({ title, option, empty, label, onPick }: { title: string; option: object; empty: boolean; label: string; onPick?: (p: { name: string; data?: { key?: string } }) => void }) {
  const ref = useRef<EChartsInstance | null>(null);
  const save = () => {
    const url = ref.current?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" });
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = `${title}.png`;
    a.click();
  };
  return (
    <Card size="small" title={title} extra={!empty && <Tooltip title="导出图片"><Button size="small" type="text" icon={<DownloadOutlined />} aria-label={`导出${title}图片`} onClick={save} /></Tooltip>}>
      {empty ? (
        <Empty description="暂无数据" style={{ height: 260, paddingTop: 80 }} />
      ) : (
        <ReactEChartsCore
          echarts={echarts}
          option={option}
          notMerge
          style={{ height: 260, cursor: onPick ? "pointer" : undefined }}
          aria-label={label}
          onChartReady={(c: EChartsInstance) => (ref.current = c)}
          onEvents={onPick ? { click: onPick } : undefined}
        />
      )}
    </Card>
  );
}

const LIST_OF_STATE: Record<string, string> = { SUBMITTED: "FIRST_REVIEW", FIRST_REVIEWED: "SECOND_REVIEW", SECOND_REVIEWED: "TO_FILE", FILED: "TO_ASSIGN", ASSIGNED: "IN_HANDLING", HANDLING: "IN_HANDLING", REPLIED: "IN_HANDLING", DISSATISFIED: "DISSATISFIED", NOT_FILED: "NOT_FILED", CLOSED: "CLOSED" };

/** 领导驾驶舱: this committee's figures for a session, each from the module that owns it; parts drill into their lists. */
export default function DashboardPage() {
  const navigate = useNavigate();
  const sessions = useQuery(DashboardSessionsQuery, { fetchPolicy: "cache-first" });
  const [picked, setPicked] = useState<string | undefined>();
  const sessionId = picked ?? sessions.data?.committeeSessions.find((s) => s.isCurrent)?.id;
  const { data, loading, error } = useQuery(DashboardQuery, { variables: { sessionId: sessionId ?? "" }, skip: !sessionId, fetchPolicy: "cache-and-network" });
  const p = data?.proposalStatistics;
  const o = data?.opinionSummaryStatistics;
  const m = data?.memberStatistics;
  const mt = data?.meetingStatistics;
  const filed = p ? p.byState.filter((x) => ["FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"].includes(x.state)).reduce((n, x) => n + x.count, 0) : 0;
  const satisfied = p ? p.bySatisfaction.filter((x) => x.label !== "不满意").reduce((n, x) => n + x.count, 0) : 0;
  const rated = p ? p.bySatisfaction.reduce((n, x) => n + x.count, 0) : 0;
  const attendance = mt && mt.total.invited ? Math.round((mt.total.attended / mt.total.invited) * 1000) / 10 : 0;

  return (
    <Card
      title="领导驾驶舱"
      extra={
        <Space>
          届次
          <Select style={{ width: 160 }} value={sessionId} onChange={setPicked} options={(sessions.data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: `${s.name}${s.isCurrent ? "（本届）" : ""}` }))} />
        </Space>
      }
      loading={loading && !data}
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      {data && p && o && m && mt && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Row gutter={[16, 16]}>
            <Col span={4}><Card size="small" hoverable onClick={() => navigate("/proposals")}><Statistic title="提案" value={p.total} suffix="件" /></Card></Col>
            <Col span={4}><Card size="small" hoverable onClick={() => navigate("/proposals?list=TO_ASSIGN")}><Statistic title="立案" value={filed} suffix="件" /></Card></Col>
            <Col span={4}><Card size="small" hoverable onClick={() => navigate("/proposals?list=IN_HANDLING")}><Statistic title="办理超期" value={data.proposalTracking.total} suffix="件" valueStyle={{ color: data.proposalTracking.total ? "#cf1322" : undefined }} /></Card></Col>
            <Col span={4}><Card size="small"><Statistic title="办理满意率" value={rated ? Math.round((satisfied / rated) * 1000) / 10 : 0} suffix="%" /></Card></Col>
            <Col span={4}><Card size="small" hoverable onClick={() => navigate("/opinions")}><Statistic title="社情民意 报送 / 采用" value={`${o.submitted} / ${o.adopted}`} /></Card></Col>
            <Col span={4}><Card size="small" hoverable onClick={() => navigate("/meetings")}><Statistic title="会议活动出席率" value={attendance} suffix="%" /></Card></Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col span={8}>
              <ChartCard title="提案办理状态" label="提案办理状态图" option={pie(p.byState.map((x) => ({ name: x.label, value: x.count, key: x.state })))} empty={p.total === 0} onPick={(e) => navigate(`/proposals?list=${LIST_OF_STATE[e.data?.key ?? ""] ?? "ALL"}`)} />
            </Col>
            <Col span={8}>
              <ChartCard title="承办单位交办件数" label="承办单位图" option={bars([...p.byUnit].sort((a, b) => b.assigned - a.assigned).slice(0, 10).map((u) => ({ name: u.unit.name, value: u.assigned, key: u.unit.id })))} empty={p.byUnit.length === 0} onPick={(e) => e.data?.key && navigate(`/proposals?unitId=${e.data.key}`)} />
            </Col>
            <Col span={8}>
              <ChartCard title="委员评价" label="委员评价图" option={pie(p.bySatisfaction.map((x) => ({ name: x.label, value: x.count })))} empty={rated === 0} />
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col span={8}>
              <ChartCard title={`委员构成（${m.total} 人，按界别）`} label="委员界别图" option={pie(m.bySector.map((x) => ({ name: x.label, value: x.count })))} empty={m.total === 0} onPick={() => navigate("/members/statistics")} />
            </Col>
            <Col span={8}>
              <ChartCard title="委员党派构成" label="委员党派图" option={pie(m.byParty.map((x) => ({ name: x.label, value: x.count })))} empty={m.total === 0} onPick={() => navigate("/members/statistics")} />
            </Col>
            <Col span={8}>
              <ChartCard title="会议活动出席（按月）" label="会议出席图" option={months(mt.byMonth)} empty={mt.byMonth.length === 0} />
            </Col>
          </Row>
          <RollupCard />
          <Row gutter={[16, 16]}>
            <Col span={12}>
              <ChartCard title="提案分类" label="提案分类图" option={bars(p.byCategory.filter((c) => c.total > 0).map((c) => ({ name: c.path, value: c.total })))} empty={p.byCategory.every((c) => c.total === 0)} />
            </Col>
            <Col span={12}>
              <Card size="small" title="社情民意">
                <Row gutter={16}>
                  <Col span={6}><Statistic title="报送" value={o.submitted} /></Col>
                  <Col span={6}><Statistic title="采用" value={o.adopted} /></Col>
                  <Col span={6}><Statistic title="编入刊物" value={o.inJournal} /></Col>
                  <Col span={6}><Statistic title="获批示" value={o.instructed} /></Col>
                </Row>
                <Statistic style={{ marginTop: 16 }} title="采用率" value={Math.round(o.adoptionRate * 1000) / 10} suffix="%" />
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </Card>
  );
}
