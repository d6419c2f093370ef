import { useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useQuery } from "@apollo/client/react";
import { ExportOutlined, PlusOutlined, PushpinFilled } from "@ant-design/icons";
import { Alert, Button, Card, Checkbox, Col, Empty, Input, Row, Select, Space, Table, Tag, Tooltip, Tree, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import type { CmsArticleRowFragment, CmsArticleState } from "../../../gql/graphql";
import { ArticleStateTag } from "../components/ArticleStateTag";
import { CmsQuickLinks } from "../components/CmsQuickLinks";
import { LINK_KIND_LABELS, STATE_OPTIONS } from "../components/cms-labels";
import { CmsArticlesQuery } from "../graphql/articles.graphql";
import { channelPath, hasRight, useChannels, type ChannelNode } from "../hooks/use-channels";
import { PAGE_SIZES, useArticleListParams } from "../hooks/use-article-list-params";

const fmt = (v: string | null) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—");

type TreeNode = { key: string; title: string; children: TreeNode[] };
const toTreeData = (nodes: ChannelNode[]): TreeNode[] => nodes.map((n) => ({ key: n.key, title: n.channel.kind === "VIRTUAL" ? `${n.title}（虚拟）` : n.title, children: toTreeData(n.children) }));

/**
 * 内容管理 / 内容审核: the articles of the channels the viewer may see, per channel. The review screen is
 * the same list starting on 待审核; `base` is where an article opens, so the menu keeps its place.
 */
export default function ArticlesPage({ mode }: { mode: "edit" | "review" }) {
  const base = mode === "review" ? "/cms/review" : "/cms/articles";
  const navigate = useNavigate();
  const { channelId, state, title, includeLinked, page, pageSize, update } = useArticleListParams(mode === "review" ? "PENDING_REVIEW" : undefined);
  const [titleText, setTitleText] = useState(title);
  const { channels, tree, byId, error: channelsError, loading: channelsLoading } = useChannels();
  const channel = channelId ? byId.get(channelId) : undefined;
  const treeData = useMemo(() => toTreeData(tree), [tree]);

  const { data, previousData, loading, error, refetch } = useQuery(CmsArticlesQuery, {
    variables: { filter: { channelId: channelId ?? null, state: state || null, title: title || null, includeLinked: channelId ? includeLinked : null }, page, pageSize },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.cmsArticles;
  const canCreate = channel ? hasRight(channel, "EDIT") && channel.kind === "NORMAL" : channels.some((c) => hasRight(c, "EDIT") && c.kind === "NORMAL");

  const columns: ColumnsType<CmsArticleRowFragment> = [
    {
      title: "标题",
      key: "title",
      width: 320,
      render: (_, a) => (
        <Space size={4} wrap>
          {a.pinned && (
            <Tooltip title="置顶">
              <PushpinFilled style={{ color: "#c3242b" }} aria-label="置顶" />
            </Tooltip>
          )}
          <Link to={`${base}/${a.id}`}>{a.title}</Link>
          {a.linkedAs && <Tag color="blue">{LINK_KIND_LABELS[a.linkedAs as keyof typeof LINK_KIND_LABELS] ?? a.linkedAs}</Tag>}
        </Space>
      ),
    },
    { title: "栏目", dataIndex: "channelName", key: "channel", width: 110, render: (_, a) => channelPath(channels, a.channelId) || a.channelName },
    {
      title: "状态",
      key: "state",
      width: 120,
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <ArticleStateTag state={a.state} />
          {a.state === "SCHEDULED" && a.scheduledPublishAt && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{fmt(a.scheduledPublishAt)} 发布</Typography.Text>}
        </Space>
      ),
    },
    { title: "作者", dataIndex: "author", key: "author", width: 80, render: (v: string) => v || "—" },
    { title: "发布时间", dataIndex: "publishedAt", key: "publishedAt", width: 140, render: fmt },
    { title: "更新时间", dataIndex: "updatedAt", key: "updatedAt", width: 140, render: fmt },
    {
      title: "操作",
      key: "ops",
      width: 120,
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(`${base}/${a.id}`)}>
            {mode === "review" && a.state === "PENDING_REVIEW" ? "审核" : "打开"}
          </Button>
          {a.state === "PUBLISHED" && (
            <Button type="link" size="small" href={a.url} target="_blank" rel="noopener noreferrer" icon={<ExportOutlined />} aria-label={`预览 ${a.title}`} />
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={mode === "review" ? "内容审核" : "内容管理"}
      extra={<CmsQuickLinks />}
    >
      {(channelsError || error) && (
        <Alert type="error" showIcon title={errorMessage(channelsError ?? error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={24}>
        <Col xs={24} md={6}>
          <Typography.Text strong>栏目</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Button type={channelId ? "text" : "link"} size="small" onClick={() => update({ channelId: undefined, page: 1 })} style={{ paddingInline: 4 }}>
              全部栏目
            </Button>
            {channels.length === 0 ? (
              // The tree mounts once the channels are there: defaultExpandAll applies only at mount.
              !channelsLoading && <Empty description="没有可访问的栏目" image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Tree
                aria-label="栏目"
                treeData={treeData}
                defaultExpandAll
                blockNode
                selectedKeys={channelId ? [channelId] : []}
                onSelect={(keys) => update({ channelId: keys[0] ? String(keys[0]) : undefined, page: 1 })}
              />
            )}
          </div>
        </Col>
        <Col xs={24} md={18}>
          <Space wrap style={{ marginBottom: 16 }}>
            <Input.Search
              aria-label="按标题搜索"
              placeholder="按标题搜索"
              allowClear
              value={titleText}
              onChange={(e) => setTitleText(e.target.value)}
              onSearch={(v) => update({ title: v.trim(), page: 1 })}
              enterButton="搜索"
              style={{ width: 280 }}
            />
            <Select
              aria-label="按状态筛选"
              placeholder="全部状态"
              allowClear
              value={state || undefined}
              onChange={(v?: CmsArticleState) => update({ state: v ?? "", page: 1 })}
              options={STATE_OPTIONS}
              style={{ width: 140 }}
            />
            {channel && (
              <Checkbox checked={includeLinked} onChange={(e) => update({ includeLinked: e.target.checked, page: 1 })}>
                含引用、映射来的文章
              </Checkbox>
            )}
            {mode === "edit" && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                disabled={!canCreate}
                onClick={() => navigate(`${base}/new${channel ? `?channel=${channel.id}` : ""}`)}
              >
                写文章
              </Button>
            )}
          </Space>
          {channel && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
              当前栏目：{channelPath(channels, channel.id)}
              {channel.kind === "VIRTUAL" && "（虚拟栏目，文章来自其聚合的栏目，不能在此直接写文章）"}
            </Typography.Paragraph>
          )}
          <Table<CmsArticleRowFragment>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list?.items ?? []}
            loading={loading}
            pagination={{
              current: page,
              pageSize,
              total: list?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              showTotal: (total) => `共 ${total} 篇`,
              onChange: (p, ps) => update({ page: ps !== pageSize ? 1 : p, pageSize: ps }),
            }}
            locale={{ emptyText: title || state ? "没有符合条件的文章" : "暂无文章" }}
            scroll={{ x: 1040 }}
          />
        </Col>
      </Row>
    </Card>
  );
}
