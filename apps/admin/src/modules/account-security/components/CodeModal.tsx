import { useState } from "react";
import { Alert, Form, Input, Modal, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { SIX_DIGITS } from "./TotpEnrolment";

interface Props {
  open: boolean;
  title: string;
  description: string;
  okText: string;
  danger?: boolean;
  /** Disabling also accepts a recovery code (the phone may be lost). */
  allowRecovery?: boolean;
  onSubmit: (input: { code?: string; recoveryCode?: string }) => Promise<void>;
  onClose: () => void;
}

/** Asks for a current code before a change to the second factor itself. */
export function CodeModal({ open, title, description, okText, danger, allowRecovery, onSubmit, onClose }: Props) {
  const [form] = Form.useForm<{ code?: string; recoveryCode?: string }>();
  const [recovery, setRecovery] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setFailure(null);
    setRecovery(false);
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(recovery ? { recoveryCode: values.recoveryCode?.trim() } : { code: values.code?.trim() });
      form.resetFields();
      setRecovery(false);
    } catch (e) {
      setFailure(errorMessage(e));
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={title} okText={okText} cancelText="取消" okButtonProps={{ danger, loading: busy }} onOk={submit} onCancel={close} destroyOnHidden>
      <Typography.Paragraph>{description}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        {recovery ? (
          <Form.Item label="恢复码" name="recoveryCode" rules={[{ required: true, message: "请输入恢复码" }]}>
            <Input autoComplete="off" placeholder="例如 abcde-fghjk" maxLength={12} />
          </Form.Item>
        ) : (
          <Form.Item label="验证码" name="code" rules={SIX_DIGITS}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} placeholder="6 位数字" style={{ letterSpacing: 4 }} />
          </Form.Item>
        )}
      </Form>
      {allowRecovery && (
        <Typography.Link
          onClick={() => {
            form.resetFields();
            setRecovery(!recovery);
          }}
        >
          {recovery ? "使用验证器验证码" : "手机不在身边？使用恢复码"}
        </Typography.Link>
      )}
    </Modal>
  );
}
