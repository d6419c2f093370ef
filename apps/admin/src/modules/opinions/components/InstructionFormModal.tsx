import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, DatePicker, Form, Input, Modal, Radio, type UploadFile } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { INSTRUCTION_KIND_LABELS, INSTRUCTION_KINDS, instructionInput, OPINION_INSTRUCTION_MAX_ATTACHMENTS, type InstructionKind } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import { errorMessage } from "../../../app/errors";
import { readFileAsBase64 } from "../../organisation/components/file-transfer";
import { AttachmentPicker, attachmentHint } from "../../proposals/components/AttachmentPicker";
import { RecordOpinionInstructionMutation, UploadInstructionAttachmentMutation } from "../graphql/opinions.graphql";

interface Values {
  kind?: InstructionKind;
  authorName?: string;
  authorTitle?: string;
  instructedAt?: Dayjs | null;
  content?: string;
}

/**
 * 登记批示反馈 on a published item: 上级政协录用, 领导批示 or 部门答复, with who, when and what, and the files
 * (the scanned instruction, the reply letter). The files are uploaded to the recorded instruction one by
 * one; one that fails leaves the instruction recorded and is named, to be added again in the list.
 */
export function InstructionFormModal({ opinionId, title, open, onClose, onDone }: { opinionId: string; title: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RecordOpinionInstructionMutation);
  const [upload] = useMutation(UploadInstructionAttachmentMutation);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ kind: "LEADER_INSTRUCTION", instructedAt: dayjs() });
      setFailure(null);
      setFiles([]);
    }
  }, [open, form]);

  const run = async () => {
    const raw = form.getFieldsValue();
    const v = validateWithSchema(form, instructionInput, { ...raw, instructedAt: raw.instructedAt ? raw.instructedAt.format("YYYY-MM-DD") : undefined });
    if (!v) return;
    setBusy(true);
    try {
      let instructionId: string;
      try {
        instructionId = (await record({ variables: { opinionId, input: v } })).data!.recordOpinionInstruction.id;
      } catch (e) {
        setFailure(applyServerErrors(form, e));
        return;
      }
      const failed: string[] = [];
      for (const f of files) {
        try {
          await upload({ variables: { input: { instructionId, name: f.name, fileBase64: await readFileAsBase64(f.originFileObj as File, () => undefined) } } });
        } catch (e) {
          failed.push(`${f.name}（${errorMessage(e)}）`);
        }
      }
      if (failed.length) message.warning(`已登记${INSTRUCTION_KIND_LABELS[v.kind]}，但附件未能上传：${failed.join("、")}。可在批示反馈列表中重新上传。`, 8);
      else message.success(`已登记${INSTRUCTION_KIND_LABELS[v.kind]}${files.length ? `，附件 ${files.length} 个` : ""}`);
      onDone();
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="登记批示反馈" open={open} width={640} okText="登记" cancelText="取消" confirmLoading={busy} onOk={run} onCancel={busy ? undefined : onClose} destroyOnHidden>
      <p style={{ color: "rgba(0,0,0,0.55)" }}>《{title}》</p>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" aria-label="登记批示反馈" onValuesChange={(changed: Values) => form.setFields(Object.keys(changed).map((name) => ({ name: name as keyof Values, errors: [] })))}>
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
        <Form.Item label="附件" extra={`批示件扫描件、答复函等。${attachmentHint(OPINION_INSTRUCTION_MAX_ATTACHMENTS)}`}>
          <AttachmentPicker files={files} onChange={setFiles} max={OPINION_INSTRUCTION_MAX_ATTACHMENTS} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
