import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, Modal } from "antd";
import { passwordProblem } from "@zhzx/shared";
import { applyServerErrors } from "../../../app/form-errors";
import type { UserRowFragment } from "../../../gql/graphql";
import { PASSWORD_RULE_TEXT } from "../../auth/components/PasswordRule";
import { ResetUserPasswordMutation } from "../graphql/users.graphql";

interface ResetForm {
  newPassword: string;
  confirmPassword: string;
}

export function ResetPasswordModal({ user, onClose }: { user: UserRowFragment | null; onClose: () => void }) {
  const [form] = Form.useForm<ResetForm>();
  const { message } = App.useApp();
  const [reset, { loading }] = useMutation(ResetUserPasswordMutation);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (user) {
      setFailure(null);
      form.resetFields();
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    setFailure(null);
    let values: ResetForm;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await reset({ variables: { userId: user.id, newPassword: values.newPassword } });
      message.success(`已重置 ${user.displayName} 的密码，其下次登录须修改密码`);
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal
      title={user ? `重置密码：${user.displayName}（${user.username}）` : "重置密码"}
      open={!!user}
      okText="重置"
      cancelText="取消"
      confirmLoading={loading}
      onOk={submit}
      onCancel={onClose}
      forceRender
    >
      <Alert type="warning" showIcon title="重置后该用户的所有登录会话立即失效，下次登录须修改密码。" style={{ marginBottom: 16 }} />
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical">
        <Form.Item
          label="新密码"
          name="newPassword"
          extra={PASSWORD_RULE_TEXT}
          rules={[
            { required: true, message: "请输入新密码" },
            {
              validator: async (_, value?: string) => {
                const problem = value ? passwordProblem(value) : null;
                if (problem) throw new Error(problem);
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
      </Form>
    </Modal>
  );
}
