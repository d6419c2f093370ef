import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, DatePicker, Form, Input, Modal, Radio } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { INSTRUCTION_KIND_LABELS, INSTRUCTION_KINDS, instructionInput, type InstructionKind } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import { RecordOpinionInstructionMutation } from "../graphql/opinions.graphql";

interface Values {
  kind?: InstructionKind;
  authorName?: string;
  authorTitle?: string;
  instructedAt?: Dayjs | null;
  content?: string;
}

/** 登记批示反馈 on a published item: 上级政协录用, 领导批示 or 部门答复, with who, when and what. */
export function InstructionFormModal({ opinionId, title, open, onClose, onDone }: { opinionId: string; title: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordOpinionInstructionMutation);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ kind: "LEADER_INSTRUCTION", instructedAt: dayjs() });
      setFailure(null);
    }
  }, [open, form]);

  const run = async () => {
    const raw = form.getFieldsValue();
    const v = validateWithSchema(form, instructionInput, { ...raw, instructedAt: raw.instructedAt ? raw.instructedAt.format("YYYY-MM-DD") : undefined });
    if (!v) return;
    try {
      await record({ variables: { opinionId, input: v } });
      message.success(`已登记${INSTRUCTION_KIND_LABELS[v.kind]}`);
      onDone();
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal title="登记批示反馈" open={open} width={640} okText="登记" cancelText="取消" confirmLoading={loading} onOk={run} onCancel={onClose} destroyOnHidden>
      <p style={{ color: "rgba(0,0,0,0.55)" }}>《{title}》</p>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" aria-label="登记批示反馈">
        <Form.Item name="kind" label="类型" required>
          <Radio.Group optionType="button" options={INSTRUCTION_KINDS.map((k) => ({ value: k, label: INSTRUCTION_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="authorName" label="批示人或单位" required>
          <Input maxLength={50} placeholder="如：李建华 / 市发展和改革委员会" />
        </Form.Item>
        <Form.Item name="authorTitle" label="职务">
          <Input maxLength={100} placeholder="选填，如：市长" />
        </Form.Item>
        <Form.Item name="instructedAt" label="批示日期" required>
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isAfter(dayjs(), "day")} placeholder="请选择日期" />
        </Form.Item>
        <Form.Item name="content" label="批示内容" required>
          <Input.TextArea rows={5} maxLength={5000} showCount placeholder="批示或答复的原文" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
