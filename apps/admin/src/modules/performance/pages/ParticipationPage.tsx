import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Col, Empty, Input, Row, Select, Space, Statistic, Table } from "antd";
import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { errorMessage } from "../../../app/errors";
import type { AdminParticipationQuery, PerformanceEventKind, PerformanceScoreFilter, SortDirection } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { echarts } from "../components/echarts";
import { usePerformanceLookups } from "../components/use-lookups";
import { ExportParticipationMutation, ParticipationQuery } from "../graphql/participation.graphql";

type Row = AdminParticipationQuery["participationStatistics"]["items"][number];
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const SORTS: { value: PerformanceEventKind; label: string }[] = [
  { value: "MEETING_ATTENDED", label: "出席会议次数" },
  { value: "MEETING_ABSENT", label: "会议缺席次数" },
  { value: "ACTIVITY_ATTENDED", label: "参加活动次数" },
  { value: "ACTIVITY_ABSENT", label: "活动缺席次数" },
  { value: "PROPOSAL_SUBMITTED", label: "提交提案件数" },
  { value: "OPINION_SUBMITTED", label: "报送社情民意篇数" },
  { value: "SPEECH_DELIVERED", label: "大会发言次数" },
];

type KindCount = AdminParticipationQuery["participationStatistics"]["totals"][number];

function totalsOption(totals: readonly KindCount[]) {
  const rows = totals.filter((t) => t.count > 0);
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    color: ["#c3242b"],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 40, top: 10, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, name: "次" },
    yAxis: { type: "category", inverse: true, data: rows.map((t) => t.label), axisLabel: { fontSize: 12 } },
    series: [{ type: "bar", barMaxWidth: 20, data: rows.map((t) => t.count), label: { show: true, position: "right", fontSize: 12 } }],
  };
}

function attendanceOption(totals: readonly KindCount[]) {
  const n = (k: PerformanceEventKind) => totals.find((t) => t.kind === k)?.count ?? 0;
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    color: ["#52c41a", "#faad14", "#f5222d"],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: ["会议", "活动"] },
    yAxis: { type: "value", name: "人次", minInterval: 1 },
    series: [
      { name: "出席", type: "bar", stack: "a", barMaxWidth: 60, data: [n("MEETING_ATTENDED"), n("ACTIVITY_ATTENDED")] },
      { name: "请假", type: "bar", stack: "a", barMaxWidth: 60, data: [n("MEETING_LEAVE"), n("ACTIVITY_LEAVE")] },
      { name: "缺席", type: "bar", stack: "a", barMaxWidth: 60, data: [n("MEETING_ABSENT"), n("ACTIVITY_ABSENT")] },
    ],
  };
}

