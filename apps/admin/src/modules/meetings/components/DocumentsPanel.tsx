import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Button, Empty, Form, Input, List, Modal, Popconfirm, Space, Typography, Upload } from "antd";
import { DeleteOutlined, DownloadOutlined, FileTextOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { MEETING_DOCUMENT_MAX_BYTES } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import type { AdminMeetingDetailQuery } from "../../../gql/graphql";
import { AddDocumentMutation, DeleteDocumentMutation } from "../graphql/meetings.graphql";

type Doc = AdminMeetingDetailQuery["meeting"]["documents"][number];
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.ofd,.wps,.png,.jpg,.jpeg,.gif,.webp";
const size = (n: number | null | undefined) => (n == null ? "" : n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** Sends one attachment to the meeting's upload route (raw body; title and name URL-encoded in headers). */
async function uploadDocument(meetingId: string, file: File, title: string) {
  const res = await fetch(`/files/meetings/${encodeURIComponent(meetingId)}/documents`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/octet-stream", "X-File-Name": encodeURIComponent(file.name), "X-Document-Title": encodeURIComponent(title) },
    body: file,
  });
  if (res.ok) return;
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  throw new Error(body?.message || (res.status === 413 ? "文件过大（最大 10 MB）" : `上传失败（HTTP ${res.status}）`));
}

/** 会议文件: attachments (PDF, Office, OFD, WPS, images) and text documents; invited members read them in the portal. */
export function DocumentsPanel({ meetingId, documents, canManage, onChanged }: { meetingId: string; documents: Doc[]; canManage: boolean; onChanged: () => void }) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [writing, setWriting] = useState(false);
  const [reading, setReading] = useState<Doc | null>(null);
  const [form] = Form.useForm<{ title: string; body: string }>();
  const [add, a] = useMutation(AddDocumentMutation);
  const [remove] = useMutation(DeleteDocumentMutation);

  const beforeUpload = async (file: File) => {
    const problem = file.size === 0 ? "文件是空的" : file.size > MEETING_DOCUMENT_MAX_BYTES ? "文件过大（最大 10 MB）" : null;
    if (problem) {
      message.error(problem);
      return false;
    }
    setUploading(true);
    try {
      await uploadDocument(meetingId, file, file.name.replace(/\.[^.]+$/, "").slice(0, 100) || "会议文件");
      message.success(`已上传：${file.name}`);
      onChanged();
    } catch (e) {
      message.error(e instanceof TypeError ? "网络连接失败，请检查网络后重试" : (e as Error).message);
    } finally {
      setUploading(false);
    }
    return false;
  };
  const saveText = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await add({ variables: { meetingId, input: { title: v.title.trim(), body: v.body } } });
      message.success("已添加会议文件");
      setWriting(false);
      form.resetFields();
      onChanged();
    } catch (e) {
      message.error(applyServerErrors(form, e));
    }
  };
  const del = async (d: Doc) => {
    try {
      await remove({ variables: { id: d.id } });
      message.success("已删除");
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      {canManage && (
        <Space style={{ marginBottom: 12 }}>
          <Upload accept={ACCEPT} showUploadList={false} beforeUpload={beforeUpload} multiple>
            <Button icon={<UploadOutlined />} loading={uploading}>
              上传附件
            </Button>
          </Upload>
          <Button icon={<PlusOutlined />} onClick={() => setWriting(true)}>
            添加文字文件
          </Button>
          <Typography.Text type="secondary">支持 PDF、Word、Excel、PowerPoint、OFD、WPS 和图片，每个不超过 10 MB；受邀委员可在委员端查看。</Typography.Text>
        </Space>
      )}
      {documents.length === 0 ? (
        <Empty description="暂无会议文件" />
      ) : (
        <List
          bordered
          dataSource={documents}
          renderItem={(d) => (
            <List.Item
              actions={[
                d.url ? (
                  <a key="dl" href={d.url} download={d.fileName ?? undefined} aria-label={`下载 ${d.title}`}>
                    <DownloadOutlined /> 下载
                  </a>
                ) : (
                  <a key="read" onClick={() => setReading(d)}>
                    查看
                  </a>
                ),
                ...(canManage
                  ? [
                      <Popconfirm key="del" title={`删除“${d.title}”？`} description="删除后委员端不再显示。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => del(d)}>
                        <Button type="link" danger size="small" icon={<DeleteOutlined />}>
                          删除
                        </Button>
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <List.Item.Meta
                avatar={d.url ? <PaperClipOutlined /> : <FileTextOutlined />}
                title={d.title}
                description={`${d.fileName ? `${d.fileName} · ${size(d.size)}` : "文字文件"} · ${dayjs(d.createdAt).format("YYYY-MM-DD HH:mm")}`}
              />
            </List.Item>
          )}
        />
      )}
      <Modal title="添加文字会议文件" open={writing} onCancel={() => setWriting(false)} onOk={() => void saveText()} okText="保存" cancelText="取消" okButtonProps={{ loading: a.loading }} width={720} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item label="文件标题" name="title" rules={[{ required: true, whitespace: true, message: "请输入文件标题" }, { max: 100, message: "文件标题最多 100 个字符" }]}>
            <Input placeholder="如：会议须知" />
          </Form.Item>
          <Form.Item label="文件内容" name="body" rules={[{ required: true, whitespace: true, message: "请输入文件内容" }]}>
            <Input.TextArea rows={12} maxLength={50000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title={reading?.title} open={!!reading} onCancel={() => setReading(null)} footer={null} width={720}>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{reading?.body}</Typography.Paragraph>
      </Modal>
    </>
  );
}
