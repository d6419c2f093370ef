import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Checkbox, Input, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { ORG_UNIT_KIND_LABELS, type OrgUnitKind } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { OrgUnitRowFragment } from "../../../gql/graphql";
import { ImportDialog } from "../components/ImportDialog";
import { OrgUnitFormModal, type OrgUnitTarget } from "../components/OrgUnitFormModal";
import { DeleteOrgUnitMutation, ImportOrgUnitsMutation, OrgUnitImportTemplateQuery, OrgUnitsQuery, UpdateOrgUnitMutation } from "../graphql/org-units.graphql";

type Unit = OrgUnitRowFragment;
const PAGE_SIZES = [10, 20, 50, 100];

function useListParams() {
  const [params, setParams] = useSearchParams();
  const read = () => {
    const pageSize = Number(params.get("pageSize"));
    return {
      page: Math.max(1, Number(params.get("page")) || 1),
      pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
      search: params.get("q") ?? "",
      includeDisabled: params.get("all") === "1",
    };
  };
  const [state, setState] = useState(read);
  useEffect(() => {
    const next = new URLSearchParams();
    if (state.search) next.set("q", state.search);
    if (state.includeDisabled) next.set("all", "1");
    if (state.page > 1) next.set("page", String(state.page));
    if (state.pageSize !== 20) next.set("pageSize", String(state.pageSize));
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [state, params, setParams]);
  return { ...state, update: (p: Partial<typeof state>) => setState((prev) => ({ ...prev, ...p })) };
}

/** 承办单位 or 集体用户: searchable, paged, with a linked login account each. */
function OrgUnitsPage({ kind }: { kind: OrgUnitKind }) {
  const label = ORG_UNIT_KIND_LABELS[kind];
  const client = useApolloClient();
  const { message } = App.useApp();
  const { page, pageSize, search, includeDisabled, update } = useListParams();
  const [searchText, setSearchText] = useState(search);
  const [target, setTarget] = useState<OrgUnitTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(OrgUnitsQuery, {
    variables: { kind, page, pageSize, search: search || undefined, includeDisabled },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.orgUnits;
  const [updateUnit] = useMutation(UpdateOrgUnitMutation);
  const [deleteUnit] = useMutation(DeleteOrgUnitMutation);
  const [importUnits] = useMutation(ImportOrgUnitsMutation);

  const toggle = async (u: Unit) => {
    try {
      await updateUnit({ variables: { kind, id: u.id, input: { disabled: !u.disabled } } });
      message.success(`已${u.disabled ? "启用" : "停用"}“${u.name}”`);
      if (!includeDisabled) void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const del = async (u: Unit) => {
    try {
      await deleteUnit({ variables: { kind, id: u.id } });
      message.success(`已删除“${u.name}”`);
      void refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<Unit> = [
    {
      title: "单位名称",
      dataIndex: "name",
      key: "name",
      render: (name: string, u) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text>{name}</Typography.Text>
          {u.shortName && <Typography.Text type="secondary">简称：{u.shortName}</Typography.Text>}
        </Space>
      ),
    },
    { title: "联系人", dataIndex: "contactPerson", key: "contactPerson", width: 110, render: (v: string | null) => v ?? "—" },
    { title: "联系电话", dataIndex: "contactPhone", key: "contactPhone", width: 140, render: (v: string | null) => v ?? "—" },
    { title: "地址", dataIndex: "address", key: "address", ellipsis: true, render: (v: string | null) => v ?? "—" },
    {
      title: "关联账号",
      dataIndex: "username",
      key: "username",
      width: 140,
      render: (v: string | null) => (v ? <Tag color="blue">{v}</Tag> : <Typography.Text type="secondary">未关联</Typography.Text>),
    },
    { title: "状态", key: "status", width: 90, render: (_, u) => (u.disabled ? <Tag>已停用</Tag> : <Tag color="green">启用</Tag>) },
    {
      title: "操作",
      key: "actions",
      width: 190,
      render: (_, u) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setTarget({ kind, unit: u })}>
            编辑
          </Button>
          <Popconfirm title={u.disabled ? `确定启用“${u.name}”吗？` : `确定停用“${u.name}”吗？`} okText="确定" cancelText="取消" onConfirm={() => toggle(u)}>
            <Button type="link" size="small">
              {u.disabled ? "启用" : "停用"}
            </Button>
          </Popconfirm>
          <Popconfirm title={`确定删除“${u.name}”吗？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => del(u)}>
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={label}
      extra={
        <Space>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            从 Excel 导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ kind })}>
            新增{label}
          </Button>
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={`搜索${label}`}
          placeholder="按名称或简称搜索"
          allowClear
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          onSearch={(v) => update({ search: v.trim(), page: 1 })}
          enterButton="搜索"
          style={{ width: 320 }}
        />
        <Checkbox checked={includeDisabled} onChange={(e) => update({ includeDisabled: e.target.checked, page: 1 })}>
          含已停用
        </Checkbox>
      </Space>
      {error && (
        <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <Table<Unit>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={{
          current: page,
          pageSize,
          total: list?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => `共 ${total} 个单位`,
          onChange: (p, ps) => update({ page: ps !== pageSize ? 1 : p, pageSize: ps }),
        }}
        locale={{ emptyText: search ? `没有符合条件的${label}` : `尚未添加${label}` }}
        scroll={{ x: 960 }}
      />
      <OrgUnitFormModal target={target} onClose={() => setTarget(null)} onSaved={() => void refetch()} />
      <ImportDialog
        open={importing}
        title={`从 Excel 导入${label}`}
        unit="个单位"
        onClose={() => setImporting(false)}
        hint={<Alert type="info" showIcon title="已存在的单位名称会跳过；文件有任何错误时一个也不导入。关联账号请导入后逐个设置。" />}
        loadTemplate={async () => (await client.query({ query: OrgUnitImportTemplateQuery, variables: { kind }, fetchPolicy: "no-cache" })).data!.orgUnitImportTemplate}
        commit={async (fileBase64) => (await importUnits({ variables: { kind, fileBase64 } })).data!.importOrgUnits}
        onImported={(r) => {
          void refetch();
          message.success(`已导入 ${r.imported} 个${label}`);
        }}
      />
    </Card>
  );
}

export function HandlingUnitsPage() {
  return <OrgUnitsPage kind="HANDLING_UNIT" />;
}

export function CollectivesPage() {
  return <OrgUnitsPage kind="COLLECTIVE" />;
}
