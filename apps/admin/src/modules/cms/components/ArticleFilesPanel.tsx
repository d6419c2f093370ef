import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Empty, Image, List, Popconfirm, Select, Space, Tag, Typography, Upload } from "antd";
import { DeleteOutlined, PaperClipOutlined, PictureOutlined, UploadOutlined } from "@ant-design/icons";
import { CMS_ATTACHMENT_ACCEPT, CMS_IMAGE_ACCEPT } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { CmsArticleDetailFragment } from "../../../gql/graphql";
import { CmsArticleAssetsQuery, DeleteCmsAssetMutation, SetCmsArticleCoverMutation } from "../graphql/assets.graphql";
import { uploadAsset } from "./upload-asset";

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.ceil(n / 1024))} KB`);

/**
 * 封面与附件 of an article: the cover (one of its images, shown in channel lists), and the attachments
 * (PDF, Office, WPS, OFD, ZIP, images) listed under the article on the site. Only while the viewer may
 * change the article's content; the server checks again.
 */
export function ArticleFilesPanel({ article }: { article: CmsArticleDetailFragment }) {
  const { message } = App.useApp();
  const { data, refetch } = useQuery(CmsArticleAssetsQuery, { variables: { articleId: article.id }, fetchPolicy: "cache-and-network" });
  const [remove] = useMutation(DeleteCmsAssetMutation);
  const [setCover, { loading: settingCover }] = useMutation(SetCmsArticleCoverMutation);
  const [busy, setBusy] = useState<null | "IMAGE" | "ATTACHMENT">(null);
  const assets = data?.cmsArticleAssets ?? [];
  const images = assets.filter((a) => a.kind === "IMAGE");
  const files = assets.filter((a) => a.kind === "ATTACHMENT");
  const cover = images.find((i) => i.id === article.coverAssetId);
  const canEdit = article.canEditContent;

  const upload = (kind: "IMAGE" | "ATTACHMENT") => async (file: File) => {
    setBusy(kind);
    try {
      const a = await uploadAsset(article.id, kind, file);
      if (kind === "IMAGE") {
        await setCover({ variables: { id: article.id, assetId: a.id } });
        message.success("已设置封面");
      } else message.success(a.hasText ? `已上传：${a.fileName}（文字已提取，可被检索）` : `已上传：${a.fileName}`);
      await refetch();
    } catch (e) {
      message.error(e instanceof Error && !("errors" in e) ? e.message : errorMessage(e));
    } finally {
      setBusy(null);
    }
    return false;
  };
  const pickCover = async (assetId: string | null) => {
    try {
      await setCover({ variables: { id: article.id, assetId } });
      message.success(assetId ? "已设置封面" : "已清除封面");
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const del = async (id: string, name: string) => {
    try {
      await remove({ variables: { id } });
      message.success(`已删除：${name}`);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card size="small" title="封面与附件" aria-label="封面与附件">
      <Typography.Text strong>封面图片</Typography.Text>
      <div style={{ margin: "8px 0 4px" }}>
        {cover ? <Image src={cover.url} alt="封面图片" width={180} height={120} style={{ objectFit: "cover", borderRadius: 4 }} /> : <Typography.Text type="secondary">未设置封面（栏目列表中不显示图片）</Typography.Text>}
      </div>
      {canEdit && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Upload accept={CMS_IMAGE_ACCEPT} showUploadList={false} beforeUpload={upload("IMAGE")} disabled={!!busy}>
            <Button icon={<PictureOutlined />} loading={busy === "IMAGE"}>
              上传封面
            </Button>
          </Upload>
          {images.length > 0 && (
            <Select
              aria-label="从文章图片中选择封面"
              placeholder="从文章图片中选择"
              style={{ minWidth: 180 }}
              value={cover?.id}
              loading={settingCover}
              options={images.map((i) => ({ value: i.id, label: i.fileName }))}
              onChange={(v: string) => void pickCover(v)}
            />
          )}
          {cover && (
            <Button type="link" onClick={() => void pickCover(null)}>
              清除封面
            </Button>
          )}
        </Space>
      )}
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", marginTop: canEdit ? 0 : 12 }}>
        <Typography.Text strong>附件（{files.length}）</Typography.Text>
        {canEdit && (
          <Upload accept={CMS_ATTACHMENT_ACCEPT} showUploadList={false} beforeUpload={upload("ATTACHMENT")} disabled={!!busy}>
            <Button size="small" icon={<UploadOutlined />} loading={busy === "ATTACHMENT"}>
              上传附件
            </Button>
          </Upload>
        )}
      </div>
      <List
        size="small"
        dataSource={files}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无附件" /> }}
        renderItem={(f) => (
          <List.Item
            actions={
              canEdit
                ? [
                    <Popconfirm key="del" title={`删除附件“${f.fileName}”？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => del(f.id, f.fileName)}>
                      <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`删除 ${f.fileName}`} />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
              <Typography.Link href={f.url} target="_blank" rel="noopener noreferrer" ellipsis>
                <PaperClipOutlined /> {f.fileName}
              </Typography.Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {size(f.size)} {f.hasText && <Tag color="green">文字可检索</Tag>}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        附件支持 PDF、Word、Excel、PowerPoint、WPS、OFD、ZIP 和图片，每个最大 20 MB；封面和正文图片支持 JPEG、PNG、GIF、WebP，每张最大 5 MB。文件类型按内容识别。PDF 和 Word 的文字会被提取，用于站内检索。
      </Typography.Paragraph>
    </Card>
  );
}
