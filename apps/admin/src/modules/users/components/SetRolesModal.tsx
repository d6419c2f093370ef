import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Modal, Select } from "antd";
import { createUserInput, type Role } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema, zodRule } from "../../../app/form-errors";
import type { UserRowFragment } from "../../../gql/graphql";
import { SetUserRolesMutation } from "../graphql/users.graphql";
import { ROLE_OPTIONS } from "../../../app/components/RoleTags";

const rolesOnly = createUserInput.pick({ roles: true });

export function SetRolesModal({ user, onClose }: { user: UserRowFragment | null; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: Role[] }>();
  const { message } = App.useApp();
  const [setRoles, { loading }] = useMutation(SetUserRolesMutation);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (user) {
      setFailure(null);
      form.setFieldsValue({ roles: [...user.roles] });
    }
  }, [user, form]);

  const submit = async () => {
    if (!user) return;
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const input = validateWithSchema(form, rolesOnly, form.getFieldsValue());
    if (!input) return;
    try {
      // The answer carries the row's new roles; Apollo updates the table row by its id.
      await setRoles({ variables: { userId: user.id, roles: input.roles } });
      message.success(`已更新 ${user.displayName} 的角色`);
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal
      title={user ? `设置角色：${user.displayName}（${user.username}）` : "设置角色"}
      open={!!user}
      okText="保存"
      cancelText="取消"
      confirmLoading={loading}
      onOk={submit}
      onCancel={onClose}
      forceRender
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical">
        <Form.Item label="角色" name="roles" required rules={[zodRule(rolesOnly.shape.roles)]} extra="系统管理员、安全管理员、审计管理员须由不同账号担任，且不得兼任其他角色">
          <Select mode="multiple" options={ROLE_OPTIONS} placeholder="请选择角色" optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
