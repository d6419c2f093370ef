import { useState } from "react";
import { useSearchParams } from "react-router";
import { DownloadOutlined } from "@ant-design/icons";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Col, Empty, Row, Segmented, Select, Skeleton, Space, Statistic, Table, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import type { MemberStatisticsQuery as StatisticsResult } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { sessionLabel, useMemberLookups } from "../components/lookups";
import { StatChart, type Bucket, type ChartKind } from "../components/StatChart";
import { ExportMemberStatisticsQuery, MemberStatisticsQuery } from "../graphql/statistics.graphql";

type Stats = StatisticsResult["memberStatistics"];
type Dimension = keyof Pick<Stats, "byParty" | "bySector" | "byGender" | "byEducation" | "bySpecialCommittee" | "byMemberType" | "byEthnicGroup" | "byAgeBand">;

const DIMENSIONS: { key: Dimension; title: string; chart: ChartKind }[] = [
  { key: "byParty", title: "党派", chart: "pie" },
  { key: "bySector", title: "界别", chart: "pie" },
  { key: "byGender", title: "性别", chart: "pie" },
  { key: "byAgeBand", title: "年龄段", chart: "bar" },
  { key: "byEducation", title: "学历", chart: "pie" },
  { key: "bySpecialCommittee", title: "专委会", chart: "pie" },
  { key: "byMemberType", title: "委员类型", chart: "pie" },
  { key: "byEthnicGroup", title: "民族", chart: "pie" },
];

const share = (buckets: Bucket[], label: string) => buckets.find((b) => b.label === label);

/** 委员统计: one session's members by party, sector, committee, type, gender, age band, education, ethnicity. */
export default function MemberStatisticsPage() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const { lookups, currentSession, error: lookupsError } = useMemberLookups();
  const sessionId = params.get("session") ?? currentSession?.id ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(MemberStatisticsQuery, {
    variables: { sessionId: sessionId ?? "" },
    skip: !sessionId,
    fetchPolicy: "cache-and-network",
  });
  const stats = (data ?? previousData)?.memberStatistics;
  const [exporting, setExporting] = useState(false);

  const exportExcel = async () => {
    if (!sessionId) return;
    setExporting(true);
    try {
      const { data: file } = await client.query({ query: ExportMemberStatisticsQuery, variables: { sessionId }, fetchPolicy: "no-cache" });
      if (file) downloadBase64File(file.exportMemberStatistics);
      message.success("已导出统计表");
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const female = stats && share(stats.byGender, "女");
  const standing = stats && share(stats.byMemberType, "常委");
  const cpc = stats && share(stats.byParty, "中国共产党");
  const noSessions = lookups && lookups.committeeSessions.length === 0;

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title="委员统计"
        extra={
          <Space wrap>
            <Select
              style={{ width: 260 }}
              value={sessionId ?? undefined}
              placeholder="请选择届次"
              loading={!lookups}
              onChange={(v: string) => setParams(v === currentSession?.id ? {} : { session: v }, { replace: true })}
              options={(lookups?.committeeSessions ?? []).map((s) => ({ value: s.id, label: sessionLabel(s) }))}
              aria-label="统计届次"
            />
            <Button icon={<DownloadOutlined />} loading={exporting} disabled={!stats} onClick={exportExcel}>
              导出 Excel
            </Button>
          </Space>
        }
      >
        {(error || lookupsError) && (
          <Alert type="error" showIcon title={errorMessage(error ?? lookupsError)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
        )}
        {noSessions && <Empty description="尚未设置届次，请先在“组织机构 → 届次管理”中新增届次" />}
        {!stats && !noSessions && !error && <Skeleton active paragraph={{ rows: 2 }} />}
        {stats && (
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={`${stats.session.name}委员总数`} value={stats.total} suffix="人" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="常委" value={standing?.count ?? 0} suffix={`人（${standing?.percent ?? 0}%）`} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="女性委员占比" value={female?.percent ?? 0} precision={2} suffix="%" />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title="非中共委员占比" value={stats.total ? 100 - (cpc?.percent ?? 0) : 0} precision={2} suffix="%" />
            </Col>
            <Col span={24}>
              <Typography.Text type="secondary">
                年龄按 {stats.asOf} 计算；占比为占本届委员总数的百分比。{loading ? "正在更新…" : ""}
              </Typography.Text>
            </Col>
          </Row>
        )}
      </Card>
      {stats && stats.total === 0 && <Card><Empty description={`${stats.session.name}尚无委员，暂无统计数据`} /></Card>}
      {stats && stats.total > 0 && (
        <Row gutter={[16, 16]}>
          {DIMENSIONS.map((d) => (
            <Col key={d.key} xs={24} xl={12}>
              <DimensionCard title={d.title} defaultChart={d.chart} buckets={stats[d.key]} />
            </Col>
          ))}
        </Row>
      )}
    </Space>
  );
}

function DimensionCard({ title, defaultChart, buckets }: { title: string; defaultChart: ChartKind; buckets: Bucket[] }) {
  const [chart, setChart] = useState<ChartKind>(defaultChart);
  return (
    <Card
      title={`按${title}`}
      size="small"
      data-testid={`stat-${title}`}
      extra={
        <Segmented<ChartKind>
          size="small"
          value={chart}
          onChange={setChart}
          options={[
            { value: "pie", label: "饼图" },
            { value: "bar", label: "柱状图" },
          ]}
          aria-label={`${title}图表类型`}
        />
      }
    >
      <StatChart kind={chart} buckets={buckets} label={`按${title}统计`} />
      <Table<Bucket>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={buckets}
        scroll={{ y: 200 }}
        columns={[
          { title: title, dataIndex: "label", key: "label" },
          { title: "人数", dataIndex: "count", key: "count", width: 90, align: "right" },
          { title: "占比", dataIndex: "percent", key: "percent", width: 100, align: "right", render: (v: number) => `${v.toFixed(2)}%` },
        ]}
        summary={(rows) => (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {rows.reduce((n, r) => n + r.count, 0)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} />
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </Card>
  );
}
