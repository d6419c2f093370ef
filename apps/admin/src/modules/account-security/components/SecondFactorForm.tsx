import { useState } from "react";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Form, Input, Space, Typography } from "antd";
import { errorCode, errorMessage } from "../../../app/errors";
import type { LoginSecondFactorMutation as Result } from "../../../gql/graphql";
import { LoginSecondFactorMutation } from "../graphql/two-factor.graphql";
import { SIX_DIGITS } from "./TotpEnrolment";

interface Props {
  username: string;
  onSuccess: (result: Result["loginSecondFactor"]) => Promise<void>;
  /** The pending login has expired (5 minutes): back to the password, with the reason. */
  onRestart: (reason?: string) => void;
}

/** 登录第二步: the authenticator's 6-digit code, or one recovery code. */
export function SecondFactorForm({ username, onSuccess, onRestart }: Props) {
  const [form] = Form.useForm<{ code?: string; recoveryCode?: string }>();
  const [mode, setMode] = useState<"code" | "recovery">("code");
  const [verify, { loading }] = useMutation(LoginSecondFactorMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async (values: { code?: string; recoveryCode?: string }) => {
    setFailure(null);
    const input = mode === "code" ? { code: values.code?.trim() } : { recoveryCode: values.recoveryCode?.trim() };
    try {
      const { data } = await verify({ variables: { input } });
      if (data) await onSuccess(data.loginSecondFactor);
    } catch (e) {
      if (errorCode(e) === "MFA_LOGIN_EXPIRED") return onRestart(errorMessage(e));
      setFailure(errorMessage(e));
      form.resetFields();
    }
  };

  const switchMode = () => {
    setFailure(null);
    form.resetFields();
    setMode(mode === "code" ? "recovery" : "code");
  };

  return (
    <div>
      <Space align="start" style={{ marginBottom: 16 }}>
        <SafetyCertificateOutlined style={{ fontSize: 20, marginTop: 2 }} />
        <Typography.Text>
          {mode === "code"
            ? `账号 ${username} 已启用两步验证。请打开手机上的验证器应用，输入当前显示的 6 位数字。`
            : "手机不在身边时，可输入一个尚未使用过的恢复码（形如 abcde-fghjk），每个恢复码只能使用一次。"}
        </Typography.Text>
      </Space>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={loading}>
        {mode === "code" ? (
          <Form.Item label="验证码" name="code" rules={SIX_DIGITS}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus placeholder="6 位数字" style={{ letterSpacing: 4 }} />
          </Form.Item>
        ) : (
          <Form.Item
            label="恢复码"
            name="recoveryCode"
            rules={[
              { required: true, message: "请输入恢复码" },
              { pattern: /^\s*[0-9a-zA-Z]{5}[\s-]?[0-9a-zA-Z]{5}\s*$/, message: "恢复码为 10 位字母和数字，形如 abcde-fghjk" },
            ]}
          >
            <Input autoComplete="off" autoFocus placeholder="例如 abcde-fghjk" maxLength={12} />
          </Form.Item>
        )}
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" block loading={loading}>
            验证并登录
          </Button>
        </Form.Item>
      </Form>
      <Space style={{ width: "100%", justifyContent: "space-between" }}>
        <Button type="link" style={{ paddingInline: 0 }} onClick={() => onRestart()}>
          返回重新输入密码
        </Button>
        <Button type="link" style={{ paddingInline: 0 }} onClick={switchMode}>
          {mode === "code" ? "使用恢复码" : "使用验证器验证码"}
        </Button>
      </Space>
    </div>
  );
}
