import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { CloudUploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Modal, Progress, Radio, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import type { CmsPublishJobFieldsFragment, CmsPublishKind } from "../../../gql/graphql";
import { ChannelMultiSelect } from "../components/ChannelTreeSelect";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { CMS_DECIDERS, canAny } from "../components/cms-access";
import { JOB_STATE_COLORS, JOB_STATE_LABELS, PUBLISH_KIND_LABELS } from "../components/cms-labels";
import { CmsArticlesQuery } from "../graphql/articles.graphql";
import { CmsPublishJobQuery, CmsPublishJobsQuery, RequestCmsPublishMutation } from "../graphql/publishing.graphql";
import { useChannels } from "../hooks/use-channels";

const fmt = (v: string | null) => (v ? dayjs(v).format("MM-DD HH:mm:ss") : "—");
const running = (j: { state: string }) => j.state === "QUEUED" || j.state === "RUNNING";

/** A job still queued or running: asked for every second until it ends (the worker picks jobs up every ~2 s). */
function LiveProgress({ job }: { job: CmsPublishJobFieldsFragment }) {
  const live = running(job);
  const { data } = useQuery(CmsPublishJobQuery, { variables: { id: job.id }, pollInterval: 1000, skip: !live, fetchPolicy: "network-only" });
  // Once the list shows the job ended, the list's copy is the newer one (a skipped query keeps its last answer).
  const j = live ? (data?.cmsPublishJob ?? job) : job;
  if (j.state === "QUEUED") return <Typography.Text type="secondary">等待发布程序处理…</Typography.Text>;
  return (
    <Progress
      percent={Math.round(j.progress * 100)}
      status={j.state === "FAILED" ? "exception" : j.state === "DONE" ? "success" : "active"}
      size="small"
      format={(p) => (j.total ? `${j.done}/${j.total}` : `${p}%`)}
      style={{ minWidth: 160 }}
    />
  );
}

interface RequestValues {
  kind: CmsPublishKind;
  channelIds?: string[];
  articleIds?: string[];
}

/** 发布管理: queue a full, incremental or specified publish and follow the jobs. */
export default function PublishPage() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [articleSearch, setArticleSearch] = useState("");
  const [form] = Form.useForm<RequestValues>();
  const kind = Form.useWatch("kind", form);
  const wholeSite = canAny(viewer, CMS_DECIDERS);
  const { site, channels } = useChannels();
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(CmsPublishJobsQuery, { variables: { page, pageSize: 10 }, fetchPolicy: "cache-and-network" });
  const jobs = (data ?? previousData)?.cmsPublishJobs;
  const anyLive = !!jobs?.items.some(running);
  const [request, { loading: requesting }] = useMutation(RequestCmsPublishMutation);
  const articles = useQuery(CmsArticlesQuery, { variables: { filter: { state: "PUBLISHED", title: articleSearch || null }, page: 1, pageSize: 20 }, skip: !open || kind !== "SPECIFIED" });

  // The list itself refreshes while any of its jobs is live, so states and counts follow.
  useEffect(() => {
    if (anyLive) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [anyLive, startPolling, stopPolling]);

  const submit = async () => {
    let v: RequestValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    try {
      await request({ variables: { kind: v.kind, channelIds: v.kind === "SPECIFIED" ? (v.channelIds ?? []) : [], articleIds: v.kind === "SPECIFIED" ? (v.articleIds ?? []) : [] } });
      message.success(`已提交${PUBLISH_KIND_LABELS[v.kind]}任务`);
      setOpen(false);
      setPage(1);
      await refetch({ page: 1, pageSize: 10 });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<CmsPublishJobFieldsFragment> = [
    { title: "方式", dataIndex: "kind", key: "kind", width: 100, render: (k: CmsPublishKind) => PUBLISH_KIND_LABELS[k] },
    { title: "状态", dataIndex: "state", key: "state", width: 90, render: (s: keyof typeof JOB_STATE_LABELS) => <Tag color={JOB_STATE_COLORS[s]}>{JOB_STATE_LABELS[s]}</Tag> },
    { title: "进度", key: "progress", width: 220, render: (_, j) => <LiveProgress job={j} /> },
    { title: "写入", dataIndex: "written", key: "written", width: 70 },
    { title: "未变跳过", dataIndex: "skipped", key: "skipped", width: 90 },
    { title: "删除", dataIndex: "deleted", key: "deleted", width: 70 },
    { title: "提交时间", dataIndex: "createdAt", key: "createdAt", width: 130, render: fmt },
    { title: "完成时间", dataIndex: "finishedAt", key: "finishedAt", width: 130, render: fmt },
    { title: "说明", dataIndex: "error", key: "error", render: (e: string | null) => (e ? <Typography.Text type="danger">{e}</Typography.Text> : "—") },
  ];

  return (
    <Card
      title="发布管理"
      extra={<CmsQuickLinks />}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ kind: wholeSite ? "INCREMENTAL" : "SPECIFIED" });
            setOpen(true);
          }}
        >
          发布网站
        </Button>
        {site && (
          <Typography.Text type="secondary">
            {site.name} · 最近发布：{site.lastPublishedAt ? dayjs(site.lastPublishedAt).format("YYYY-MM-DD HH:mm") : "尚未发布"} ·{" "}
            <Typography.Link href={site.url} target="_blank" rel="noopener noreferrer">
              查看网站
            </Typography.Link>
          </Typography.Text>
        )}
      </Space>
      <Typography.Paragraph type="secondary">文章通过审核或撤稿后，系统会自动提交增量发布；此处可手动发布整站或指定栏目、文章。</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<CmsPublishJobFieldsFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={jobs?.items ?? []}
        loading={loading && !jobs}
        pagination={{ current: page, pageSize: 10, total: jobs?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 个任务` }}
        locale={{ emptyText: "暂无发布任务" }}
        scroll={{ x: 1000 }}
      />
      <Modal title="发布网站" open={open} okText="开始发布" cancelText="取消" confirmLoading={requesting} onOk={submit} onCancel={() => setOpen(false)} forceRender>
        <Form form={form} layout="vertical">
          <Form.Item label="发布方式" name="kind">
            <Radio.Group>
              <Space orientation="vertical">
                <Radio value="INCREMENTAL" disabled={!wholeSite}>
                  增量发布：只重新生成有变化的页面
                </Radio>
                <Radio value="FULL" disabled={!wholeSite}>
                  完全发布：重新生成整个网站
                </Radio>
                <Radio value="SPECIFIED">指定发布：所选栏目和文章</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          {!wholeSite && <Alert type="info" showIcon title="整站发布由审核人员或网站管理员进行；您可以发布有发布权限的栏目和文章。" style={{ marginBottom: 12 }} />}
          {kind === "SPECIFIED" && (
            <>
              <Form.Item label="栏目" name="channelIds">
                <ChannelMultiSelect channels={channels} right="PUBLISH" aria-label="要发布的栏目" placeholder="选择栏目" />
              </Form.Item>
              <Form.Item
                label="文章"
                name="articleIds"
                dependencies={["channelIds"]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_, v?: string[]) => {
                      if (!v?.length && !(getFieldValue("channelIds") as string[] | undefined)?.length) throw new Error("请选择要发布的栏目或文章");
                    },
                  }),
                ]}
              >
                <Select
                  aria-label="要发布的文章"
                  mode="multiple"
                  placeholder="输入标题搜索已发布的文章"
                  showSearch={{ filterOption: false, onSearch: setArticleSearch }}
                  loading={articles.loading}
                  options={(articles.data?.cmsArticles.items ?? []).map((a) => ({ value: a.id, label: `${a.title}（${a.channelName}）` }))}
                  notFoundContent={articles.loading ? "正在搜索…" : "没有匹配的已发布文章"}
                />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
