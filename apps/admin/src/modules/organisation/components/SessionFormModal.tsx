import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Switch } from "antd";
import { committeeSessionInput } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { CommitteeSessionRowFragment } from "../../../gql/graphql";
import { CommitteeSessionsQuery, CreateCommitteeSessionMutation, UpdateCommitteeSessionMutation } from "../graphql/sessions.graphql";

interface SessionForm {
  name: string;
  number: number | null;
  startYear: number | null;
  endYear: number | null;
  isCurrent: boolean;
}

/** `session`: edit it; `"new"`: create one; null: closed. */
export function SessionFormModal({ session, onClose }: { session: CommitteeSessionRowFragment | "new" | null; onClose: () => void }) {
  const [form] = Form.useForm<SessionForm>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const refetchQueries = [{ query: CommitteeSessionsQuery }];
  const [create, { loading: creating }] = useMutation(CreateCommitteeSessionMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateCommitteeSessionMutation, { refetchQueries });
  const editing = session && session !== "new" ? session : null;

  useEffect(() => {
    if (!session) return;
    setFailure(null);
    form.resetFields();
    if (editing) form.setFieldsValue({ name: editing.name, number: editing.number, startYear: editing.startYear, endYear: editing.endYear, isCurrent: editing.isCurrent });
  }, [session, editing, form]);

  const submit = async () => {
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const input = validateWithSchema(form, committeeSessionInput, form.getFieldsValue());
    if (!input) return;
    try {
      if (editing) await update({ variables: { id: editing.id, input } });
      else await create({ variables: { input } });
      message.success(editing ? `已保存 ${input.name}` : `已新增 ${input.name}`);
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal
      title={editing ? `编辑届次：${editing.name}` : "新增届次"}
      open={!!session}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating || updating}
      onOk={submit}
      onCancel={onClose}
      forceRender
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form name="sessionForm" form={form} layout="vertical" initialValues={{ isCurrent: false }}>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item label="届次名称" name="name" required rules={[{ required: true, whitespace: true, message: "请输入届次名称" }]}>
              <Input placeholder="如 第十五届" maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label="届次序号" name="number" required rules={[{ required: true, message: "请输入届次序号" }]}>
              <InputNumber min={1} max={99} precision={0} placeholder="如 15" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="开始年份" name="startYear" required rules={[{ required: true, message: "请输入开始年份" }]}>
              <InputNumber min={1949} max={2100} precision={0} placeholder="如 2022" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="结束年份" name="endYear" required rules={[{ required: true, message: "请输入结束年份" }]}>
              <InputNumber min={1949} max={2100} precision={0} placeholder="如 2026" style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="设为本届" name="isCurrent" valuePropName="checked" extra="每个委员会只有一个本届；设为本届后，原本届自动取消。">
          <Switch checkedChildren="本届" unCheckedChildren="否" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
