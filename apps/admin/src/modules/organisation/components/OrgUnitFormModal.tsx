import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row } from "antd";
import { ORG_UNIT_KIND_LABELS, orgUnitInput, type OrgUnitKind } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema, zodRule } from "../../../app/form-errors";
import type { OrgUnitRowFragment } from "../../../gql/graphql";
import { CreateOrgUnitMutation, UpdateOrgUnitMutation } from "../graphql/org-units.graphql";
import { AccountPicker } from "./AccountPicker";

const shape = orgUnitInput.shape;

interface UnitForm {
  name: string;
  shortName?: string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  sortOrder?: number | null;
  username?: string | null;
}

export interface OrgUnitTarget {
  kind: OrgUnitKind;
  unit?: OrgUnitRowFragment;
}

export function OrgUnitFormModal({ target, onClose, onSaved }: { target: OrgUnitTarget | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<UnitForm>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateOrgUnitMutation);
  const [update, { loading: updating }] = useMutation(UpdateOrgUnitMutation);
  const label = target ? ORG_UNIT_KIND_LABELS[target.kind] : "";
  const unit = target?.unit;

  useEffect(() => {
    if (!target) return;
    setFailure(null);
    form.resetFields();
    const u = target.unit;
    if (u) form.setFieldsValue({ name: u.name, shortName: u.shortName, contactPerson: u.contactPerson, contactPhone: u.contactPhone, address: u.address, sortOrder: u.sortOrder, username: u.username });
  }, [target, form]);

  const submit = async () => {
    if (!target) return;
    setFailure(null);
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const input = validateWithSchema(form, orgUnitInput, form.getFieldsValue());
    if (!input) return;
    try {
      if (unit) await update({ variables: { kind: target.kind, id: unit.id, input } });
      else await create({ variables: { kind: target.kind, input } });
      message.success(`已保存${label}“${input.name}”`);
      onSaved();
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal
      title={unit ? `编辑${label}：${unit.name}` : `新增${label}`}
      open={!!target}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating || updating}
      onOk={submit}
      onCancel={onClose}
      width={640}
      forceRender
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form name="orgUnitForm" form={form} layout="vertical" initialValues={{ sortOrder: 0 }}>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item label="单位名称" name="name" required rules={[zodRule(shape.name)]}>
              <Input placeholder="请输入单位全称" maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="简称" name="shortName" rules={[zodRule(shape.shortName)]}>
              <Input placeholder="选填" maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="联系人" name="contactPerson" rules={[zodRule(shape.contactPerson)]}>
              <Input placeholder="选填" maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="联系电话" name="contactPhone" rules={[zodRule(shape.contactPhone)]}>
              <Input placeholder="如 0352-2020000" maxLength={20} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="排序" name="sortOrder">
              <InputNumber min={0} max={100000} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="地址" name="address" rules={[zodRule(shape.address)]}>
              <Input placeholder="选填" maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              label="关联账号"
              name="username"
              extra={`填写本委员会中具有“${label}”角色的账号用户名；清空则解除关联。`}
            >
              <AccountPicker role={target?.kind ?? "HANDLING_UNIT"} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
