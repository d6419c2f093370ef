import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, InputNumber, Modal, Radio, Select } from "antd";
import type { CmsChannelKind, CmsTemplate } from "../../../gql/graphql";
import { applyServerErrors } from "../../../app/form-errors";
import { CmsChannelsQuery, CreateCmsChannelMutation } from "../graphql/channels.graphql";
import type { Channel } from "../hooks/use-channels";
import { ChannelMultiSelect, ChannelTreeSelect } from "./ChannelTreeSelect";
import { TEMPLATE_OPTIONS } from "./ChannelPropertiesForm";

interface Values {
  parentId?: string;
  kind: CmsChannelKind;
  name: string;
  slug: string;
  template: CmsTemplate;
  listSize: number;
  sourceChannelIds?: string[];
}

/** 新建栏目: the essentials; the rest (sort rule, department, custom fields…) in the properties panel afterwards. */
export function CreateChannelModal({
  open,
  parentId,
  channels,
  onClose,
  onCreated,
}: {
  open: boolean;
  parentId: string | null;
  channels: readonly Channel[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateCmsChannelMutation, { refetchQueries: [CmsChannelsQuery], awaitRefetchQueries: true });
  const kind = Form.useWatch("kind", form);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ parentId: parentId ?? undefined });
      setFailure(null);
    }
  }, [open, parentId, form]);

  const submit = async () => {
    setFailure(null);
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            parentId: v.parentId ?? null,
            kind: v.kind,
            name: v.name.trim(),
            slug: v.slug.trim(),
            template: v.template,
            listSize: v.listSize,
            sourceChannelIds: v.kind === "VIRTUAL" ? (v.sourceChannelIds ?? []) : [],
          },
        },
      });
      message.success(`已新建栏目“${v.name.trim()}”`);
      if (data) onCreated(data.createCmsChannel.id);
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal title="新建栏目" open={open} okText="创建" cancelText="取消" confirmLoading={loading} onOk={submit} onCancel={onClose} forceRender>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={{ kind: "NORMAL", template: "list", listSize: 20 }}>
        <Form.Item label="上级栏目" name="parentId" extra="不选即为顶级栏目">
          <ChannelTreeSelect channels={channels} allowClear placeholder="顶级栏目" aria-label="上级栏目" />
        </Form.Item>
        <Form.Item label="栏目类型" name="kind">
          <Radio.Group
            options={[
              { value: "NORMAL", label: "普通栏目" },
              { value: "VIRTUAL", label: "虚拟栏目（聚合其他栏目）" },
            ]}
          />
        </Form.Item>
        <Form.Item label="栏目名称" name="name" rules={[{ required: true, whitespace: true, message: "请输入栏目名称" }, { max: 40, message: "栏目名称最多 40 个字符" }]}>
          <Input placeholder="如 政协要闻" />
        </Form.Item>
        <Form.Item
          label="目录名"
          name="slug"
          extra="用于公开网址，小写字母、数字或连字符"
          rules={[{ required: true, message: "请输入目录名" }, { pattern: /^[a-z0-9][a-z0-9-]{0,39}$/, message: "小写字母、数字或连字符，最多 40 个字符" }]}
        >
          <Input placeholder="如 news" />
        </Form.Item>
        <Form.Item label="模板" name="template">
          <Select options={TEMPLATE_OPTIONS} />
        </Form.Item>
        <Form.Item label="每页条数" name="listSize" rules={[{ required: true, message: "请输入每页条数" }]}>
          <InputNumber min={1} max={200} />
        </Form.Item>
        {kind === "VIRTUAL" && (
          <Form.Item label="聚合来源栏目" name="sourceChannelIds" rules={[{ required: true, type: "array", min: 1, message: "请选择至少一个来源栏目" }]}>
            <ChannelMultiSelect channels={channels} excludeVirtual aria-label="聚合来源栏目" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
