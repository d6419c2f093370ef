import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Form, Input, Modal, Typography } from "antd";
import { circleInput } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { AdminCircleRowFragment } from "../../../gql/graphql";
import { CreateCircleMutation, UpdateCircleMutation } from "../graphql/circles.graphql";

/** New open circle (circle === null) or edit one; 专委会/界别 circles keep the dictionary's name. */
export function CircleFormModal({ open, circle, onClose, onSaved }: { open: boolean; circle: AdminCircleRowFragment | null; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; description: string }>();
  const [create] = useMutation(CreateCircleMutation);
  const [update] = useMutation(UpdateCircleMutation);
  const [busy, setBusy] = useState(false);
  const fromDictionary = !!circle && circle.kind !== "OPEN";

  useEffect(() => {
    if (open) form.setFieldsValue({ name: circle?.name ?? "", description: circle?.description ?? "" });
  }, [open, circle, form]);

  const save = async () => {
    const data = validateWithSchema(form, circleInput, form.getFieldsValue());
    if (!data) return;
    setBusy(true);
    try {
      if (circle) await update({ variables: { id: circle.id, input: fromDictionary ? { description: data.description } : data } });
      else await create({ variables: { input: data } });
      message.success(circle ? "已保存" : "已新建开放圈子");
      onSaved();
    } catch (e) {
      message.error(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={circle ? `编辑圈子：${circle.name}` : "新建开放圈子"} open={open} okText="保存" cancelText="取消" okButtonProps={{ loading: busy }} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {!circle && <Typography.Paragraph type="secondary">开放圈子由委员自愿加入；专委会、界别圈子按字典自动建立，成员为本届任职委员。</Typography.Paragraph>}
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="圈子名称" required extra={fromDictionary ? "名称随专委会、界别字典同步" : undefined}>
          <Input maxLength={30} showCount disabled={fromDictionary} placeholder="如：乡村振兴交流圈" />
        </Form.Item>
        <Form.Item name="description" label="简介">
          <Input.TextArea rows={3} maxLength={200} showCount placeholder="圈子的主题与交流约定（选填）" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
