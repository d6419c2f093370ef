import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Col, Divider, Drawer, Empty, Form, Image, Input, Popconfirm, Row, Select, Space, Spin, Typography, Upload } from "antd";
import { DeleteOutlined, UploadOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { PHOTO_STORY_IMAGE_MAX_BYTES, PHOTO_STORY_MAX_IMAGES } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { applyServerErrors } from "../../../app/form-errors";
import { readFileAsBase64 } from "../../organisation/components/file-transfer";
import { MeetingPickerQuery } from "../graphql/speeches.graphql";
import {
  AddPhotoStoryImageMutation,
  AdminPhotoStoryQuery,
  CreatePhotoStoryMutation,
  DeletePhotoStoryImageMutation,
  SetPhotoStoryPublishedMutation,
  UpdatePhotoStoryMutation,
} from "../graphql/stories.graphql";
import { StoryStatusTag } from "./labels";

interface Values {
  title: string;
  body: string;
  meetingId?: string | null;
}

function MeetingSelect({ id, value, onChange, initial }: { id?: string; value?: string | null; onChange?: (v: string | null) => void; initial?: { id: string; title: string } | null }) {
  const [search, setSearch] = useState("");
  const { data, loading } = useQuery(MeetingPickerQuery, { variables: { search: search || null }, fetchPolicy: "cache-first" });
  const items = data?.meetings.items ?? [];
  const options = [...(initial && !items.some((m) => m.id === initial.id) ? [{ value: initial.id, label: initial.title }] : []), ...items.map((m) => ({ value: m.id, label: `${m.title}（${dayjs(m.startsAt).format("YYYY-MM-DD")}）` }))];
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: (v) => setSearch(v.trim()) }}
      placeholder="选填：所报道的会议活动，输入名称查找"
      notFoundContent={loading ? <Spin size="small" /> : "没有找到会议活动"}
      options={options}
    />
  );
}

