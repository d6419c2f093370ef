import { useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Form, Input, Segmented, Space, Table, Tag, Typography } from "antd";
import { SearchOutlined } from "@ant-design/icons";
import type { ColumnsType } from "antd/es/table";
import type { HandlingProposalsQuery as HandlingProposalsData, ProposalState } from "../../../../gql/graphql";
import { errorMessage } from "../../../../app/errors";
import { useViewer } from "../../../../app/viewer";
import { HandlingDrawer } from "../components/HandlingDrawer";
import { assignmentStage, DaysLeftTag, STATE_COLORS } from "../components/labels";
import { HandlingCountsQuery, HandlingProposalsQuery } from "../graphql/handling.graphql";

const PAGE_SIZE = 20;
/** Quick filters by stage; the counts come from HandlingCountsQuery under the same keys. */
const STAGES: { key: string; label: string; states?: ProposalState[] }[] = [
  { key: "all", label: "全部" },
  { key: "toSign", label: "待签收", states: ["ASSIGNED"] },
  { key: "handling", label: "办理中", states: ["HANDLING"] },
  { key: "replied", label: "已答复待评价", states: ["REPLIED", "DISSATISFIED"] },
  { key: "closed", label: "已办结", states: ["CLOSED"] },
];

interface Filters {
  title?: string;
  caseNumber?: string;
  submitterName?: string;
}

type Row = HandlingProposalsData["unitProposals"]["items"][number];

/** 承办工作台: what the committee assigned to this unit, by stage, with deadlines; the detail drawer does the work. */
export default function HandlingWorkbenchPage() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const stage = params.get("stage") ?? "all";
  const page = Number(params.get("page") ?? 1);
  const openId = params.get("id");
  const filters: Filters = Object.fromEntries(["title", "caseNumber", "submitterName"].map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v));
  const [form] = Form.useForm<Filters>();
  const states = STAGES.find((s) => s.key === stage)?.states;
  const variables = { page, pageSize: PAGE_SIZE, filter: { ...filters, states } };
  const list = useQuery(HandlingProposalsQuery, { variables, fetchPolicy: "cache-and-network" });
  const result = (list.data ?? list.previousData)?.unitProposals;
  const counts = useQuery(HandlingCountsQuery, { fetchPolicy: "cache-and-network" });
  const [, setTick] = useState(0);

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    setParams(next);
  };
  const apply = (v: Filters) => set({ title: v.title?.trim() || undefined, caseNumber: v.caseNumber?.trim() || undefined, submitterName: v.submitterName?.trim() || undefined, page: undefined });
  const count = (key: string) => {
    const c = counts.data as Record<string, { total: number }> | undefined;
    return c?.[key]?.total;
  };

  const columns: ColumnsType<Row> = [
    { title: "案号", dataIndex: "caseNumber", key: "caseNumber", width: 110, render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text> },
    {
      title: "标题",
      key: "title",
      render: (_, p) => (
        <Space size={4} wrap>
          <a onClick={() => set({ id: p.id })}>{p.title}</a>
          {p.isKey && <Tag color="red">重点</Tag>}
        </Space>
      ),
    },
    { title: "提案人", key: "submitter", width: 140, render: (_, p) => `${p.submitterName}${p.cosignerCount ? ` 等${p.cosignerCount + 1}人` : ""}` },
    { title: "本单位", key: "role", width: 80, render: (_, p) => (p.myAssignment ? (p.myAssignment.role === "LEAD" ? <Tag color="red">主办</Tag> : <Tag>协办</Tag>) : "—") },
    {
      title: "办理情况",
      key: "stage",
      width: 120,
      render: (_, p) => {
        const s = assignmentStage(p.myAssignment);
        return <Tag color={s.color}>{s.label}</Tag>;
      },
    },
    { title: "提案状态", key: "state", width: 130, render: (_, p) => <Tag color={STATE_COLORS[p.state] ?? "default"}>{p.stateLabel}</Tag> },
    { title: "办理期限", key: "deadline", width: 110, render: (_, p) => p.myAssignment?.deadline ?? "—" },
    { title: "剩余", key: "daysLeft", width: 110, render: (_, p) => <DaysLeftTag a={p.myAssignment} /> },
    {
      title: "操作",
      key: "op",
      width: 90,
      render: (_, p) => {
        const a = p.myAssignment;
        const label = a && !a.signedAt ? "签收" : a && a.signedAt && !a.repliedAt ? "办理" : "查看";
        return <a onClick={() => set({ id: p.id })}>{label}</a>;
      },
    },
  ];

  return (
    <Card title={`承办工作台${viewer ? ` · ${viewer.displayName}` : ""}`}>
      <Typography.Paragraph type="secondary">
        提案委交办给本单位的提案。请在交办后及时签收；不属于本单位职责的，可在规定时限内申请退回；需要更多时间的，可申请延期。答复后提案人将作出评价。
      </Typography.Paragraph>
      <Segmented
        value={stage}
        onChange={(k) => set({ stage: k === "all" ? undefined : String(k), page: undefined })}
        options={STAGES.map((s) => ({ value: s.key, label: s.key === "all" ? s.label : `${s.label}${count(s.key) !== undefined ? `（${count(s.key)}）` : ""}` }))}
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="inline" initialValues={filters} onFinish={apply} style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item name="title" label="标题">
          <Input allowClear placeholder="标题关键字" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="caseNumber" label="案号">
          <Input allowClear placeholder="案号" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="submitterName" label="提案人">
          <Input allowClear placeholder="姓名或集体" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              onClick={() => {
                form.setFieldsValue({ title: undefined, caseNumber: undefined, submitterName: undefined });
                apply({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} action={<Button size="small" onClick={() => void list.refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={result?.items ?? []}
        loading={list.loading}
        onRow={(p) => ({ onDoubleClick: () => set({ id: p.id }) })}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: result?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 件`, onChange: (n) => set({ page: n === 1 ? undefined : String(n) }) }}
        locale={{ emptyText: stage === "toSign" ? "没有待签收的提案" : "没有符合条件的提案" }}
      />
      <HandlingDrawer
        id={openId}
        onClose={() => set({ id: undefined })}
        onChanged={() => {
          void list.refetch();
          void counts.refetch();
          setTick((t) => t + 1);
        }}
      />
    </Card>
  );
}
