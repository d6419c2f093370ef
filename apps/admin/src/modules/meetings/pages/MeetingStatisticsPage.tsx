import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Col, DatePicker, Empty, Input, Row, Segmented, Select, Space, Statistic, Table } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { errorMessage } from "../../../app/errors";
import type { AdminMeetingMemberStatisticsQuery as MemberStatsData, MeetingCategory, MeetingMemberStatSort, MeetingStatisticsFilter, MeetingStatRowFieldsFragment } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { echarts } from "../components/echarts";
import { rate } from "../components/labels";
import { MeetingFormLookupsQuery } from "../graphql/meetings.graphql";
import { AdminMeetingMemberStatisticsQuery, AdminMeetingStatisticsQuery, ExportMeetingStatisticsMutation } from "../graphql/statistics.graphql";

type StatRow = MeetingStatRowFieldsFragment;
type MemberRow = MemberStatsData["meetingMemberStatistics"]["items"][number];
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** Stacked 出席 / 请假 / 缺席 per row with the attendance rate as a line on its own axis. */
function attendanceOption(rows: StatRow[], rotate: boolean) {
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    color: ["#52c41a", "#faad14", "#f5222d", "#1677ff"],
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rotate ? 30 : 0, fontSize: 12 } },
    yAxis: [
      { type: "value", name: "人次", minInterval: 1 },
      { type: "value", name: "出席率", min: 0, max: 100, axisLabel: { formatter: "{value}%" }, splitLine: { show: false } },
    ],
    series: [
      { name: "出席", type: "bar", stack: "a", barMaxWidth: 36, data: rows.map((r) => r.attended) },
      { name: "请假", type: "bar", stack: "a", barMaxWidth: 36, data: rows.map((r) => r.leave) },
      { name: "缺席", type: "bar", stack: "a", barMaxWidth: 36, data: rows.map((r) => r.absent) },
      { name: "出席率", type: "line", yAxisIndex: 1, smooth: true, data: rows.map((r) => r.attendanceRate), tooltip: { valueFormatter: (v: number | null) => (v == null ? "—" : `${v}%`) } },
    ],
  };
}

