import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Badge, Button, Card, Checkbox, Input, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import type { ColumnsType } from "antd/es/table";
import { useNavigate } from "react-router";
import { CIRCLE_KIND_LABELS, CIRCLE_KINDS, type CircleKind } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { AdminCircleRowFragment } from "../../../gql/graphql";
import { CirclesQuery, UpdateCircleMutation } from "../graphql/circles.graphql";
import { BansDrawer } from "../components/BansDrawer";
import { CircleFormModal } from "../components/CircleFormModal";
import { CircleKindTag } from "../components/labels";

/**
 * 圈子管理: the 专委会 and 界别 circles (made from the dictionary, members = the current session's terms)
 * and the open circles staff create; counts, archiving, bans, and a way into each circle's posts.
 */
export default function CirclesPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [kind, setKind] = useState<CircleKind | undefined>();
  const [search, setSearch] = useState("");
  const [includeArchived, setIncludeArchived] = useState(false);
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(CirclesQuery, {
    variables: { filter: { kind, search: search.trim() || undefined, includeArchived }, page, pageSize: 20 },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.circles;
  const [editing, setEditing] = useState<AdminCircleRowFragment | null | undefined>(undefined);
  const [bansOf, setBansOf] = useState<AdminCircleRowFragment | null>(null);
  const [update] = useMutation(UpdateCircleMutation);

  const setArchived = async (c: AdminCircleRowFragment, archived: boolean) => {
    try {
      await update({ variables: { id: c.id, input: { archived } } });
      message.success(archived ? "已归档，委员端不再显示" : "已恢复");
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<AdminCircleRowFragment> = [
    {
      title: "圈子",
      key: "name",
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <Typography.Text strong>{c.name}</Typography.Text>
            {c.archived && <Tag>已归档</Tag>}
          </Space>
          {c.description && <Typography.Text type="secondary">{c.description}</Typography.Text>}
        </Space>
      ),
    },
    { title: "类型", key: "kind", width: 120, render: (_, c) => <CircleKindTag kind={c.kind as CircleKind} /> },
    { title: "成员", dataIndex: "memberCount", key: "memberCount", width: 80, align: "right" },
    { title: "帖子", dataIndex: "postCount", key: "postCount", width: 80, align: "right" },
    {
      title: "被举报帖子",
      key: "reported",
      width: 110,
      align: "center",
      render: (_, c) => (c.reportedPostCount ? <Badge count={c.reportedPostCount} /> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: "操作",
      key: "op",
      width: 320,
      render: (_, c) => (
        <Space size={4} wrap>
          <Button type="link" size="small" onClick={() => navigate(`/circles/moderation?view=all&circle=${c.id}`)}>
            查看帖子
          </Button>
          <Button type="link" size="small" onClick={() => setEditing(c)}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => setBansOf(c)}>
            禁言记录
          </Button>
          {c.archived ? (
            <Button type="link" size="small" onClick={() => void setArchived(c, false)}>
              恢复
            </Button>
          ) : (
            <Popconfirm title={`归档“${c.name}”？`} description="归档后委员端不再显示该圈子，帖子保留。" okText="归档" cancelText="取消" onConfirm={() => setArchived(c, true)}>
              <Button type="link" size="small" danger>
                归档
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="圈子管理"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          新建开放圈子
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          placeholder="全部类型"
          style={{ width: 160 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={CIRCLE_KINDS.map((k) => ({ value: k, label: CIRCLE_KIND_LABELS[k] }))}
          aria-label="按类型筛选"
        />
        <Input.Search allowClear placeholder="圈子名称" style={{ width: 220 }} onSearch={(v) => { setSearch(v); setPage(1); }} />
        <Checkbox checked={includeArchived} onChange={(e) => { setIncludeArchived(e.target.checked); setPage(1); }}>
          含已归档
        </Checkbox>
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<AdminCircleRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 个圈子`, showSizeChanger: false }}
        locale={{ emptyText: "暂无圈子。专委会、界别圈子随字典自动建立；开放圈子点击右上角新建" }}
      />
      <CircleFormModal
        open={editing !== undefined}
        circle={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void refetch();
        }}
      />
      <BansDrawer circle={bansOf} onClose={() => setBansOf(null)} />
    </Card>
  );
}
