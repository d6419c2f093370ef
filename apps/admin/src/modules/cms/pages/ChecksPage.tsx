import { useEffect, useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, Empty, Progress, Row, Select, Space, Statistic, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { CMS_FINDING_KIND_LABELS, type CmsFindingKind } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { CmsCheckChannelsQuery, CmsCheckFindingsQuery, CmsCheckScanFieldsFragment } from "../../../gql/graphql";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { JOB_STATE_COLORS } from "../components/cms-labels";
import { CmsCheckChannelsQuery as ChannelsQ, CmsCheckFindingsQuery as FindingsQ, CmsCheckScanQuery, CmsCheckScansQuery, RequestCmsCheckMutation } from "../graphql/checks.graphql";

type ChannelRow = CmsCheckChannelsQuery["cmsCheckChannels"][number];
type FindingRow = CmsCheckFindingsQuery["cmsCheckFindings"]["items"][number];

const KIND_COLORS: Record<CmsFindingKind, string> = { BROKEN_LINK: "red", BROKEN_IMAGE: "volcano", EXTERNAL_LINK: "default", SENSITIVE_WORD: "orange", STALE_CHANNEL: "gold" };
const JOB_STATE_LABELS = { QUEUED: "排队中", RUNNING: "检查中", DONE: "已完成", FAILED: "失败" } as const;
const live = (s: { state: string }) => s.state === "QUEUED" || s.state === "RUNNING";
const fmt = (v: string | null | undefined) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—");

/** One channel's findings, a page at a time, each with a link to edit the article. */
function ChannelFindings({ scanId, channelId }: { scanId: string; channelId: string }) {
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error } = useQuery(FindingsQ, { variables: { scanId, channelId, page, pageSize: 10 } });
  const list = (data ?? previousData)?.cmsCheckFindings;
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  const columns: ColumnsType<FindingRow> = [
    { title: "问题", dataIndex: "kind", key: "kind", width: 150, render: (k: CmsFindingKind) => <Tag color={KIND_COLORS[k]}>{CMS_FINDING_KIND_LABELS[k] ?? k}</Tag> },
    {
      title: "文章",
      key: "article",
      width: 260,
      render: (_, f) => (f.articleId ? <Link to={`/cms/articles/${f.articleId}`}>{f.articleTitle}（编辑）</Link> : <Typography.Text type="secondary">整个栏目</Typography.Text>),
    },
    { title: "地址或词语", dataIndex: "target", key: "target", width: 280, render: (t: string) => <Typography.Text style={{ wordBreak: "break-all" }}>{t || "—"}</Typography.Text> },
    { title: "说明", dataIndex: "detail", key: "detail" },
  ];
  return (
    <Table<FindingRow>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={list?.items ?? []}
      loading={loading && !list}
      pagination={{ current: page, pageSize: 10, total: list?.total ?? 0, onChange: setPage, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个问题` }}
      locale={{ emptyText: "没有问题" }}
    />
  );
}

/** 站点检查: run a check of the published site, follow its progress, read the findings grouped by channel. */
export default function ChecksPage() {
  const { message } = App.useApp();
  const [picked, setPicked] = useState<string | null>(null);
  const scans = useQuery(CmsCheckScansQuery, { variables: { page: 1, pageSize: 20 }, fetchPolicy: "cache-and-network" });
  const list = (scans.data ?? scans.previousData)?.cmsCheckScans.items ?? [];
  const chosen = list.find((s) => s.id === picked) ?? list[0] ?? null;
  const isLive = !!chosen && live(chosen);
  const progress = useQuery(CmsCheckScanQuery, { variables: { id: chosen?.id ?? "" }, skip: !isLive, pollInterval: 1000, fetchPolicy: "network-only" });
  const scan: CmsCheckScanFieldsFragment | null = isLive ? (progress.data?.cmsCheckScan ?? chosen) : chosen;
  const done = scan?.state === "DONE";
  const channels = useQuery(ChannelsQ, { variables: { scanId: scan?.id ?? "" }, skip: !done, fetchPolicy: "network-only" });
  const [request, { loading: requesting }] = useMutation(RequestCmsCheckMutation);

  // When the followed scan ends, the list (and with it the report) is read again.
  const liveState = progress.data?.cmsCheckScan?.state;
  const { refetch } = scans;
  useEffect(() => {
    if (liveState === "DONE" || liveState === "FAILED") void refetch();
  }, [liveState, refetch]);

  const run = async () => {
    try {
      const r = await request();
      message.success("已开始站点检查");
      setPicked(r.data?.requestCmsCheck.id ?? null);
      await scans.refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const num = (n: number) => (n ? <Typography.Text type="danger" strong>{n}</Typography.Text> : <Typography.Text type="secondary">0</Typography.Text>);
  const columns: ColumnsType<ChannelRow> = [
    { title: "栏目", dataIndex: "channelName", key: "channelName", render: (n: string, c) => `${n}（/${c.slug}/）` },
    { title: "维护部门", dataIndex: "departmentName", key: "departmentName", width: 160, render: (d: string | null) => d ?? "—" },
    { title: "失效链接", dataIndex: "brokenLinks", key: "brokenLinks", width: 100, render: num },
    { title: "失效图片", dataIndex: "brokenImages", key: "brokenImages", width: 100, render: num },
    { title: "错敏词", dataIndex: "sensitiveWords", key: "sensitiveWords", width: 90, render: num },
    { title: "未按时更新", dataIndex: "staleChannels", key: "staleChannels", width: 110, render: (n: number) => (n ? <Tag color="gold">是</Tag> : "—") },
    { title: "外部链接（未检查）", dataIndex: "externalLinks", key: "externalLinks", width: 150 },
  ];

  return (
    <Card title="站点检查" extra={<CmsQuickLinks />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={requesting} onClick={run}>
          开始检查
        </Button>
        {list.length > 0 && (
          <Select
            aria-label="检查记录"
            style={{ width: 300 }}
            value={chosen?.id}
            onChange={setPicked}
            options={list.map((s) => ({ value: s.id, label: `${fmt(s.createdAt)} ${s.trigger === "SCHEDULED" ? "定时检查" : "手动检查"}（${JOB_STATE_LABELS[s.state as keyof typeof JOB_STATE_LABELS]}）` }))}
          />
        )}
      </Space>
      <Typography.Paragraph type="secondary">
        检查已发布文章中指向本站的失效链接和图片、错敏词，以及超过规定更新周期未更新的栏目；外部链接只列出，不做访问检查。系统每天自动检查一次。您只能看到有编辑权限的栏目的问题。
      </Typography.Paragraph>
      {scans.error && <Alert type="error" showIcon title={errorMessage(scans.error)} style={{ marginBottom: 16 }} />}
      {!scan && !scans.loading && <Empty description="尚未进行站点检查，请点击“开始检查”" />}
      {scan && (
        <>
          <Space style={{ marginBottom: 16 }} wrap>
            <Tag color={JOB_STATE_COLORS[scan.state as keyof typeof JOB_STATE_COLORS]}>{JOB_STATE_LABELS[scan.state as keyof typeof JOB_STATE_LABELS]}</Tag>
            <Typography.Text type="secondary">开始于 {fmt(scan.createdAt)}{scan.finishedAt ? `，完成于 ${fmt(scan.finishedAt)}` : ""}</Typography.Text>
          </Space>
          {scan.state === "QUEUED" && <Alert type="info" showIcon title="检查已排队，等待检查程序处理…" style={{ marginBottom: 16 }} />}
          {scan.state === "RUNNING" && (
            <Progress percent={Math.round(scan.progress * 100)} status="active" format={() => `${scan.done}/${scan.total} 篇`} style={{ maxWidth: 480, marginBottom: 16 }} />
          )}
          {scan.state === "FAILED" && <Alert type="error" showIcon title={`检查失败：${scan.error ?? "未知原因"}`} style={{ marginBottom: 16 }} />}
          {done && (
            <>
              <Row gutter={16} style={{ marginBottom: 16 }}>
                <Col xs={12} md={4}><Statistic title="检查文章" value={scan.total} suffix="篇" /></Col>
                <Col xs={12} md={4}><Statistic title="失效链接" value={scan.brokenLinks} /></Col>
                <Col xs={12} md={4}><Statistic title="失效图片" value={scan.brokenImages} /></Col>
                <Col xs={12} md={4}><Statistic title="错敏词" value={scan.sensitiveWords} /></Col>
                <Col xs={12} md={4}><Statistic title="未按时更新栏目" value={scan.staleChannels} /></Col>
                <Col xs={12} md={4}><Statistic title="外部链接（未检查）" value={scan.externalLinks} /></Col>
              </Row>
              {channels.error && <Alert type="error" showIcon title={errorMessage(channels.error)} style={{ marginBottom: 16 }} />}
              <Table<ChannelRow>
                rowKey="channelId"
                size="middle"
                columns={columns}
                dataSource={channels.data?.cmsCheckChannels ?? []}
                loading={channels.loading}
                pagination={false}
                expandable={{ expandedRowRender: (c) => <ChannelFindings scanId={scan.id} channelId={c.channelId} />, expandRowByClick: true }}
                locale={{ emptyText: "检查未发现问题" }}
                scroll={{ x: 900 }}
              />
            </>
          )}
        </>
      )}
    </Card>
  );
}
