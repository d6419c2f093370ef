import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, InputNumber, Modal } from "antd";
import { DICT_KIND_LABELS, dictItemInput, type DictKind } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema, zodRule } from "../../../app/form-errors";
import type { DictItemRowFragment } from "../../../gql/graphql";
import { CreateDictItemMutation, DictItemsQuery, UpdateDictItemMutation } from "../graphql/dictionaries.graphql";

interface DictForm {
  name: string;
  code?: string | null;
  sortOrder?: number | null;
}

export interface DictItemTarget {
  kind: DictKind;
  /** Absent: a new item. */
  item?: DictItemRowFragment;
  /** Suggested sort order for a new item (after the last one). */
  nextSortOrder?: number;
}

export function DictItemFormModal({ target, onClose }: { target: DictItemTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<DictForm>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateDictItemMutation);
  const [update, { loading: updating }] = useMutation(UpdateDictItemMutation);
  const label = target ? DICT_KIND_LABELS[target.kind] : "";
  const item = target?.item;

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    if (target.item) form.setFieldsValue({ name: target.item.name, code: target.item.code, sortOrder: target.item.sortOrder });
    else form.setFieldsValue({ sortOrder: target.nextSortOrder ?? 0 });
  }, [target, form]);

  const submit = async () => {
    if (!target) return;
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const input = validateWithSchema(form, dictItemInput, { ...form.getFieldsValue(), kind: target.kind });
    if (!input) return;
    try {
      if (item) {
        await update({ variables: { id: item.id, input: { name: input.name, code: input.code, sortOrder: input.sortOrder } } });
      } else {
        await create({ variables: { input }, refetchQueries: [{ query: DictItemsQuery, variables: { kind: target.kind } }] });
      }
      message.success(`已保存${label}“${input.name}”`);
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal
      title={item ? `编辑${label}：${item.name}` : `新增${label}`}
      open={!!target}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating || updating}
      onOk={submit}
      onCancel={onClose}
      forceRender
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form name="dictItemForm" form={form} layout="vertical">
        <Form.Item label="名称" name="name" required rules={[zodRule(dictItemInput.shape.name)]}>
          <Input placeholder={`请输入${label}名称`} maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item label="编码" name="code" rules={[zodRule(dictItemInput.shape.code)]} extra="选填；导入委员时也可按编码匹配">
          <Input placeholder="选填" maxLength={30} autoComplete="off" />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder" extra="数字小的排在前面">
          <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
