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

  const onFinish = async (values: LoginForm) => {
    setFailure(null);
    const input = validateWithSchema(form, loginInput, values);
    if (!input) return;
    try {
      const { data } = await login({ variables: { input } });
      if (!data) return;
      // A new session: nothing cached for a previous user may survive; the viewer is known already.
      await client.clearStore();
      client.writeQuery({ query: ViewerQuery, data: { me: data.login.viewer } });
      if (data.login.mustChangePassword) {
        await navigate("/change-password", { replace: true });
      } else {
        const from = (location.state as { from?: string } | null)?.from;
        await navigate(from && from !== "/login" ? from : "/", { replace: true });
      }
    } catch (e) {
      setFailure(errorMessage(e));
      form.setFieldValue("password", "");
    }
  };

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
