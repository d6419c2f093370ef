import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Card, Input, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useSearchParams } from "react-router";
import dayjs from "dayjs";
import type { CirclePostStatus } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { AdminCirclePostFragment } from "../../../gql/graphql";
import { CirclesQuery, ModerationPostsQuery } from "../graphql/circles.graphql";
import { excerpt, PostStatusTag } from "../components/labels";
import { PostDrawer } from "../components/PostDrawer";

type View = "reported" | "all" | "HIDDEN" | "DELETED";
const PAGE_SIZE = 20;

/**
 * 内容审核: posts with open reports first (most reported on top), then every post by circle, status and
 * text or author; a row opens the post with its reports, comments, history and actions.
 * `?post=<id>` (the link of the 举报 to-do) opens that post at once.
 */
export default function ModerationPage() {
  const [params, setParams] = useSearchParams();
  const view = (params.get("view") as View | null) ?? "reported";
  const circleId = params.get("circle") ?? undefined;
  const openPost = params.get("post");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const filter = {
    circleId,
    reportedOnly: view === "reported",
    status: view === "HIDDEN" || view === "DELETED" ? (view as CirclePostStatus) : undefined,
    search: search.trim() || undefined,
  };
  const { data, previousData, loading, error, refetch } = useQuery(ModerationPostsQuery, { variables: { filter, page, pageSize: PAGE_SIZE }, fetchPolicy: "cache-and-network" });
  const reportedCount = useQuery(ModerationPostsQuery, { variables: { filter: { reportedOnly: true }, page: 1, pageSize: 1 }, fetchPolicy: "cache-and-network" });
  const circles = useQuery(CirclesQuery, { variables: { filter: { includeArchived: true }, page: 1, pageSize: 200 } });
  const list = (data ?? previousData)?.circleModerationPosts;

  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) (v === null ? next.delete(k) : next.set(k, v));
    setParams(next, { replace: true });
    if (Object.keys(patch).some((k) => k !== "post")) setPage(1);
  };

  const columns: ColumnsType<AdminCirclePostFragment> = [
    {
      title: "内容",
      key: "text",
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text>{p.text ? excerpt(p.text) : <Typography.Text type="secondary">（仅图片）</Typography.Text>}</Typography.Text>
          {p.images.length > 0 && <Typography.Text type="secondary">{p.images.length} 张图片</Typography.Text>}
        </Space>
      ),
    },
    { title: "圈子", key: "circle", width: 140, render: (_, p) => p.circle.name },
    { title: "作者", key: "author", width: 90, render: (_, p) => p.author.name },
    { title: "发布时间", key: "createdAt", width: 140, render: (_, p) => dayjs(p.createdAt as string).format("YYYY-MM-DD HH:mm") },
    {
      title: "状态",
      key: "status",
      width: 150,
      render: (_, p) => (
        <Space size={4} wrap>
          <PostStatusTag status={p.status as CirclePostStatus} />
          {p.pinned && <Tag color="red">置顶</Tag>}
        </Space>
      ),
    },
    { title: "待处理举报", key: "reports", width: 100, align: "center", render: (_, p) => (p.openReportCount ? <Badge count={p.openReportCount} /> : <Typography.Text type="secondary">—</Typography.Text>) },
    { title: "赞 / 评论", key: "counts", width: 90, render: (_, p) => `${p.likeCount} / ${p.commentCount}` },
    {
      title: "操作",
      key: "op",
      width: 80,
      render: (_, p) => (
        <Button type="link" size="small" onClick={() => set({ post: p.id })} aria-label={`处理：${excerpt(p.text, 20)}`}>
          处理
        </Button>
      ),
    },
  ];

  const reported = reportedCount.data?.circleModerationPosts.total ?? 0;
  return (
    <Card title="圈子内容审核">
      <Tabs
        activeKey={view}
        onChange={(k) => set({ view: k === "reported" ? null : k })}
        items={[
          { key: "reported", label: <Badge count={reported} size="small" offset={[8, -2]}>待处理举报</Badge> },
          { key: "all", label: "全部帖子" },
          { key: "HIDDEN", label: "已隐藏" },
          { key: "DELETED", label: "已删除" },
        ]}
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="全部圈子"
          style={{ width: 220 }}
          value={circleId}
          onChange={(v?: string) => set({ circle: v ?? null })}
          options={(circles.data?.circles.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          aria-label="按圈子筛选"
        />
        <Input.Search allowClear placeholder="帖子内容或作者姓名" style={{ width: 260 }} onSearch={(v) => { setSearch(v); setPage(1); }} />
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<AdminCirclePostFragment>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        onRow={(p) => ({ onDoubleClick: () => set({ post: p.id }) })}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 条`, showSizeChanger: false }}
        locale={{ emptyText: view === "reported" ? "没有待处理的举报" : "没有符合条件的帖子" }}
      />
      <PostDrawer
        postId={openPost}
        onClose={() => set({ post: null })}
        onChanged={() => {
          void refetch();
          void reportedCount.refetch();
        }}
      />
    </Card>
  );
}
