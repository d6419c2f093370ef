import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Form, Input, QRCode, Space, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import { ConfirmTotpEnrolmentMutation, StartTotpEnrolmentMutation } from "../graphql/two-factor.graphql";

/** Groups the base32 secret in fours, as authenticator apps show it. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, "$1 ").trim();

export const SIX_DIGITS = [
  { required: true, message: "请输入验证码" },
  { pattern: /^\s*\d{6}\s*$/, message: "验证码为 6 位数字" },
];

/**
 * Binding an authenticator: a fresh secret as a QR code (and as text for manual entry), then the first
 * code it shows. The server keeps the secret inactive until that code arrives.
 */
export function TotpEnrolment({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const [form] = Form.useForm<{ code: string }>();
  const [start, { data, loading: starting, error: startError }] = useMutation(StartTotpEnrolmentMutation);
  const [confirm, { loading: confirming }] = useMutation(ConfirmTotpEnrolmentMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const enrolment = data?.startTotpEnrolment;

  const onFinish = async ({ code }: { code: string }) => {
    setFailure(null);
    try {
      const { data: done } = await confirm({ variables: { code: code.trim() } });
      if (done) onEnabled(done.confirmTotpEnrolment);
    } catch (e) {
      setFailure(applyServerErrors(form, e));
      form.setFieldValue("code", "");
    }
  };

  if (!enrolment) {
    return (
      <div>
        <Typography.Paragraph>
          两步验证在密码之外再核对一次手机上的动态验证码，密码即使泄露，他人也无法登录。请先在手机上安装验证器应用（如
          Microsoft Authenticator、Google 身份验证器、腾讯身份验证器等支持 TOTP 的应用）。
        </Typography.Paragraph>
        {startError && <Alert type="error" showIcon title={errorMessage(startError)} style={{ marginBottom: 16 }} />}
        <Button type="primary" block loading={starting} onClick={() => start().catch(() => undefined)}>
          开始绑定验证器
        </Button>
      </div>
    );
  }

  return (
    <div>
      <Typography.Paragraph>① 用验证器应用扫描下方二维码：</Typography.Paragraph>
      <div style={{ display: "flex", justifyContent: "center", marginBottom: 12 }}>
        <QRCode value={enrolment.uri} size={184} bordered aria-label="两步验证二维码" />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        无法扫码时，在验证器中选择“手动输入”，账号填 {enrolment.account}，密钥为：
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text code copyable={{ text: enrolment.secret, tooltips: ["复制密钥", "已复制"] }} data-testid="totp-secret">
          {grouped(enrolment.secret)}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph>② 输入验证器中显示的 6 位数字，完成绑定：</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={confirming}>
        <Form.Item label="验证码" name="code" rules={SIX_DIGITS}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} placeholder="6 位数字" style={{ letterSpacing: 4 }} />
        </Form.Item>
        <Space style={{ width: "100%", justifyContent: "flex-end" }}>
          <Button type="primary" htmlType="submit" loading={confirming}>
            确认绑定
          </Button>
        </Space>
      </Form>
    </div>
  );
}