/** 履职详情统计: per member, how often they attended, asked leave or were absent, and what they submitted; charts, Excel, print. */
export default function ParticipationPage() {
  const { message } = App.useApp();
  const lk = usePerformanceLookups();
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [filter, setFilter] = useState<PerformanceScoreFilter>({});
  const [sortBy, setSortBy] = useState<PerformanceEventKind | undefined>();
  const [direction, setDirection] = useState<SortDirection>("DESC");
  const [page, setPage] = useState(1);
  const sid = sessionId ?? lk.current?.id;
  const session = lk.sessions.find((s) => s.id === sid);
  const period = { sessionId: sid ?? "", year: year ?? null };
  const { data, previousData, loading, error, refetch } = useQuery(ParticipationQuery, {
    variables: { page, period, filter, sortBy: sortBy ?? null, direction },
    skip: !sid,
    fetchPolicy: "cache-and-network",
  });
  const [exportStats, ex] = useMutation(ExportParticipationMutation);
  const d = (data ?? previousData)?.participationStatistics;
  const count = (k: PerformanceEventKind) => d?.totals.find((t) => t.kind === k)?.count ?? 0;
  const setF = (f: Partial<PerformanceScoreFilter>) => (setFilter((x) => ({ ...x, ...f })), setPage(1));

  const doExport = async () => {
    try {
      const f = (await exportStats({ variables: { period, filter, sortBy: sortBy ?? null, direction } })).data!.exportParticipationStatistics;
      downloadBase64File(f);
      message.success(`已导出 ${f.rowCount} 名委员`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const years = session ? lk.years.filter((y) => y >= session.startYear && y <= session.endYear) : [];
  const multi = (key: "sectorIds" | "partyIds" | "memberTypeIds" | "specialCommitteeIds", label: string, options: { value: string; label: string }[]) => (
    <Select mode="multiple" allowClear maxTagCount="responsive" aria-label={label} placeholder={label} style={{ width: 150 }} value={filter[key] ?? []} onChange={(v: string[]) => setF({ [key]: v.length ? v : null })} options={options} showSearch={{ optionFilterProp: "label" }} />
  );

  return (
    <Card
      title="履职详情统计"
      extra={
        <Space>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
          <Button icon={<DownloadOutlined />} loading={ex.loading} disabled={!d} onClick={() => void doExport()}>
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Space wrap>
          <Select aria-label="届次" style={{ width: 230 }} value={sid} onChange={(v: string) => (setSessionId(v), setYear(undefined), setPage(1))} options={lk.sessionOptions} />
          <Select allowClear aria-label="年度" placeholder="整届" style={{ width: 110 }} value={year} onChange={(v: number | undefined) => (setYear(v), setPage(1))} options={years.map((y) => ({ value: y, label: `${y} 年` }))} />
          <Input.Search allowClear aria-label="委员姓名" placeholder="姓名或拼音" style={{ width: 160 }} onSearch={(v) => setF({ name: v.trim() || null })} />
          {multi("sectorIds", "界别", lk.sectors)}
          {multi("partyIds", "党派", lk.parties)}
          {multi("specialCommitteeIds", "专委会", lk.committees)}
          {multi("memberTypeIds", "委员类型", lk.memberTypes)}
        </Space>
        {(error || lk.error) && <Alert type="error" showIcon title={errorMessage(error ?? lk.error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} />}
        {d && (
          <>
            <Row gutter={16}>
              <Col span={4}><Statistic title="委员" value={d.total} suffix="人" /></Col>
              <Col span={4}><Statistic title="出席会议" value={count("MEETING_ATTENDED")} suffix="人次" /></Col>
              <Col span={4}><Statistic title="会议缺席" value={count("MEETING_ABSENT")} suffix="人次" styles={{ content: { color: "#cf1322" } }} /></Col>
              <Col span={4}><Statistic title="参加活动" value={count("ACTIVITY_ATTENDED")} suffix="人次" /></Col>
              <Col span={4}><Statistic title="提交提案" value={count("PROPOSAL_SUBMITTED")} suffix="件" /></Col>
              <Col span={4}><Statistic title="报送社情民意" value={count("OPINION_SUBMITTED")} suffix="篇" /></Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} xl={14}>
                <Card size="small" title={`各类履职事项（${d.firstDay} 至 ${d.lastDay}）`}>
                  {d.totals.some((t) => t.count > 0) ? (
                    <div role="img" aria-label="各类履职事项柱状图">
                      <ReactEChartsCore echarts={echarts} option={totalsOption(d.totals)} notMerge style={{ height: 360 }} />
                    </div>
                  ) : (
                    <Empty description="暂无数据" />
                  )}
                </Card>
              </Col>
              <Col xs={24} xl={10}>
                <Card size="small" title="会议与活动出勤">
                  {count("MEETING_ATTENDED") + count("MEETING_LEAVE") + count("MEETING_ABSENT") + count("ACTIVITY_ATTENDED") + count("ACTIVITY_LEAVE") + count("ACTIVITY_ABSENT") > 0 ? (
                    <div role="img" aria-label="会议与活动出勤柱状图">
                      <ReactEChartsCore echarts={echarts} option={attendanceOption(d.totals)} notMerge style={{ height: 360 }} />
                    </div>
                  ) : (
                    <Empty description="暂无数据" />
                  )}
                </Card>
              </Col>
            </Row>
          </>
        )}
        <Card
          size="small"
          title="委员明细"
          extra={
            <Space>
              <Select allowClear aria-label="排序依据" placeholder="按姓名排序" style={{ width: 170 }} value={sortBy} onChange={(v: PerformanceEventKind | undefined) => (setSortBy(v), setPage(1))} options={SORTS} />
              <Select<SortDirection>
                aria-label="排序方向"
                style={{ width: 110 }}
                value={direction}
                disabled={!sortBy}
                onChange={(v) => (setDirection(v), setPage(1))}
                options={[
                  { value: "DESC", label: "从多到少" },
                  { value: "ASC", label: "从少到多" },
                ]}
              />
            </Space>
          }
        >
          <Table<Row>
            rowKey={(r) => r.member.id}
            size="small"
            loading={loading || lk.loading}
            dataSource={d?.items ?? []}
            locale={{ emptyText: "没有符合条件的委员" }}
            scroll={{ x: 1100 }}
            pagination={{ current: page, pageSize: 20, total: d?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 名委员` }}
            columns={[
              { title: "委员", key: "name", fixed: "left", width: 90, render: (_, r) => r.member.name },
              { title: "界别", key: "sector", render: (_, r) => r.sector.name },
              { title: "党派", key: "party", width: 100, render: (_, r) => r.party.name },
              { title: "会议", key: "meetings", children: [
                { title: "出席", dataIndex: "meetingsAttended", key: "ma", width: 60 },
                { title: "请假", dataIndex: "meetingsOnLeave", key: "ml", width: 60 },
                { title: "缺席", dataIndex: "meetingsAbsent", key: "mx", width: 60 },
                { title: "出席率", key: "rate", width: 80, render: (_, r) => (r.meetingAttendanceRate === null || r.meetingAttendanceRate === undefined ? "—" : `${r.meetingAttendanceRate}%`) },
              ] },
              { title: "活动", key: "activities", children: [
                { title: "参加", dataIndex: "activitiesAttended", key: "aa", width: 60 },
                { title: "请假", dataIndex: "activitiesOnLeave", key: "al", width: 60 },
                { title: "缺席", dataIndex: "activitiesAbsent", key: "ax", width: 60 },
              ] },
              { title: "提案", dataIndex: "proposals", key: "proposals", width: 60 },
              { title: "社情民意", dataIndex: "opinions", key: "opinions", width: 80 },
              { title: "大会发言", dataIndex: "speeches", key: "speeches", width: 80 },
            ]}
          />
        </Card>
      </Space>
    </Card>
  );
}
