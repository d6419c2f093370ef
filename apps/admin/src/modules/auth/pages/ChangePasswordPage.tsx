import { useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Button, Form, Input, Space } from "antd";
import { passwordProblem } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import { FullPageSpin } from "../../../app/guards";
import { useViewer } from "../../../app/viewer";
import { AuthCard } from "../components/AuthCard";
import { PasswordRule } from "../components/PasswordRule";
import { ChangePasswordMutation } from "../graphql/auth.graphql";
import { useLogout } from "../hooks/use-logout";

interface ChangePasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Forced after a bootstrap or reset password (the server refuses everything else until then). */
export function ChangePasswordPage() {
  const [form] = Form.useForm<ChangePasswordForm>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { viewer, loading, error, refetch } = useViewer();
  const { logout, loading: loggingOut } = useLogout();
  const [changePassword, { loading: saving }] = useMutation(ChangePasswordMutation);
  const [failure, setFailure] = useState<string | null>(null);

  if (loading) return <FullPageSpin />;
  if (!viewer && !error) return <Navigate to="/login" replace />;
  const forced = !!viewer?.mustChangePassword;

  const onFinish = async ({ currentPassword, newPassword }: ChangePasswordForm) => {
    setFailure(null);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      message.success("密码已修改");
      await refetch();
      await navigate("/", { replace: true });
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <AuthCard title="修改密码">
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="首次登录或密码被重置后，须先修改密码才能继续使用。"
          style={{ marginBottom: 16 }}
        />
      )}
      <PasswordRule />
      {(failure || error) && <Alert type="error" showIcon title={failure ?? errorMessage(error)} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={saving}>
        <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: "请输入当前密码" }]}>
          <Input.Password autoComplete="current-password" placeholder="请输入当前密码" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          rules={[
            { required: true, message: "请输入新密码" },
            {
              validator: async (_, value?: string) => {
                if (!value) return;
                const problem = passwordProblem(value);
                if (problem) throw new Error(problem);
                if (viewer && value.toLowerCase().includes(viewer.username.toLowerCase())) throw new Error("密码不能包含用户名");
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" placeholder="请输入新密码" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: async (_, value?: string) => {
                if (value && value !== getFieldValue("newPassword")) throw new Error("两次输入的新密码不一致");
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" placeholder="请再次输入新密码" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Space style={{ width: "100%", justifyContent: "space-between" }}>
            {forced ? (
              <Button onClick={logout} loading={loggingOut}>
                退出登录
              </Button>
            ) : (
              <Button onClick={() => navigate("/")}>返回</Button>
            )}
            <Button type="primary" htmlType="submit" loading={saving}>
              确认修改
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </AuthCard>
  );
}
