import { useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { DownloadOutlined, SearchOutlined } from "@ant-design/icons";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import type { ProposalState } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { ProposalList, ProposalRowFragment } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ProposalDrawer } from "../components/ProposalDrawer";
import { LISTS, STATE_COLORS, type ListKey } from "../components/labels";
import { ExportProposalsMutation, ProposalLookupsQuery, ProposalsQuery } from "../graphql/proposals.graphql";

interface Filters {
  title?: string;
  submitterName?: string;
  caseNumber?: string;
  sessionId?: string;
  categoryId?: string;
  unitId?: string;
}

/** 提案管理: the office's work lists (一审 → 二审 → 立案 → 交办 → 办理 → 办结), filters in the address bar, the detail drawer. */
export default function ProposalsPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const list = (params.get("list") ?? "ALL") as ListKey;
  const page = Number(params.get("page") ?? 1);
  const openId = params.get("id");
  const filters: Filters = Object.fromEntries(["title", "submitterName", "caseNumber", "sessionId", "categoryId", "unitId"].map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v));
  const [form] = Form.useForm<Filters>();
  const lookups = useQuery(ProposalLookupsQuery, { fetchPolicy: "cache-first" });
  const filter = { list: list as ProposalList, ...filters };
  const { data, previousData, loading, error, refetch } = useQuery(ProposalsQuery, { variables: { page, pageSize: 20, filter }, fetchPolicy: "cache-and-network" });
  const result = (data ?? previousData)?.proposals;
  const [exportList, exporting] = useMutation(ExportProposalsMutation);

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) v ? next.set(k, v) : next.delete(k);
    setParams(next);
  };
  const apply = (v: Filters) => set({ title: v.title?.trim(), submitterName: v.submitterName?.trim(), caseNumber: v.caseNumber?.trim(), sessionId: v.sessionId, categoryId: v.categoryId, unitId: v.unitId, page: undefined });
  const [, setTick] = useState(0);

  const columns: ColumnsType<ProposalRowFragment> = [
    { title: "案号", dataIndex: "caseNumber", key: "caseNumber", width: 110, render: (v: string | null) => v ?? <Typography.Text type="secondary">—</Typography.Text> },
    {
      title: "标题",
      key: "title",
      render: (_, p) => (
        <Space size={4}>
          <a onClick={() => set({ id: p.id })}>{p.title}</a>
          {p.isKey && <Tag color="red">重点</Tag>}
          {p.overdue && <Tag color="volcano">超期</Tag>}
        </Space>
      ),
    },
    { title: "提案人", key: "submitter", width: 150, render: (_, p) => `${p.submitterName}${p.cosignerCount ? ` 等${p.cosignerCount + 1}人` : ""}` },
    { title: "分类", key: "category", width: 120, render: (_, p) => p.category?.name ?? "—" },
    { title: "状态", key: "state", width: 120, render: (_, p) => <Tag color={STATE_COLORS[p.state as ProposalState]}>{p.stateLabel}</Tag> },
    { title: "主办单位", key: "unit", width: 170, ellipsis: true, render: (_, p) => p.leadUnit?.name ?? "—" },
    { title: "提交时间", key: "submittedAt", width: 110, render: (_, p) => (p.submittedAt ? dayjs(p.submittedAt).format("YYYY-MM-DD") : "—") },
  ];

  return (
    <Card
      title="提案管理"
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={exporting.loading}
          onClick={async () => {
            try {
              const f = (await exportList({ variables: { filter } })).data!.exportProposals;
              downloadBase64File(f);
              message.success(`已导出 ${f.rowCount} 件提案`);
            } catch (e) {
              message.error(errorMessage(e));
            }
          }}
        >
          导出 Excel
        </Button>
      }
    >
      <Tabs activeKey={list} onChange={(k) => set({ list: k === "ALL" ? undefined : k, page: undefined })} items={LISTS.map((l) => ({ key: l.key, label: l.label }))} />
      <Form form={form} layout="inline" initialValues={filters} onFinish={apply} style={{ marginBottom: 16, rowGap: 12 }}>
        <Form.Item name="title" label="标题">
          <Input allowClear placeholder="标题关键字" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="submitterName" label="提案人">
          <Input allowClear placeholder="姓名或集体" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="caseNumber" label="案号">
          <Input allowClear style={{ width: 110 }} />
        </Form.Item>
        <Form.Item name="sessionId" label="届次">
          <Select allowClear placeholder="全部届次" style={{ width: 130 }} options={(lookups.data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="categoryId" label="分类">
          <Select allowClear showSearch optionFilterProp="label" placeholder="全部分类" style={{ width: 160 }} options={(lookups.data?.proposalCategories ?? []).map((c) => ({ value: c.id, label: c.path }))} />
        </Form.Item>
        <Form.Item name="unitId" label="承办单位">
          <Select allowClear showSearch optionFilterProp="label" placeholder="全部单位" style={{ width: 180 }} options={(lookups.data?.orgUnits.items ?? []).map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                form.setFieldsValue({ title: undefined, submitterName: undefined, caseNumber: undefined, sessionId: undefined, categoryId: undefined, unitId: undefined });
                apply({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<ProposalRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={result?.items ?? []}
        loading={loading}
        onRow={(p) => ({ onDoubleClick: () => set({ id: p.id }) })}
        pagination={{ current: page, pageSize: 20, total: result?.total ?? 0, showSizeChanger: false, showTotal: (t) => `共 ${t} 件`, onChange: (p) => set({ page: p === 1 ? undefined : String(p) }) }}
        locale={{ emptyText: "没有符合条件的提案" }}
      />
      <ProposalDrawer
        id={openId}
        onClose={() => set({ id: undefined })}
        onChanged={() => {
          void refetch();
          setTick((t) => t + 1);
        }}
      />
    </Card>
  );
}
