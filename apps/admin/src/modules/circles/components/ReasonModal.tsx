import { useEffect, useState } from "react";
import { Form, Input, InputNumber, Modal, Typography } from "antd";
import { CIRCLE_BAN_MAX_DAYS, CIRCLE_REASON_MAX_CHARS, circleBanInput, circleReasonInput } from "@zhzx/shared";
import { applyServerErrors } from "../../../app/form-errors";

export interface ReasonRequest {
  title: string;
  description?: string;
  okText: string;
  danger?: boolean;
  /** Ask for a number of days too (禁言). */
  withDays?: boolean;
  run: (v: { reason: string; days: number }) => Promise<unknown>;
}

/**
 * Every moderation act states its reason (told to the member, kept in the log): the field is required,
 * checked with the same shared schema as the server.
 */
export function ReasonModal({ request, onClose }: { request: ReasonRequest | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string; days: number }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (request) {
      form.resetFields();
      setFailure(null);
    }
  }, [request, form]);

  const submit = async () => {
    if (!request) return;
    const v = form.getFieldsValue();
    const reason = circleReasonInput.safeParse(v.reason ?? "");
    const ban = request.withDays ? circleBanInput.safeParse({ days: v.days ?? undefined, reason: v.reason ?? "" }) : null;
    form.setFields([
      { name: "reason", errors: reason.success ? [] : [reason.error.issues[0]!.message] },
      { name: "days", errors: !ban || ban.success ? [] : ban.error.issues.filter((i) => i.path[0] === "days").map((i) => i.message) },
    ]);
    if (!reason.success || (ban && !ban.success)) return;
    setBusy(true);
    try {
      await request.run({ reason: reason.data, days: v.days });
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={request?.title}
      open={!!request}
      okText={request?.okText}
      cancelText="取消"
      okButtonProps={{ danger: request?.danger, loading: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {request?.description && <Typography.Paragraph type="secondary">{request.description}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ days: 7 }}>
        {request?.withDays && (
          <Form.Item name="days" label="禁言天数" required>
            <InputNumber min={1} max={CIRCLE_BAN_MAX_DAYS} precision={0} addonAfter="天" style={{ width: 160 }} aria-label="禁言天数" />
          </Form.Item>
        )}
        <Form.Item name="reason" label="处理理由" required extra="理由会通知到相关委员，并记入处理记录">
          <Input.TextArea rows={3} maxLength={CIRCLE_REASON_MAX_CHARS} showCount placeholder="如：含有人身攻击内容" aria-label="处理理由" />
        </Form.Item>
      </Form>
      {failure && <Typography.Text type="danger">{failure}</Typography.Text>}
    </Modal>
  );
}
