import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, Modal, Select } from "antd";
import { createUserInput, type Role } from "@zhzx/shared";
import { errorCode } from "../../../app/errors";
import { applyServerErrors, validateWithSchema, zodRule } from "../../../app/form-errors";
import { PASSWORD_RULE_TEXT } from "../../auth/components/PasswordRule";
import { CreateUserMutation } from "../graphql/users.graphql";
import { ROLE_OPTIONS } from "../../../app/components/RoleTags";

const shape = createUserInput.shape;

interface CreateUserForm {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const [form] = Form.useForm<CreateUserForm>();
  const { message } = App.useApp();
  const [createUser, { loading }] = useMutation(CreateUserMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const input = validateWithSchema(form, createUserInput, form.getFieldsValue());
    if (!input) return;
    try {
      const { data } = await createUser({ variables: { input } });
      message.success(`已新建用户 ${data?.createUser.username ?? input.username}，首次登录须修改密码`);
      form.resetFields();
      onCreated();
      onClose();
    } catch (e) {
      const text = applyServerErrors(form, e);
      if (errorCode(e) === "CONFLICT") form.setFields([{ name: "username", errors: [text] }]);
      setFailure(text);
    }
  };

  return (
    <Modal
      title="新建用户"
      open={open}
      okText="创建"
      cancelText="取消"
      confirmLoading={loading}
      onOk={submit}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      forceRender
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={{ roles: [] }} onFinish={submit}>
        <Form.Item label="用户名" name="username" required rules={[zodRule(shape.username)]} extra="字母、数字、下划线、点或短横线，3–32 个字符">
          <Input autoComplete="off" placeholder="如 zhang.san" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" required rules={[zodRule(shape.displayName)]}>
          <Input autoComplete="off" placeholder="请输入姓名" />
        </Form.Item>
        <Form.Item label="初始密码" name="password" required rules={[zodRule(shape.password)]} extra={`${PASSWORD_RULE_TEXT}用户首次登录须修改。`}>
          <Input.Password autoComplete="new-password" placeholder="请输入初始密码" />
        </Form.Item>
        <Form.Item label="角色" name="roles" required rules={[zodRule(shape.roles)]} extra="系统管理员、安全管理员、审计管理员须由不同账号担任，且不得兼任其他角色">
          <Select mode="multiple" options={ROLE_OPTIONS} placeholder="请选择角色" optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
