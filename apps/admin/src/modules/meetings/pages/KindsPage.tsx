import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { errorMessage } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import { can, useViewer } from "../../../app/viewer";
import type { AdminMeetingKindsQuery, MeetingCategory } from "../../../gql/graphql";
import { CategoryTag } from "../components/labels";
import { AdminMeetingKindsQuery as KindsDoc, CreateMeetingKindMutation, RestoreMeetingKindsMutation, UpdateMeetingKindMutation } from "../graphql/kinds.graphql";

type Kind = AdminMeetingKindsQuery["meetingKinds"][number];

/** 会议活动类型: the committee's own list (rename, order, disable; restore the defaults). */
export default function KindsPage() {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const canManage = can(viewer, "meeting:manage");
  const { data, loading, error, refetch } = useQuery(KindsDoc, { fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<Kind | "new" | null>(null);
  const [form] = Form.useForm<{ category: MeetingCategory; name: string; sortOrder?: number }>();
  const [create, c] = useMutation(CreateMeetingKindMutation);
  const [update, u] = useMutation(UpdateMeetingKindMutation);
  const [restore, r] = useMutation(RestoreMeetingKindsMutation);

  const open = (k: Kind | "new") => {
    setEditing(k);
    form.setFieldsValue(k === "new" ? { category: "MEETING", name: "", sortOrder: undefined } : { category: k.category, name: k.name, sortOrder: k.sortOrder });
  };
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      if (editing === "new") await create({ variables: { input: { category: v.category, name: v.name.trim(), sortOrder: v.sortOrder ?? null } } });
      else if (editing) await update({ variables: { id: editing.id, input: { name: v.name.trim(), sortOrder: v.sortOrder ?? 0 } } });
      message.success("已保存");
      setEditing(null);
      await refetch();
    } catch (e) {
      message.error(applyServerErrors(form, e));
    }
  };
  const toggle = async (k: Kind) => {
    try {
      await update({ variables: { id: k.id, input: { disabled: !k.disabled } } });
      message.success(k.disabled ? `已启用：${k.name}` : `已停用：${k.name}`);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title="会议活动类型"
      extra={
        canManage && (
          <Space>
            <Popconfirm title="补齐缺少的默认类型？" description="按名称补齐全会、常委会、视察等默认类型，已有的不变。" okText="补齐" cancelText="取消" onConfirm={async () => {
              try {
                await restore();
                message.success("已补齐默认类型");
                await refetch();
              } catch (e) {
                message.error(errorMessage(e));
              }
            }}>
              <Button loading={r.loading}>补齐默认类型</Button>
            </Popconfirm>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open("new")}>
              新增类型
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">停用的类型在新建会议活动时不再可选，已有的会议活动保留原类型。</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<Kind>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.meetingKinds ?? []}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个类型`, hideOnSinglePage: true }}
        locale={{ emptyText: "暂无类型" }}
        columns={[
          { title: "类别", key: "category", width: 90, render: (_, k) => <CategoryTag category={k.category} /> },
          { title: "名称", dataIndex: "name", key: "name" },
          { title: "排序", dataIndex: "sortOrder", key: "sortOrder", width: 80 },
          { title: "启用", key: "enabled", width: 90, render: (_, k) => <Switch size="small" checked={!k.disabled} disabled={!canManage} onChange={() => void toggle(k)} aria-label={`启用${k.name}`} /> },
          ...(canManage ? [{ title: "操作", key: "op", width: 80, render: (_: unknown, k: Kind) => <Button type="link" size="small" onClick={() => open(k)}>修改</Button> }] : []),
        ]}
      />
      <Modal title={editing === "new" ? "新增类型" : "修改类型"} open={!!editing} onCancel={() => setEditing(null)} onOk={() => void save()} okText="保存" cancelText="取消" okButtonProps={{ loading: c.loading || u.loading }} destroyOnHidden forceRender>
        <Form form={form} layout="vertical">
          <Form.Item label="类别" name="category" rules={[{ required: true, message: "请选择会议或活动" }]}>
            <Select disabled={editing !== "new"} options={[{ value: "MEETING", label: "会议" }, { value: "ACTIVITY", label: "活动" }]} />
          </Form.Item>
          <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入类型名称" }, { max: 30, message: "类型名称最多 30 个字符" }]}>
            <Input />
          </Form.Item>
          <Form.Item label="排序" name="sortOrder" extra="数字小的排在前面">
            <InputNumber min={0} max={9999} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
