import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Tabs, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { DICT_KIND_LABELS, DICT_KINDS, type DictKind } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { DictItemRowFragment } from "../../../gql/graphql";
import { DictItemFormModal, type DictItemTarget } from "../components/DictItemFormModal";
import { ImportDialog } from "../components/ImportDialog";
import { DeleteDictItemMutation, DictImportTemplateQuery, DictItemsQuery, ImportDictItemsMutation, UpdateDictItemMutation } from "../graphql/dictionaries.graphql";

type Item = DictItemRowFragment;

const KIND_HINTS: Partial<Record<DictKind, string>> = {
  SPECIAL_COMMITTEE: "专委会是委员任职的一部分，统计按届内专委会分组。",
  MEMBER_TYPE: "如 常委、委员。",
  DEPARTMENT: "政协机关的内设部门，用于工作人员与业务流转。",
};

/** 字典管理: one tab per kind; the tab is kept in the address (?kind=PARTY). */
export default function DictionariesPage() {
  const [params, setParams] = useSearchParams();
  const kindParam = params.get("kind");
  const kind: DictKind = DICT_KINDS.includes(kindParam as DictKind) ? (kindParam as DictKind) : "SECTOR";
  return (
    <Card title="字典管理">
      <Tabs
        activeKey={kind}
        onChange={(k) => setParams(k === "SECTOR" ? {} : { kind: k }, { replace: true })}
        items={DICT_KINDS.map((k) => ({ key: k, label: DICT_KIND_LABELS[k], children: k === kind ? <DictKindPanel kind={k} /> : null }))}
      />
    </Card>
  );
}

function DictKindPanel({ kind }: { kind: DictKind }) {
  const label = DICT_KIND_LABELS[kind];
  const client = useApolloClient();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(DictItemsQuery, { variables: { kind }, fetchPolicy: "cache-and-network" });
  const [filter, setFilter] = useState("");
  const [target, setTarget] = useState<DictItemTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const [update] = useMutation(UpdateDictItemMutation);
  const [remove] = useMutation(DeleteDictItemMutation, { refetchQueries: [{ query: DictItemsQuery, variables: { kind } }] });
  const [importItems] = useMutation(ImportDictItemsMutation);

  const items = data?.dictItems ?? [];
  const shown = useMemo(() => {
    const q = filter.trim();
    return q ? items.filter((i) => i.name.includes(q) || (i.code ?? "").toLowerCase().includes(q.toLowerCase())) : items;
  }, [items, filter]);
  const nextSortOrder = items.reduce((n, i) => Math.max(n, i.sortOrder), 0) + 10;

  const toggle = async (item: Item) => {
    try {
      await update({ variables: { id: item.id, input: { disabled: !item.disabled } } });
      message.success(`已${item.disabled ? "启用" : "停用"}${label}“${item.name}”`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const del = async (item: Item) => {
    try {
      await remove({ variables: { id: item.id } });
      message.success(`已删除${label}“${item.name}”`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<Item> = [
    { title: "排序", dataIndex: "sortOrder", key: "sortOrder", width: 80 },
    { title: "名称", dataIndex: "name", key: "name" },
    { title: "编码", dataIndex: "code", key: "code", width: 140, render: (v: string | null) => v ?? "—" },
    { title: "状态", key: "status", width: 90, render: (_, i) => (i.disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">启用</Tag>) },
    {
      title: "操作",
      key: "actions",
      width: 200,
      render: (_, i) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setTarget({ kind, item: i })}>
            编辑
          </Button>
          <Popconfirm
            title={i.disabled ? `确定启用“${i.name}”吗？` : `确定停用“${i.name}”吗？`}
            description={i.disabled ? undefined : "停用后不能再选择，已有记录保留。"}
            okText="确定"
            cancelText="取消"
            onConfirm={() => toggle(i)}
          >
            <Button type="link" size="small">
              {i.disabled ? "启用" : "停用"}
            </Button>
          </Popconfirm>
          <Popconfirm title={`确定删除“${i.name}”吗？`} description="已被委员记录使用的不能删除，可改为停用。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => del(i)}>
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16, width: "100%", justifyContent: "space-between" }}>
        <Input.Search allowClear placeholder={`按名称或编码筛选${label}`} value={filter} onChange={(e) => setFilter(e.target.value)} style={{ width: 280 }} aria-label={`筛选${label}`} />
        <Space>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
            从 Excel 导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ kind, nextSortOrder })}>
            新增{label}
          </Button>
        </Space>
      </Space>
      {KIND_HINTS[kind] && <Alert type="info" showIcon title={KIND_HINTS[kind]} style={{ marginBottom: 16 }} />}
      {error && (
        <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <Table<Item>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={loading && !data}
        pagination={shown.length > 50 ? { pageSize: 50, showTotal: (t) => `共 ${t} 项` } : false}
        locale={{ emptyText: filter ? `没有符合条件的${label}` : `尚未设置${label}` }}
        scroll={{ x: 640 }}
      />
      <DictItemFormModal target={target} onClose={() => setTarget(null)} />
      <ImportDialog
        open={importing}
        title={`从 Excel 导入${label}`}
        unit="项"
        onClose={() => setImporting(false)}
        hint={<Alert type="info" showIcon title="已存在的名称会跳过；文件有任何错误时一项也不导入。" />}
        loadTemplate={async () => (await client.query({ query: DictImportTemplateQuery, variables: { kind }, fetchPolicy: "no-cache" })).data!.dictImportTemplate}
        commit={async (fileBase64) => (await importItems({ variables: { kind, fileBase64 } })).data!.importDictItems}
        onImported={(r) => {
          void refetch();
          message.success(`已导入 ${r.imported} 项${label}`);
        }}
      />
    </>
  );
}
