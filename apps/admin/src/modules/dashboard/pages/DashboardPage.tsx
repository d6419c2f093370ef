import { useState } from "react";
import { useNavigate } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Col, Row, Select, Space, Statistic } from "antd";
import { FullscreenOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { ChartCard, pointsTable } from "../components/ChartCard";
import { bars, months, pie } from "../components/chart-options";
import { DashboardQuery, DashboardSessionsQuery } from "../graphql/dashboard.graphql";
import { RollupCard } from "./RollupCard";

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
          <Button icon={<FullscreenOutlined />} onClick={() => window.open(`${import.meta.env.BASE_URL}dashboard/screen${sessionId ? `?session=${sessionId}` : ""}`, "_blank", "noopener")}>
            大屏模式
          </Button>
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
              <ChartCard title="提案办理状态" label="提案办理状态图" option={pie(p.byState.map((x) => ({ name: x.label, value: x.count, key: x.state })))} table={pointsTable("状态", "件数", p.byState.map((x) => ({ name: x.label, value: x.count })))} empty={p.total === 0} onPick={(e) => navigate(`/proposals?list=${LIST_OF_STATE[e.data?.key ?? ""] ?? "ALL"}`)} />
            </Col>
            <Col span={8}>
              <ChartCard title="承办单位交办件数" label="承办单位图" option={bars([...p.byUnit].sort((a, b) => b.assigned - a.assigned).slice(0, 10).map((u) => ({ name: u.unit.name, value: u.assigned, key: u.unit.id })))} table={pointsTable("承办单位", "交办件数", [...p.byUnit].sort((a, b) => b.assigned - a.assigned).map((u) => ({ name: u.unit.name, value: u.assigned })))} empty={p.byUnit.length === 0} onPick={(e) => e.data?.key && navigate(`/proposals?unitId=${e.data.key}`)} />
            </Col>
            <Col span={8}>
              <ChartCard title="委员评价" label="委员评价图" option={pie(p.bySatisfaction.map((x) => ({ name: x.label, value: x.count })))} table={pointsTable("评价", "件数", p.bySatisfaction.map((x) => ({ name: x.label, value: x.count })))} empty={rated === 0} />
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col span={8}>
              <ChartCard title={`委员构成（${m.total} 人，按界别）`} label="委员界别图" option={pie(m.bySector.map((x) => ({ name: x.label, value: x.count })))} table={pointsTable("界别", "人数", m.bySector.map((x) => ({ name: x.label, value: x.count })))} empty={m.total === 0} onPick={() => navigate("/members/statistics")} />
            </Col>
            <Col span={8}>
              <ChartCard title="委员党派构成" label="委员党派图" option={pie(m.byParty.map((x) => ({ name: x.label, value: x.count })))} table={pointsTable("党派", "人数", m.byParty.map((x) => ({ name: x.label, value: x.count })))} empty={m.total === 0} onPick={() => navigate("/members/statistics")} />
            </Col>
            <Col span={8}>
              <ChartCard title="会议活动出席（按月）" label="会议出席图" option={months(mt.byMonth)} table={{ headers: ["月份", "会议活动", "受邀人次", "出席人次"], rows: mt.byMonth.map((x) => [x.label, x.meetings, x.invited, x.attended]) }} empty={mt.byMonth.length === 0} />
            </Col>
          </Row>
          <RollupCard />
          <Row gutter={[16, 16]}>
            <Col span={12}>
              <ChartCard title="提案分类" label="提案分类图" option={bars(p.byCategory.filter((c) => c.total > 0).map((c) => ({ name: c.path, value: c.total })))} table={pointsTable("分类", "件数", p.byCategory.map((c) => ({ name: c.path, value: c.total })))} empty={p.byCategory.every((c) => c.total === 0)} />
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
