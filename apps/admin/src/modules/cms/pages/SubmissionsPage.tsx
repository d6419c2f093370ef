import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import type { CmsSubmissionsQuery as SubmissionsData, CmsSubmissionState } from "../../../gql/graphql";
import { ChannelTreeSelect } from "../components/ChannelTreeSelect";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { CMS_DECIDERS, canAny } from "../components/cms-access";
import { SUBMISSION_STATE_COLORS, SUBMISSION_STATE_LABELS } from "../components/cms-labels";
import { AcceptCmsSubmissionMutation, CmsOutgoingSubmissionsQuery, CmsSubmissionsQuery, RejectCmsSubmissionMutation } from "../graphql/publishing.graphql";
import { useChannels } from "../hooks/use-channels";

type Submission = SubmissionsData["cmsSubmissions"][number];
const fmt = (v: string | null) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—");
const STATE_OPTIONS = (Object.keys(SUBMISSION_STATE_LABELS) as CmsSubmissionState[]).map((s) => ({ value: s, label: SUBMISSION_STATE_LABELS[s] }));

/**
 * The submitted body, shown in a sandboxed frame: no script can run there and it has no access to the
 * console (the server sanitised it when it was written; this is the second wall).
 */
function BodyPreview({ html }: { html: string }) {
  return <iframe title="呈送正文" sandbox="" srcDoc={`<!doctype html><meta charset="utf-8"><body style="font:15px/1.8 sans-serif;margin:12px">${html}</body>`} style={{ width: "100%", height: 360, border: "1px solid #f0f0f0", borderRadius: 6 }} />;
}

