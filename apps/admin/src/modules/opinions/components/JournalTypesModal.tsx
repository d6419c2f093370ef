import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Switch, Table, Tag } from "antd";
import { journalTypeInput } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { JournalTypeFieldsFragment } from "../../../gql/graphql";
import { CreateJournalTypeMutation, JournalTypesQuery, UpdateJournalTypeMutation } from "../graphql/journals.graphql";

type TypeRow = JournalTypeFieldsFragment;

function TypeForm({ target, onClose }: { target: TypeRow | "new"; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, c] = useMutation(CreateJournalTypeMutation, { refetchQueries: [JournalTypesQuery] });
  const [update, u] = useMutation(UpdateJournalTypeMutation, { refetchQueries: [JournalTypesQuery] });
  const initial = target === "new" ? { sortOrder: 0, disabled: false } : { ...target };

  const run = async () => {
    const v = validateWithSchema(form, journalTypeInput, form.getFieldsValue());
    if (!v) return;
    try {
      if (target === "new") await create({ variables: { input: v } });
      else await update({ variables: { id: target.id, input: v } });
      message.success(target === "new" ? `已新建刊物《${v.name}》` : `已保存刊物《${v.name}》`);
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal title={target === "new" ? "新建刊物类型" : "修改刊物类型"} open okText="保存" cancelText="取消" confirmLoading={c.loading || u.loading} onOk={run} onCancel={onClose} destroyOnHidden>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={initial} aria-label="刊物类型">
        <Form.Item name="name" label="刊物名称" required>
          <Input maxLength={30} placeholder="如：社情民意、专报" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input maxLength={200} placeholder="选填" />
        </Form.Item>
        <Form.Item name="publisherName" label="编印单位" extra="留空为本委员会办公室">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="reportTo" label="默认“报”">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="sendTo" label="默认“送”">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
        </Form.Item>
        <Form.Item name="distributeTo" label="默认“发”">
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
        </Form.Item>
        <Space size={32}>
          <Form.Item name="sortOrder" label="排序号">
            <InputNumber min={0} max={9999} precision={0} />
          </Form.Item>
          <Form.Item name="disabled" label="停用" valuePropName="checked" extra="停用后不能新建期刊">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

/** 刊物类型: 《社情民意》《专报》… with their default distribution lines. */
export function JournalTypesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { data, loading, error } = useQuery(JournalTypesQuery, { variables: { includeDisabled: true }, skip: !open, fetchPolicy: "cache-and-network" });
  const [editing, setEditing] = useState<TypeRow | "new" | null>(null);
  return (
    <Modal title="刊物类型" open={open} width={820} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>}>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing("new")}>
          新建刊物类型
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Table<TypeRow>
        rowKey="id"
        size="small"
        loading={loading && !data}
        dataSource={data?.journalTypes ?? []}
        pagination={false}
        locale={{ emptyText: "暂无刊物类型" }}
        columns={[
          { title: "刊物", key: "name", render: (_, t) => `《${t.name}》` },
          { title: "编印单位", key: "publisher", render: (_, t) => t.publisherName || "本委员会办公室" },
          { title: "期数", dataIndex: "issueCount", key: "issueCount", width: 70 },
          { title: "排序", dataIndex: "sortOrder", key: "sortOrder", width: 70 },
          { title: "状态", key: "disabled", width: 80, render: (_, t) => (t.disabled ? <Tag>已停用</Tag> : <Tag color="green">使用中</Tag>) },
          {
            title: "操作",
            key: "ops",
            width: 80,
            render: (_, t) => (
              <Button type="link" size="small" onClick={() => setEditing(t)}>
                修改
              </Button>
            ),
          },
        ]}
      />
      {editing && <TypeForm target={editing} onClose={() => setEditing(null)} />}
    </Modal>
  );
}