/** 履职风采 editor: title, text, the activity it reports on, and its pictures (first = cover); publish needs one picture. */
export function PhotoStoryDrawer({ storyId, open, onClose, onChanged }: { storyId: string | null; open: boolean; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [id, setId] = useState<string | null>(storyId);
  const [caption, setCaption] = useState("");
  const [uploading, setUploading] = useState(false);
  useEffect(() => setId(storyId), [storyId, open]);
  const { data, loading } = useQuery(AdminPhotoStoryQuery, { variables: { id: id ?? "" }, skip: !open || !id, fetchPolicy: "network-only" });
  const s = data?.photoStory;
  const [create, c] = useMutation(CreatePhotoStoryMutation);
  const [update, u] = useMutation(UpdatePhotoStoryMutation);
  const [setPublished, p] = useMutation(SetPhotoStoryPublishedMutation);
  const [addImage] = useMutation(AddPhotoStoryImageMutation);
  const [deleteImage] = useMutation(DeletePhotoStoryImageMutation);

  useEffect(() => {
    if (!open) return;
    if (!storyId) form.resetFields();
  }, [open, storyId, form]);
  useEffect(() => {
    if (s) form.setFieldsValue({ title: s.title, body: s.body, meetingId: s.meeting?.id ?? null });
  }, [s, form]);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return null;
    const input = { title: v.title.trim(), body: v.body, meetingId: v.meetingId ?? null };
    try {
      if (id) {
        await update({ variables: { id, input } });
        message.success("已保存");
        onChanged();
        return id;
      }
      const r = await create({ variables: { input } });
      setId(r.data!.createPhotoStory.id);
      message.success("已保存为草稿，请上传图片");
      onChanged();
      return r.data!.createPhotoStory.id;
    } catch (e) {
      message.error(applyServerErrors(form, e));
      return null;
    }
  };
  const upload = async (file: File) => {
    if (!id) return false;
    const problem = !/^image\/(png|jpeg|gif|webp)$/.test(file.type) ? "只能上传 PNG、JPEG、GIF 或 WebP 图片" : file.size > PHOTO_STORY_IMAGE_MAX_BYTES ? "图片过大（每张最大 2 MB）" : null;
    if (problem) {
      message.error(problem);
      return false;
    }
    setUploading(true);
    try {
      const fileBase64 = await readFileAsBase64(file, () => undefined);
      await addImage({ variables: { storyId: id, fileBase64, caption: caption.trim() || null } });
      setCaption("");
      message.success(`已上传：${file.name}`);
      onChanged();
    } catch (e) {
      message.error(e instanceof Error && !("errors" in e) ? e.message : errorMessage(e));
    } finally {
      setUploading(false);
    }
    return false;
  };
  const togglePublish = async () => {
    if (!s) return;
    try {
      await setPublished({ variables: { id: s.id, published: s.status !== "PUBLISHED" } });
      message.success(s.status === "PUBLISHED" ? "已撤回为草稿，委员端不再显示" : "已发布，委员端“履职风采”可见");
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer
      title={id ? "编辑履职风采" : "新建履职风采"}
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
      extra={s && <StoryStatusTag status={s.status} />}
      footer={
        <Space style={{ float: "right" }}>
          <Button onClick={onClose}>关闭</Button>
          <Button loading={c.loading || u.loading} onClick={() => void save()}>
            {id ? "保存" : "保存草稿"}
          </Button>
          {s && (
            <Button type="primary" danger={s.status === "PUBLISHED"} loading={p.loading} onClick={() => void togglePublish()}>
              {s.status === "PUBLISHED" ? "撤回" : "发布"}
            </Button>
          )}
        </Space>
      }
    >
      <Spin spinning={!!id && loading && !s}>
        <Form form={form} layout="vertical">
          <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: "请输入标题" }, { max: 100, message: "标题最多 100 个字符" }]}>
            <Input placeholder="如：市政协委员赴云冈区开展生态环境保护视察" />
          </Form.Item>
          <Form.Item label="所报道的会议活动" name="meetingId">
            <MeetingSelect initial={s?.meeting ?? null} />
          </Form.Item>
          <Form.Item label="正文" name="body" rules={[{ required: true, whitespace: true, message: "请输入正文" }, { max: 20000, message: "正文最多 20000 个字符" }]}>
            <Input.TextArea rows={8} placeholder="活动经过、委员的意见建议等" />
          </Form.Item>
        </Form>
        <Divider titlePlacement="start">图片（第一张为封面）</Divider>
        {!id ? (
          <Alert type="info" showIcon title="先保存草稿，再上传图片。" />
        ) : (
          <>
            <Space style={{ marginBottom: 12 }} wrap>
              <Input value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={100} placeholder="图片说明（选填，随下一张图片保存）" aria-label="图片说明" style={{ width: 320 }} />
              <Upload accept="image/png,image/jpeg,image/gif,image/webp" showUploadList={false} beforeUpload={upload} disabled={(s?.images.length ?? 0) >= PHOTO_STORY_MAX_IMAGES}>
                <Button icon={<UploadOutlined />} loading={uploading}>
                  上传图片
                </Button>
              </Upload>
              <Typography.Text type="secondary">PNG、JPEG、GIF、WebP，每张不超过 2 MB，最多 {PHOTO_STORY_MAX_IMAGES} 张</Typography.Text>
            </Space>
            {s && s.images.length === 0 && <Empty description="还没有图片；发布前至少上传一张" />}
            <Image.PreviewGroup>
              <Row gutter={[12, 12]}>
                {s?.images.map((img, i) => (
                  <Col span={8} key={img.id}>
                    <Card
                      size="small"
                      cover={<Image src={img.url} alt={img.caption ?? `图片 ${i + 1}`} height={140} style={{ objectFit: "cover" }} />}
                      actions={[
                        <Popconfirm key="del" title="删除这张图片？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={async () => {
                          try {
                            await deleteImage({ variables: { id: img.id } });
                            message.success("已删除图片");
                            onChanged();
                          } catch (e) {
                            message.error(errorMessage(e));
                          }
                        }}>
                          <Button type="text" size="small" danger icon={<DeleteOutlined />}>删除</Button>
                        </Popconfirm>,
                      ]}
                    >
                      <Typography.Text type="secondary" ellipsis>
                        {i === 0 ? "【封面】" : ""}
                        {img.caption || "（无说明）"}
                      </Typography.Text>
                    </Card>
                  </Col>
                ))}
              </Row>
            </Image.PreviewGroup>
          </>
        )}
      </Spin>
    </Drawer>
  );
}
