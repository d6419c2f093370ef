import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, List, Popconfirm, Radio, Space, Tag, Typography, App } from "antd";
import { errorMessage } from "../../../app/errors";
import type { CmsArticleDetailFragment, CmsLinkKind } from "../../../gql/graphql";
import { LinkCmsArticleMutation, UnlinkCmsArticleMutation } from "../graphql/articles.graphql";
import type { Channel } from "../hooks/use-channels";
import { ChannelTreeSelect } from "./ChannelTreeSelect";
import { LINK_KIND_LABELS } from "./cms-labels";

/**
 * 引用 / 映射: the article listed in other channels of the site. 引用 links to the original page, 映射
 * makes a page in the target channel; either way the content stays this article's. Needs the publish
 * right on the target channel.
 */
export function LinksPanel({ article, channels }: { article: CmsArticleDetailFragment; channels: readonly Channel[] }) {
  const { message } = App.useApp();
  const [channelId, setChannelId] = useState<string | undefined>();
  const [kind, setKind] = useState<CmsLinkKind>("REFERENCE");
  const [link, { loading: linking }] = useMutation(LinkCmsArticleMutation);
  const [unlink, { loading: unlinking }] = useMutation(UnlinkCmsArticleMutation);
  const linked = article.links.map((l) => l.channelId);

  const add = async () => {
    if (!channelId) return;
    try {
      await link({ variables: { id: article.id, channelId, kind } });
      message.success(`已${LINK_KIND_LABELS[kind]}到“${channels.find((c) => c.id === channelId)?.name ?? ""}”`);
      setChannelId(undefined);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        引用：在目标栏目列出并链接到原文；映射：在目标栏目生成同样内容的页面。内容始终以本文为准。
      </Typography.Paragraph>
      <Space wrap>
        <ChannelTreeSelect
          aria-label="目标栏目"
          channels={channels}
          value={channelId}
          onChange={setChannelId}
          right="PUBLISH"
          excludeVirtual
          excludeIds={[article.channelId, ...linked]}
          placeholder="选择目标栏目"
          style={{ width: 220 }}
        />
        <Radio.Group
          value={kind}
          onChange={(e) => setKind(e.target.value as CmsLinkKind)}
          options={[
            { value: "REFERENCE", label: "引用" },
            { value: "MAPPING", label: "映射" },
          ]}
        />
        <Button onClick={add} disabled={!channelId} loading={linking}>
          添加
        </Button>
      </Space>
      <List
        size="small"
        bordered
        dataSource={article.links}
        locale={{ emptyText: "尚未引用或映射到其他栏目" }}
        renderItem={(l) => (
          <List.Item
            actions={[
              <Popconfirm key="rm" title={`取消在“${l.channelName}”的${LINK_KIND_LABELS[l.kind]}？`} okText="确定" cancelText="取消" onConfirm={async () => {
                try {
                  await unlink({ variables: { linkId: l.id } });
                  message.success("已取消");
                } catch (e) {
                  message.error(errorMessage(e));
                }
              }}>
                <Button type="link" size="small" danger disabled={unlinking}>
                  取消
                </Button>
              </Popconfirm>,
            ]}
          >
            <Space>
              <Tag color={l.kind === "MAPPING" ? "geekblue" : "blue"}>{LINK_KIND_LABELS[l.kind]}</Tag>
              {l.channelName}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
