import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, Form, Input, Modal, Radio, Space, Typography, type UploadFile } from "antd";
import { REPLY_RESULTS, REPLY_RESULT_LABELS, type ReplyResult } from "@zhzx/shared";
import { applyServerErrors } from "../../../../app/form-errors";
import { readFileAsBase64 } from "../../../organisation/components/file-transfer";
import { AttachmentPicker, attachmentHint } from "../../components/AttachmentPicker";
import { HandlingCoReplyMutation, HandlingDeleteAttachmentMutation, HandlingReplyMutation, HandlingUploadMutation } from "../graphql/handling.graphql";
import { toHtml } from "./labels";

const MAX_FILES = 10;

interface Values {
  result?: ReplyResult;
  content?: string;
}

/**
 * 答复 (lead unit: result class A/B/C and the reply letter) or 协办意见 (co-unit), with documents. The
 * documents are uploaded just before the reply and join it; if the reply fails they are removed again,
 * so nothing stray waits to join a later reply.
 */
export function ReplyModal({ open, lead, proposal, assignmentId, onClose, onDone }: {
  open: boolean;
  lead: boolean;
  proposal: { id: string; version: number; title: string };
  assignmentId: string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [upload] = useMutation(HandlingUploadMutation);
  const [remove] = useMutation(HandlingDeleteAttachmentMutation);
  const [reply] = useMutation(HandlingReplyMutation);
  const [coReply] = useMutation(HandlingCoReplyMutation);

  const submit = async (v: Values) => {
    setFailure(null);
    setBusy(true);
    const uploaded: string[] = [];
    try {
      for (const f of files) {
        const base64 = await readFileAsBase64(f.originFileObj as File, () => undefined);
        const r = await upload({ variables: { input: { proposalId: proposal.id, kind: "REPLY", name: f.name, fileBase64: base64 } } });
        uploaded.push(r.data!.uploadProposalAttachment.id);
      }
      const content = toHtml(v.content ?? "");
      if (lead) await reply({ variables: { input: { id: proposal.id, version: proposal.version, result: v.result!, content } } });
      else await coReply({ variables: { input: { assignmentId, content } } });
      form.resetFields();
      setFiles([]);
      onDone(lead ? "答复已提交，提案人将收到通知" : "协办意见已提交，主办单位可以看到");
    } catch (e) {
      for (const id of uploaded) await remove({ variables: { id } }).catch(() => undefined);
      setFailure(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={lead ? "答复提案" : "提交协办意见"}
      open={open}
      width={720}
      onCancel={busy ? undefined : onClose}
      okText={lead ? "提交答复" : "提交协办意见"}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden={false}
    >
      <Typography.Paragraph type="secondary">{proposal.title}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark>
        {lead && (
          <Form.Item name="result" label="办理结果" rules={[{ required: true, message: "请选择办理结果（A/B/C）" }]}>
            <Radio.Group>
              <Space orientation="vertical">
                {REPLY_RESULTS.map((r) => (
                  <Radio key={r} value={r}>
                    {REPLY_RESULT_LABELS[r]}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item
          name="content"
          label={lead ? "答复函内容" : "协办意见"}
          rules={[
            { required: true, whitespace: true, message: lead ? "请填写答复内容" : "请填写协办意见" },
            { max: 20000, message: "内容最多 20000 字" },
          ]}
        >
          <Input.TextArea rows={10} placeholder={lead ? "写明办理情况、采取的措施和结果，以及下一步打算" : "写明本单位的协办情况和意见"} showCount maxLength={20000} />
        </Form.Item>
        <Form.Item label="附件" extra={attachmentHint(MAX_FILES)}>
          <AttachmentPicker files={files} onChange={setFiles} max={MAX_FILES} />
        </Form.Item>
      </Form>
      {busy && files.length > 0 && <Typography.Text type="secondary">正在上传附件并提交…</Typography.Text>}
    </Modal>
  );
}
