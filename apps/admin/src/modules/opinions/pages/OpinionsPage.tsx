import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tabs, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs, { type Dayjs } from "dayjs";
import { OPINION_ORIGIN_LABELS, OPINION_ORIGINS, type OpinionOrigin } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { OpinionRowFieldsFragment } from "../../../gql/graphql";
import { OpinionDetailDrawer } from "../components/OpinionDetailDrawer";
import { hasNarrowingFilter, PAGE_SIZES, QUEUES, toFilter, useOpinionListParams } from "../components/opinion-list-params";
import { formatTime, InstructedMark, OpinionStateTag, OriginTag } from "../components/OpinionTags";
import { OpinionSessionsQuery, OpinionsQuery } from "../graphql/opinions.graphql";

type Row = OpinionRowFieldsFragment;

interface FilterValues {
  search?: string;
  origin?: OpinionOrigin;
  sessionId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  instructed?: "yes" | "no";
}

/** 社情民意信息: the review queues (待一审, 待二审), the editing pool and every item, with one detail drawer. */
export default function OpinionsPage() {
  const { state, update, openId, setOpenId } = useOpinionListParams();
  const [form] = Form.useForm<FilterValues>();
  const sessions = useQuery(OpinionSessionsQuery, { fetchPolicy: "cache-first" });
  const { data, previousData, loading, error, refetch } = useQuery(OpinionsQuery, {
    variables: { page: state.page, pageSize: state.pageSize, filter: toFilter(state) },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.opinions;

  const apply = (v: FilterValues) =>
    update({
      search: v.search?.trim() ?? "",
      origin: v.origin,
      sessionId: v.sessionId,
      from: v.range?.[0]?.format("YYYY-MM-DD"),
      to: v.range?.[1]?.format("YYYY-MM-DD"),
      instructed: v.instructed === "yes" ? true : v.instructed === "no" ? false : undefined,
      page: 1,
    });

  const columns: ColumnsType<Row> = [
    {
      title: "标题",
      key: "title",
      render: (_, o) => (
        <Space size={6} wrap>
          <Typography.Link onClick={() => setOpenId(o.id)}>{o.title}</Typography.Link>
          <OriginTag origin={o.origin} label={o.originLabel} tenant={o.sourceTenantName} />
          {o.instructed && <InstructedMark opinionId={o.id} />}
          {o.forwarded && <Typography.Text type="secondary">（已上报）</Typography.Text>}
        </Space>
      ),
    },
    {
      title: "报送者",
      key: "submitter",
      width: 180,
      render: (_, o) => (
        <span>
          {o.submitterName}
          {o.cosignerCount > 0 && <Typography.Text type="secondary"> 等{o.cosignerCount + 1}人联名</Typography.Text>}
        </span>
      ),
    },
    { title: "状态", key: "state", width: 120, render: (_, o) => <OpinionStateTag state={o.state} /> },
    { title: "刊物期次", key: "issue", width: 200, render: (_, o) => (o.issue ? `《${o.issue.journalName}》${o.issue.label}` : <Typography.Text type="secondary">—</Typography.Text>) },
    { title: "报送时间", key: "submittedAt", width: 160, render: (_, o) => formatTime(o.submittedAt) },
    {
      title: "操作",
      key: "actions",
      width: 80,
      render: (_, o) => (
        <Button type="link" size="small" onClick={() => setOpenId(o.id)} aria-label={`查看${o.title}`}>
          详情
        </Button>
      ),
    },
  ];

  const initial: FilterValues = {
    search: state.search || undefined,
    origin: state.origin,
    sessionId: state.sessionId,
    range: state.from || state.to ? [state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null] : null,
    instructed: state.instructed === true ? "yes" : state.instructed === false ? "no" : undefined,
  };
  const queueLabel = QUEUES.find((q) => q.key === state.queue)?.label ?? "全部";

  return (
    <Card title="社情民意信息">
      <Tabs activeKey={state.queue} onChange={(queue) => update({ queue, page: 1 })} items={QUEUES.map((q) => ({ key: q.key, label: q.label }))} />
      <Form<FilterValues> form={form} layout="inline" initialValues={initial} onFinish={apply} aria-label="社情民意查询条件" style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item name="search" label="关键词">
          <Input allowClear placeholder="标题或报送者" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="origin" label="来源">
          <Select allowClear placeholder="全部来源" style={{ width: 130 }} options={OPINION_ORIGINS.map((o) => ({ value: o, label: OPINION_ORIGIN_LABELS[o] }))} />
        </Form.Item>
        <Form.Item name="sessionId" label="届次">
          <Select allowClear placeholder="全部届次" style={{ width: 150 }} loading={sessions.loading} options={(sessions.data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: s.isCurrent ? `${s.name}（本届）` : s.name }))} />
        </Form.Item>
        <Form.Item name="range" label="报送日期">
          <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={["开始日期", "结束日期"]} />
        </Form.Item>
        <Form.Item name="instructed" label="批示">
          <Select allowClear placeholder="不限" style={{ width: 110 }} options={[{ value: "yes", label: "已批示" }, { value: "no", label: "未批示" }]} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                form.setFieldsValue({ search: undefined, origin: undefined, sessionId: undefined, range: null, instructed: undefined });
                apply({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading || (!list && !error)}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: list?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `${queueLabel} 共 ${total} 篇`,
          onChange: (p, ps) => update({ page: ps !== state.pageSize ? 1 : p, pageSize: ps }),
        }}
        locale={{ emptyText: hasNarrowingFilter(state) ? "没有符合条件的社情民意" : `暂无${queueLabel === "全部" ? "" : queueLabel}社情民意` }}
        scroll={{ x: 1000 }}
      />
      <OpinionDetailDrawer opinionId={openId} onClose={() => setOpenId(null)} onChanged={() => void refetch()} />
    </Card>
  );
}
