import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, Button, Form, Input } from "antd";
import { loginInput } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { validateWithSchema } from "../../../app/form-errors";
import { ViewerQuery } from "../../../app/viewer";
import { AuthCard } from "../components/AuthCard";
import { LoginMutation } from "../graphql/auth.graphql";
import { SecondFactorForm } from "../../account-security/components/SecondFactorForm";
import type { ViewerFieldsFragment } from "../../../gql/graphql";

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  /** Set after a right password for an account with 两步验证: the second step is shown. */
  const [secondFactorFor, setSecondFactorFor] = useState<string | null>(null);

  const enter = async (result: { mustChangePassword: boolean; mustEnrolTotp: boolean; viewer?: ViewerFieldsFragment | null }) => {
    // A new session: nothing cached for a previous user may survive; the viewer is known already.
    await client.clearStore();
    client.writeQuery({ query: ViewerQuery, data: { me: result.viewer ?? null } });
    if (result.mustChangePassword) {
      await navigate("/change-password", { replace: true });
    } else if (result.mustEnrolTotp) {
      await navigate("/enrol-totp", { replace: true });
    } else {
      const from = (location.state as { from?: string } | null)?.from;
      await navigate(from && from !== "/login" ? from : "/", { replace: true });
    }
  };

  const onFinish = async (values: LoginForm) => {
    setFailure(null);
    const input = validateWithSchema(form, loginInput, values);
    if (!input) return;
    try {
      const { data } = await login({ variables: { input } });
      if (!data) return;
      if (data.login.secondFactorRequired) {
        setSecondFactorFor(input.username);
        return;
      }
      await enter(data.login);
    } catch (e) {
      setFailure(errorMessage(e));
      form.setFieldValue("password", "");
    }
  };

  if (secondFactorFor) {
    return (
      <AuthCard title="两步验证">
        <SecondFactorForm
          username={secondFactorFor}
          onSuccess={enter}
          onRestart={(reason) => {
            setSecondFactorFor(null);
            setFailure(reason ?? null);
            form.setFieldValue("password", "");
          }}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title="登录">
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={loading}>
        <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder="请输入用户名" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="请输入密码" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={loading}>
            登录
          </Button>
        </Form.Item>
      </Form>
    </AuthCard>
  );
}
