import { Col, Form, Input, Row, Select, Typography } from "antd";
import type { Channel } from "../hooks/use-channels";
import { ChannelTreeSelect } from "./ChannelTreeSelect";
import { CustomFieldsInputs } from "./CustomFieldsInputs";
import { RichTextField } from "./rich-text/RichTextField";

export interface ArticleFormValues {
  channelId?: string;
  title: string;
  subtitle?: string;
  author?: string;
  source?: string;
  summary?: string;
  keywords?: string[];
  body?: string;
  customFields?: Record<string, unknown>;
  note?: string;
}

/** The article's content fields; the enclosing Form owns the values. */
export function ArticleFields({
  channels,
  channel,
  editable,
  isNew,
  onUploadImage,
}: {
  channels: readonly Channel[];
  channel: Channel | undefined;
  editable: boolean;
  isNew: boolean;
  onUploadImage?: (file: File) => Promise<{ url: string; alt: string }>;
}) {
  return (
    <>
      <Form.Item label="栏目" name="channelId" rules={[{ required: true, message: "请选择栏目" }]} extra={isNew ? undefined : "改选栏目即把文章移到该栏目（须有该栏目的编辑权限）"}>
        <ChannelTreeSelect channels={channels} right="EDIT" excludeVirtual aria-label="栏目" style={{ width: 300 }} />
      </Form.Item>
      <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: "请输入标题" }, { max: 200, message: "标题最多 200 个字符" }]}>
        <Input placeholder="请输入标题" maxLength={200} showCount />
      </Form.Item>
      <Form.Item label="副标题" name="subtitle" rules={[{ max: 200, message: "副标题最多 200 个字符" }]}>
        <Input placeholder="可不填" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item label="作者" name="author" rules={[{ max: 60, message: "作者最多 60 个字符" }]}>
            <Input placeholder="可不填" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label="来源" name="source" rules={[{ max: 60, message: "来源最多 60 个字符" }]}>
            <Input placeholder="如 大同市政协办公室" />
          </Form.Item>
        </Col>
      </Row>
      {channel && channel.fieldDefs.length > 0 && (
        <div style={{ background: "#fafafa", padding: "12px 16px 0", borderRadius: 6, marginBottom: 16 }}>
          <Typography.Text strong>“{channel.name}”栏目字段</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <CustomFieldsInputs defs={channel.fieldDefs} />
          </div>
        </div>
      )}
      <Form.Item label="正文" name="body" required rules={[{ validator: async (_, v?: string) => { if (!v || !v.replace(/<[^>]*>/g, "").trim() && !/<img/i.test(v)) throw new Error("请输入正文"); } }]}>
        <RichTextField readOnly={!editable} onUploadImage={onUploadImage} />
      </Form.Item>
      <Form.Item label="摘要" name="summary" extra="留空则由系统根据正文自动生成；修改正文而不改摘要时，系统会重新生成。" rules={[{ max: 500, message: "摘要最多 500 个字符" }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="留空自动生成" />
      </Form.Item>
      <Form.Item
        label="关键词"
        name="keywords"
        extra="留空则由系统对标题和正文做中文分词后自动提取；最多 10 个"
        rules={[{ type: "array", max: 10, message: "关键词最多 10 个" }]}
      >
        <Select mode="tags" tokenSeparators={[",", "，", "、", " "]} placeholder="输入后按回车，留空自动提取" open={false} suffixIcon={null} />
      </Form.Item>
      {!isNew && editable && (
        <Form.Item label="修改说明" name="note" extra="记入版本记录，可不填" rules={[{ max: 200, message: "修改说明最多 200 个字符" }]}>
          <Input placeholder="如 更正会议时间" />
        </Form.Item>
      )}
    </>
  );
}
