import { useEffect, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, Modal, Typography } from "antd";
import { opinionTextEditInput } from "@zhzx/shared";
import { applyServerErrors, validateWithSchema } from "../../../app/form-errors";
import type { OpinionDetailFieldsFragment } from "../../../gql/graphql";
import { EditOpinionTextMutation } from "../graphql/opinions.graphql";

interface Values {
  title: string;
  content: string;
  note?: string;
}

/** 采编修改: staff edit the title and text during review; the previous text stays as a version. */
export function EditTextModal({ opinion, open, onClose, onDone }: { opinion: OpinionDetailFieldsFragment; open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [edit, { loading }] = useMutation(EditOpinionTextMutation);

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ title: opinion.title, content: opinion.content, note: "" });
      setFailure(null);
    }
  }, [open, opinion, form]);

  const run = async () => {
    const v = validateWithSchema(form, opinionTextEditInput, { ...form.getFieldsValue(), version: opinion.version });
    if (!v) return;
    if (v.title === opinion.title && v.content === opinion.content) {
      setFailure("标题和正文都没有修改");
      return;
    }
    try {
      await edit({ variables: { id: opinion.id, input: { version: opinion.version, title: v.title, content: v.content, note: v.note } } });
      message.success("已保存修改，原文保留在版本记录中");
      onDone();
      onClose();
    } catch (e) {
      setFailure(applyServerErrors(form, e));
    }
  };

  return (
    <Modal title="采编修改" open={open} width={820} okText="保存修改" cancelText="取消" confirmLoading={loading} onOk={run} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">修改后生成新版本，报送原稿始终保留，可在“版本与修改”中对比差异。</Typography.Paragraph>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" aria-label="采编修改">
        <Form.Item name="title" label="标题" required>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="content" label="正文" required>
          <Input.TextArea autoSize={{ minRows: 10, maxRows: 20 }} maxLength={20000} />
        </Form.Item>
        <Form.Item name="note" label="修改说明">
          <Input maxLength={200} placeholder="选填，如：精简文字、调整结构" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
