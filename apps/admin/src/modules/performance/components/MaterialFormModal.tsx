import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { performanceMaterialInput } from "@zhzx/shared";
import { z } from "zod";
import { fieldErrors } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import type { PerformanceMaterialFieldsFragment } from "../../../gql/graphql";
import { CreateMaterialMutation, UpdateMaterialMutation } from "../graphql/materials.graphql";
import { checkForm } from "./labels";
import { MemberPicker } from "./MemberPicker";

interface Values {
  memberId?: string | null;
  title?: string;
  content?: string;
  occurredOn?: Dayjs | null;
}

const withMember = performanceMaterialInput.extend({ memberId: z.uuid({ error: "请选择委员" }) });

/** 代为录入 / 修改 a member's 履职材料 (entered material waits for review like the member's own). */
export function MaterialFormModal({ open, material, onClose, onDone }: { open: boolean; material: PerformanceMaterialFieldsFragment | null; onClose: () => void; onDone?: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateMaterialMutation);
  const [update, updating] = useMutation(UpdateMaterialMutation);
  useEffect(() => {
    if (!open) return;
    setProblem(null);
    form.resetFields();
    if (material) form.setFieldsValue({ memberId: material.member.id, title: material.title, content: material.content, occurredOn: dayjs(material.occurredOn) });
  }, [open, material, form]);

  const submit = async () => {
    const v = form.getFieldsValue(true) as Values;
    const values = {
      memberId: v.memberId ?? undefined,
      title: v.title ?? "",
      content: v.content ?? "",
      occurredOn: v.occurredOn ? v.occurredOn.format("YYYY-MM-DD") : undefined,
      attachments: material?.attachments.map((a) => ({ name: a.name, size: a.size, contentType: a.contentType, url: a.url })) ?? [],
    };
    const data = checkForm(form, withMember, values);
    if (!data) return;
    setProblem(null);
    const { memberId, ...input } = data;
    try {
      if (material) await update({ variables: { id: material.id, input } });
      else await create({ variables: { memberId, input } });
      message.success(material ? "已保存" : "已录入，待审核");
      onDone?.();
      onClose();
    } catch (e) {
      const text = applyServerErrors(form, e);
      if (!Object.keys(fieldErrors(e)).length) setProblem(text);
    }
  };

  return (
    <Modal
      title={material ? "修改履职材料" : "代委员录入履职材料"}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating.loading || updating.loading}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="memberId" label="委员" required>
          <MemberPicker initial={material?.member ?? null} />
        </Form.Item>
        <Form.Item name="title" label="标题" required>
          <Input maxLength={100} showCount placeholder="如：参加乡村振兴专题调研" />
        </Form.Item>
        <Form.Item name="occurredOn" label="履职日期" required>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item name="content" label="履职内容" required>
          <Input.TextArea rows={6} maxLength={20000} showCount placeholder="时间、地点、做了什么、取得的成效" />
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
