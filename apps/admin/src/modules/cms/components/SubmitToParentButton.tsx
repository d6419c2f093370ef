import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Button, Input, Modal, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { CmsOutgoingSubmissionsQuery, SubmitCmsArticleToParentMutation } from "../graphql/publishing.graphql";

/** 呈送上级: a county committee sends one of its published articles to the city site, where editors accept or reject it. */
export function SubmitToParentButton({ articleId, title }: { articleId: string; title: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [submit, { loading }] = useMutation(SubmitCmsArticleToParentMutation, { refetchQueries: [CmsOutgoingSubmissionsQuery] });
  return (
    <>
      <Button onClick={() => setOpen(true)}>呈送上级</Button>
      <Modal
        title={`呈送上级：${title}`}
        open={open}
        okText="呈送"
        cancelText="取消"
        confirmLoading={loading}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          try {
            await submit({ variables: { articleId, note: note.trim() || null } });
            message.success("已呈送市政协网站，处理结果见“呈送审核”");
            setOpen(false);
            setNote("");
          } catch (e) {
            message.error(errorMessage(e));
          }
        }}
      >
        <Typography.Paragraph type="secondary">文章将送至市政协网站，由市政协网站编辑决定是否采用。</Typography.Paragraph>
        <Input.TextArea aria-label="呈送说明" value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={200} showCount placeholder="呈送说明，可不填" />
      </Modal>
    </>
  );
}
