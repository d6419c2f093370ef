import { useState } from "react";
import { useSearchParams } from "react-router";
import { DownloadOutlined } from "@ant-design/icons";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Col, DatePicker, Empty, Row, Select, Skeleton, Space, Statistic, Table, Tabs } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { OPINION_SUBMITTER_KIND_LABELS } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { OpinionSubmissionRowFieldsFragment } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { InstructionKindChart, PeriodChart, ShareChart } from "../components/OpinionCharts";
import { OpinionSessionsQuery } from "../graphql/opinions.graphql";
import { ExportOpinionStatisticsQuery, OpinionStatisticsQuery } from "../graphql/statistics.graphql";

type SubRow = OpinionSubmissionRowFieldsFragment;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const countColumns: ColumnsType<SubRow> = [
  { title: "报送", dataIndex: "submitted", key: "submitted", width: 80, align: "right" },
  { title: "采用", dataIndex: "adopted", key: "adopted", width: 80, align: "right" },
  { title: "编入刊物", dataIndex: "inJournal", key: "inJournal", width: 90, align: "right" },
  { title: "刊发", dataIndex: "published", key: "published", width: 80, align: "right" },
  { title: "获批示", dataIndex: "instructed", key: "instructed", width: 80, align: "right" },
];

/** 社情民意统计: 统计总表 (by state, origin, instruction kind, month) and 报送统计表 (by submitter, party, collective). */
export default function OpinionStatisticsPage() {
  const { message } = App.useApp();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get("session") ?? undefined;
  const from = DAY.test(params.get("from") ?? "") ? params.get("from")! : undefined;
  const to = DAY.test(params.get("to") ?? "") ? params.get("to")! : undefined;
  const filter = { sessionId, from, to };
  const sessions = useQuery(OpinionSessionsQuery, { fetchPolicy: "cache-first" });
  const { data, previousData, loading, error, refetch } = useQuery(OpinionStatisticsQuery, { variables: { filter }, fetchPolicy: "cache-and-network" });
  const stats = data ?? previousData;
  const sum = stats?.opinionSummaryStatistics;
  const sub = stats?.opinionSubmissionStatistics;
  const [exporting, setExporting] = useState(false);

  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const exportExcel = async () => {
    setExporting(true);
    try {
      const { data: file } = await client.query({ query: ExportOpinionStatisticsQuery, variables: { filter }, fetchPolicy: "no-cache" });
      if (file) downloadBase64File(file.exportOpinionStatistics);
      message.success("已导出统计表");
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  const subTable = (rows: SubRow[], first: ColumnsType<SubRow>, empty: string) => (
    <Table<SubRow>
      rowKey="key"
      size="small"
      dataSource={rows}
      columns={[...first, ...countColumns]}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 行` } : false}
      locale={{ emptyText: empty }}
      summary={() =>
        sub && rows.length ? (
          <Table.Summary fixed>
            <Table.Summary.Row style={{ fontWeight: 600, background: "#fafafa" }}>
              <Table.Summary.Cell index={0} colSpan={first.length}>
                合计（全部报送）
              </Table.Summary.Cell>
              {(["submitted", "adopted", "inJournal", "published", "instructed"] as const).map((k, i) => (
                <Table.Summary.Cell key={k} index={first.length + i} align="right">
                  {sub.total[k]}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : undefined
      }
    />
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card
        title="社情民意统计"
        extra={
          <Space wrap>
            <Select
              allowClear
              aria-label="统计届次"
              placeholder="全部届次"
              style={{ width: 180 }}
              value={sessionId}
              loading={sessions.loading}
              onChange={(v?: string) => set({ session: v })}
              options={(sessions.data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: s.isCurrent ? `${s.name}（本届）` : s.name }))}
            />
            <DatePicker.RangePicker
              aria-label="报送日期"
              allowEmpty={[true, true]}
              placeholder={["报送日期起", "报送日期止"]}
              value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
              onChange={(r) => set({ from: r?.[0]?.format("YYYY-MM-DD"), to: r?.[1]?.format("YYYY-MM-DD") })}
            />
            <Button icon={<DownloadOutlined />} loading={exporting} disabled={!sum} onClick={exportExcel}>
              导出 Excel
            </Button>
          </Space>
        }
      >
        {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
        {!sum && loading && <Skeleton active />}
        {sum && (
          <Row gutter={[16, 16]}>
            {[
              ["报送", sum.submitted],
              ["待审", sum.pendingReview],
              ["采用", sum.adopted],
              ["编入刊物", sum.inJournal],
              ["刊发", sum.published],
              ["获批示", sum.instructed],
              ["退回", sum.returned],
              ["转弃", sum.discarded],
            ].map(([t, v]) => (
              <Col key={t} flex="1 0 110px">
                <Statistic title={t} value={v as number} suffix="篇" />
              </Col>
            ))}
            <Col flex="1 0 110px">
              <Statistic title="采用率" value={sum.adoptionRate} precision={1} suffix="%" />
            </Col>
          </Row>
        )}
      </Card>
      {sum && sum.submitted === 0 && <Card><Empty description="所选条件下没有已报送的社情民意" /></Card>}
      {sum && sum.submitted > 0 && (
        <>
          <Card title="按月报送与采用">
            <PeriodChart rows={sum.byPeriod} />
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={8}>
              <Card title="状态分布">
                <ShareChart buckets={sum.byState} label="状态分布" />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card title="来源分布">
                <ShareChart buckets={sum.byOrigin} label="来源分布" />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card title="批示反馈">
                <InstructionKindChart rows={sum.byInstructionKind} />
              </Card>
            </Col>
          </Row>
          <Card title="社情民意统计总表（按月）">
            <Table
              rowKey="period"
              size="small"
              dataSource={sum.byPeriod}
              pagination={false}
              scroll={{ y: 360 }}
              columns={[
                { title: "月份", dataIndex: "period", key: "period" },
                { title: "报送", dataIndex: "submitted", key: "submitted", align: "right" },
                { title: "采用", dataIndex: "adopted", key: "adopted", align: "right" },
                { title: "编入刊物", dataIndex: "inJournal", key: "inJournal", align: "right" },
                { title: "刊发", dataIndex: "published", key: "published", align: "right" },
                { title: "获批示", dataIndex: "instructed", key: "instructed", align: "right" },
              ]}
            />
          </Card>
          {sub && (
            <Card title="社情民意报送统计表">
              <Tabs
                items={[
                  {
                    key: "submitter",
                    label: "按报送者",
                    children: subTable(
                      sub.bySubmitter,
                      [
                        { title: "报送者", dataIndex: "name", key: "name" },
                        { title: "类别", key: "kind", width: 90, render: (_, r) => (r.kind ? OPINION_SUBMITTER_KIND_LABELS[r.kind] : "") },
                        { title: "党派", dataIndex: "party", key: "party", width: 160, render: (v: string | null) => v ?? "" },
                      ],
                      "没有报送记录",
                    ),
                  },
                  { key: "party", label: "按党派", children: subTable(sub.byParty, [{ title: "党派", dataIndex: "name", key: "name" }], "没有党派数据") },
                  { key: "collective", label: "按集体（单位）", children: subTable(sub.byCollective, [{ title: "集体用户", dataIndex: "name", key: "name" }], "没有集体用户") },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