function Incoming() {
  const { message } = App.useApp();
  const [state, setState] = useState<CmsSubmissionState | undefined>("PENDING");
  const { data, loading, error, refetch } = useQuery(CmsSubmissionsQuery, { variables: { state: state ?? null }, fetchPolicy: "cache-and-network" });
  const { channels } = useChannels();
  const [viewing, setViewing] = useState<Submission | null>(null);
  const [accepting, setAccepting] = useState<Submission | null>(null);
  const [rejecting, setRejecting] = useState<Submission | null>(null);
  const [channelId, setChannelId] = useState<string | undefined>();
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const [accept, { loading: acceptBusy }] = useMutation(AcceptCmsSubmissionMutation, { refetchQueries: ["CmsSubmissions"] });
  const [reject, { loading: rejectBusy }] = useMutation(RejectCmsSubmissionMutation, { refetchQueries: ["CmsSubmissions"] });

  const columns: ColumnsType<Submission> = [
    { title: "标题", key: "title", render: (_, s) => <Typography.Link onClick={() => setViewing(s)}>{s.title}</Typography.Link> },
    { title: "来源", dataIndex: "sourceTenantName", key: "from", width: 120 },
    { title: "呈送人", dataIndex: "submittedByName", key: "by", width: 90, render: (v: string | null) => v ?? "—" },
    { title: "呈送时间", dataIndex: "createdAt", key: "at", width: 140, render: fmt },
    {
      title: "状态",
      key: "state",
      width: 160,
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Tag color={SUBMISSION_STATE_COLORS[s.state]}>{SUBMISSION_STATE_LABELS[s.state]}</Tag>
          {s.state === "REJECTED" && s.reason && <Typography.Text type="secondary" style={{ fontSize: 12 }}>理由：{s.reason}</Typography.Text>}
          {s.acceptedArticleId && <Link to={`/cms/review/${s.acceptedArticleId}`}>查看采用的文章</Link>}
        </Space>
      ),
    },
    {
      title: "操作",
      key: "ops",
      width: 150,
      render: (_, s) =>
        s.state === "PENDING" ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => { setChannelId(undefined); setAccepting(s); }}>
              采用
            </Button>
            <Button type="link" size="small" danger onClick={() => { reasonForm.resetFields(); setRejecting(s); }}>
              不采用
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{fmt(s.decidedAt)} 处理</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select aria-label="按状态筛选" placeholder="全部状态" allowClear value={state} onChange={setState} options={STATE_OPTIONS} style={{ width: 140 }} />
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<Submission> rowKey="id" size="middle" columns={columns} dataSource={data?.cmsSubmissions ?? []} loading={loading && !data} locale={{ emptyText: state === "PENDING" ? "没有待处理的呈送" : "暂无呈送" }} />

      <Modal title={viewing?.title} open={!!viewing} onCancel={() => setViewing(null)} footer={<Button onClick={() => setViewing(null)}>关闭</Button>} width={760}>
        {viewing && (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Typography.Text type="secondary">
              {viewing.sourceTenantName} · {viewing.author || "佚名"} · {viewing.source || "—"} · {fmt(viewing.createdAt)}
            </Typography.Text>
            {viewing.note && <Alert type="info" title={`呈送说明：${viewing.note}`} />}
            {viewing.summary && <Typography.Paragraph>摘要：{viewing.summary}</Typography.Paragraph>}
            <BodyPreview html={viewing.body} />
          </Space>
        )}
      </Modal>

      <Modal
        title={`采用：${accepting?.title ?? ""}`}
        open={!!accepting}
        okText="采用并发布"
        cancelText="取消"
        okButtonProps={{ disabled: !channelId }}
        confirmLoading={acceptBusy}
        onCancel={() => setAccepting(null)}
        onOk={async () => {
          if (!accepting || !channelId) return;
          try {
            await accept({ variables: { id: accepting.id, channelId } });
            message.success("已采用，文章已在所选栏目发布");
            setAccepting(null);
          } catch (e) {
            message.error(errorMessage(e));
          }
        }}
      >
        <Typography.Paragraph type="secondary">采用后在所选栏目生成一篇已发布的文章，来源注明呈送单位。</Typography.Paragraph>
        <ChannelTreeSelect aria-label="采用到栏目" channels={channels} value={channelId} onChange={setChannelId} right="PUBLISH" excludeVirtual placeholder="选择发布栏目" style={{ width: "100%" }} />
      </Modal>

      <Modal
        title={`不采用：${rejecting?.title ?? ""}`}
        open={!!rejecting}
        okText="确定"
        cancelText="取消"
        okButtonProps={{ danger: true }}
        confirmLoading={rejectBusy}
        onCancel={() => setRejecting(null)}
        forceRender
        onOk={async () => {
          if (!rejecting) return;
          let v: { reason: string };
          try {
            v = await reasonForm.validateFields();
          } catch {
            return;
          }
          try {
            await reject({ variables: { id: rejecting.id, reason: v.reason.trim() } });
            message.success("已退回呈送单位");
            setRejecting(null);
          } catch (e) {
            message.error(errorMessage(e));
          }
        }}
      >
        <Form form={reasonForm} layout="vertical">
          <Form.Item label="不采用的理由" name="reason" rules={[{ required: true, whitespace: true, message: "请填写不采用的理由" }, { max: 200, message: "理由最多 200 个字符" }]}>
            <Input.TextArea rows={3} maxLength={200} showCount placeholder="呈送单位将看到此理由" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function Outgoing() {
  const { data, loading, error, refetch } = useQuery(CmsOutgoingSubmissionsQuery, { fetchPolicy: "cache-and-network" });
  return (
    <>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="id"
        size="middle"
        loading={loading && !data}
        dataSource={data?.cmsOutgoingSubmissions ?? []}
        locale={{ emptyText: "本会尚未呈送文章" }}
        columns={[
          { title: "标题", key: "title", render: (_, s) => <Link to={`/cms/articles/${s.sourceArticleId}`}>{s.title}</Link> },
          { title: "呈送时间", dataIndex: "createdAt", key: "at", width: 140, render: fmt },
          { title: "结果", key: "state", width: 110, render: (_, s) => <Tag color={SUBMISSION_STATE_COLORS[s.state]}>{SUBMISSION_STATE_LABELS[s.state]}</Tag> },
          { title: "处理时间", dataIndex: "decidedAt", key: "decided", width: 140, render: fmt },
          { title: "理由", dataIndex: "reason", key: "reason", render: (v: string) => v || "—" },
        ]}
      />
    </>
  );
}

/** 呈送审核: the city's editors decide on what counties sent; a county sees what it sent and the outcome. */
export default function SubmissionsPage() {
  const { viewer } = useViewer();
  const county = viewer?.activeTenant?.level === "COUNTY";
  const decider = canAny(viewer, CMS_DECIDERS);
  const items = [
    ...(decider && !county ? [{ key: "in", label: "收到的呈送", children: <Incoming /> }] : []),
    { key: "out", label: "本会呈送", children: <Outgoing /> },
  ];
  return (
    <Card title="呈送审核" extra={<CmsQuickLinks />}>
      {county && <Typography.Paragraph type="secondary">在已发布文章的编辑页点击“呈送上级”，可将文章呈送市政协网站。</Typography.Paragraph>}
      <Tabs items={items} destroyOnHidden />
    </Card>
  );
}
