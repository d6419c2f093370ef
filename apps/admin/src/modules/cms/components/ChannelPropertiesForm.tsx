import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Divider, Form, Input, InputNumber, Select, Space, Switch, Typography } from "antd";
import { applyServerErrors } from "../../../app/form-errors";
import { CmsDepartmentsQuery, UpdateCmsChannelMutation } from "../graphql/channels.graphql";
import type { Channel } from "../hooks/use-channels";
import { channelToForm, fieldDefsInput, type ChannelFormValues } from "./channel-form-values";
import { ChannelMultiSelect } from "./ChannelTreeSelect";
import { SORT_RULE_LABELS, TEMPLATE_LABELS } from "./cms-labels";
import { FieldDefsEditor } from "./FieldDefsEditor";

export const TEMPLATE_OPTIONS = Object.entries(TEMPLATE_LABELS).map(([value, label]) => ({ value, label }));
export const SORT_RULE_OPTIONS = Object.entries(SORT_RULE_LABELS).map(([value, label]) => ({ value, label }));

/** 栏目属性: everything but the position in the tree (that is the tree's drag and drop). */
export function ChannelPropertiesForm({ channel, channels }: { channel: Channel; channels: readonly Channel[] }) {
  const [form] = Form.useForm<ChannelFormValues>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateCmsChannelMutation);
  const { data: deps } = useQuery(CmsDepartmentsQuery);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(channelToForm(channel));
    setFailure(null);
  }, [channel, form]);

  const save = async () => {
    setFailure(null);
    let v: ChannelFormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    try {
      await update({
        variables: {
          id: channel.id,
          input: {
            name: v.name.trim(),
            slug: v.slug.trim(),
            template: v.template,
            listSize: v.listSize,
            visible: v.visible,
            sortRule: v.sortRule,
            description: v.description ?? "",
            departmentId: v.departmentId ?? null,
            updateDays: v.updateDays ?? null,
            fieldDefs: fieldDefsInput(v.fieldDefs),
            ...(channel.kind === "VIRTUAL" ? { sourceChannelIds: v.sourceChannelIds ?? [] } : {}),
          },
        },
      });
      message.success(`已保存栏目“${v.name.trim()}”的属性`);
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={save} disabled={loading} aria-label="栏目属性">
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Space wrap size={16} align="start">
        <Form.Item label="栏目名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入栏目名称" }, { max: 40, message: "栏目名称最多 40 个字符" }]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          label="目录名"
          name="slug"
          extra="用于公开网址，如 news"
          rules={[{ required: true, message: "请输入目录名" }, { pattern: /^[a-z0-9][a-z0-9-]{0,39}$/, message: "小写字母、数字或连字符，最多 40 个字符" }]}
        >
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="模板" name="template">
          <Select options={TEMPLATE_OPTIONS} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="每页条数" name="listSize" rules={[{ required: true, message: "请输入每页条数" }]}>
          <InputNumber min={1} max={200} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item label="排序规则" name="sortRule">
          <Select options={SORT_RULE_OPTIONS} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label="在导航中显示" name="visible" valuePropName="checked">
          <Switch checkedChildren="显示" unCheckedChildren="隐藏" />
        </Form.Item>
      </Space>
      <Space wrap size={16} align="start">
        <Form.Item label="维护部门" name="departmentId">
          <Select
            allowClear
            placeholder="未指定"
            style={{ width: 200 }}
            options={(deps?.cmsDepartments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            notFoundContent="尚未建立部门"
          />
        </Form.Item>
        <Form.Item label="更新周期（天）" name="updateDays" extra="超过周期未发布即列为未及时更新；留空表示不要求">
          <InputNumber min={1} max={3650} placeholder="不要求" style={{ width: 140 }} />
        </Form.Item>
      </Space>
      {channel.kind === "VIRTUAL" && (
        <Form.Item label="聚合来源栏目" name="sourceChannelIds" extra="虚拟栏目不直接存放文章，列出所选栏目的文章">
          <ChannelMultiSelect channels={channels} excludeIds={[channel.id]} excludeVirtual aria-label="聚合来源栏目" />
        </Form.Item>
      )}
      <Form.Item label="栏目说明" name="description">
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <Divider titlePlacement="start" plain>
        自定义字段
      </Divider>
      <Typography.Paragraph type="secondary">本栏目的文章在编辑时填写这些字段，如领导信息的职务、分管工作。</Typography.Paragraph>
      <FieldDefsEditor />
      <Divider />
      <Button type="primary" htmlType="submit" loading={loading}>
        保存属性
      </Button>
    </Form>
  );
}