/** 会议活动统计: per type and per month (出席、请假、缺席、出席率), per member, with Excel export. */
export default function MeetingStatisticsPage() {
  const { message } = App.useApp();
  const lookups = useQuery(MeetingFormLookupsQuery, { fetchPolicy: "cache-first" });
  const current = lookups.data?.committeeSessions.find((s) => s.isCurrent)?.id;
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [category, setCategory] = useState<string>("ALL");
  const [range, setRange] = useState<[string | undefined, string | undefined]>([undefined, undefined]);
  const [name, setName] = useState("");
  const [sort, setSort] = useState<MeetingMemberStatSort>("RATE_ASC");
  const [page, setPage] = useState(1);
  const sid = sessionId ?? current;
  const filter: MeetingStatisticsFilter = {
    ...(sid ? { sessionId: sid } : {}),
    ...(category !== "ALL" ? { category: category as MeetingCategory } : {}),
    ...(range[0] ? { from: range[0] } : {}),
    ...(range[1] ? { to: range[1] } : {}),
  };
  const stats = useQuery(AdminMeetingStatisticsQuery, { variables: { filter }, skip: !lookups.data, fetchPolicy: "cache-and-network" });
  const members = useQuery(AdminMeetingMemberStatisticsQuery, { variables: { page, pageSize: 20, filter, sort, name: name || null }, skip: !lookups.data, fetchPolicy: "cache-and-network" });
  const [exportStats, ex] = useMutation(ExportMeetingStatisticsMutation);
  const s = stats.data?.meetingStatistics ?? stats.previousData?.meetingStatistics;
  const ms = members.data?.meetingMemberStatistics ?? members.previousData?.meetingMemberStatistics;
  const byKind = (s?.byKind ?? []).filter((r) => r.meetings > 0);
  const byMonth = s?.byMonth ?? [];

  const doExport = async () => {
    try {
      const f = (await exportStats({ variables: { filter } })).data!.exportMeetingStatistics;
      downloadBase64File(f);
      message.success("已导出");
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const chart = (title: string, rows: StatRow[], label: string) => (
    <Card title={title} size="small">
      {rows.length === 0 ? (
        <Empty description="暂无数据" />
      ) : (
        <div role="img" aria-label={label}>
          <ReactEChartsCore echarts={echarts} option={attendanceOption(rows, rows.length > 6)} style={{ height: 340 }} notMerge />
        </div>
      )}
    </Card>
  );

  return (
    <Card
      title="会议活动统计"
      extra={
        <Button icon={<DownloadOutlined />} loading={ex.loading} onClick={() => void doExport()}>
          导出 Excel
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 170 }}
          aria-label="届次"
          value={sid}
          onChange={(v) => (setSessionId(v), setPage(1))}
          options={(lookups.data?.committeeSessions ?? []).map((x) => ({ value: x.id, label: `${x.name}${x.isCurrent ? "（本届）" : ""}` }))}
        />
        <Segmented
          value={category}
          onChange={(v) => (setCategory(String(v)), setPage(1))}
          options={[
            { value: "ALL", label: "会议和活动" },
            { value: "MEETING", label: "会议" },
            { value: "ACTIVITY", label: "活动" },
          ]}
        />
        <DatePicker.RangePicker
          picker="month"
          placeholder={["起始月份", "截止月份"]}
          allowEmpty={[true, true]}
          onChange={(v) => (setRange([v?.[0]?.startOf("month").format("YYYY-MM-DD"), v?.[1]?.endOf("month").format("YYYY-MM-DD")]), setPage(1))}
        />
      </Space>
      {(stats.error || members.error) && <Alert type="error" showIcon title={errorMessage(stats.error ?? members.error)} style={{ marginBottom: 16 }} />}
      {s && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Row gutter={16}>
            <Col span={4}><Statistic title="会议活动" value={s.total.meetings} suffix="次" /></Col>
            <Col span={4}><Statistic title="受邀人次" value={s.total.invited} /></Col>
            <Col span={4}><Statistic title="出席" value={s.total.attended} styles={{ content: { color: "#389e0d" } }} /></Col>
            <Col span={4}><Statistic title="请假" value={s.total.leave} /></Col>
            <Col span={4}><Statistic title="缺席" value={s.total.absent} styles={{ content: { color: "#cf1322" } }} /></Col>
            <Col span={4}><Statistic title="出席率" value={rate(s.total.attendanceRate)} /></Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} xl={12}>{chart("按类型", byKind, "按类型的出勤柱状图")}</Col>
            <Col xs={24} xl={12}>{chart("按月份", byMonth, "按月份的出勤柱状图")}</Col>
          </Row>
          <Card
            title="委员出勤"
            size="small"
            extra={
              <Space>
                <Input.Search allowClear placeholder="委员姓名" aria-label="委员姓名" style={{ width: 180 }} onSearch={(v) => (setName(v.trim()), setPage(1))} />
                <Select<MeetingMemberStatSort>
                  style={{ width: 170 }}
                  value={sort}
                  aria-label="排序"
                  onChange={(v) => (setSort(v), setPage(1))}
                  options={[
                    { value: "RATE_ASC", label: "出席率从低到高" },
                    { value: "RATE_DESC", label: "出席率从高到低" },
                    { value: "NAME", label: "按姓名" },
                  ]}
                />
              </Space>
            }
          >
            <Table<MemberRow>
              rowKey={(r) => r.member.id}
              size="small"
              loading={members.loading}
              dataSource={ms?.items ?? []}
              pagination={{ current: page, pageSize: 20, total: ms?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 名委员`, showSizeChanger: false }}
              locale={{ emptyText: "暂无数据" }}
              columns={[
                { title: "委员", key: "name", render: (_, r) => r.member.name },
                { title: "界别", dataIndex: "sector", render: (x) => x ?? "—" },
                { title: "党派", dataIndex: "party", render: (x) => x ?? "—" },
                { title: "受邀", dataIndex: "invited", width: 70 },
                { title: "出席", dataIndex: "attended", width: 70 },
                { title: "请假", dataIndex: "leave", width: 70 },
                { title: "缺席", dataIndex: "absent", width: 70 },
                { title: "出席率", key: "rate", width: 90, render: (_, r) => rate(r.attendanceRate) },
              ]}
            />
          </Card>
        </Space>
      )}
      {!s && stats.loading && <Card loading />}
    </Card>
  );
}
