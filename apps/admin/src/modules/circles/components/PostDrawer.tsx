import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Descriptions, Drawer, Empty, Image, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs from "dayjs";
import {
  CIRCLE_MODERATION_ACTION_LABELS,
  CIRCLE_REPORT_CATEGORY_LABELS,
  CIRCLE_REPORT_STATUS_LABELS,
  type CircleKind,
  type CircleModerationAction,
  type CirclePostAction,
  type CirclePostStatus,
  type CircleReportCategory,
  type CircleReportStatus,
} from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { BanMemberMutation, DeleteCommentMutation, ModeratePostMutation, ModerationLogQuery, ModerationPostQuery, PostCommentsQuery, PostReportsQuery } from "../graphql/circles.graphql";
import { CircleKindTag, PostStatusTag } from "./labels";
import { ReasonModal, type ReasonRequest } from "./ReasonModal";

const time = (v: unknown) => dayjs(v as string).format("YYYY-MM-DD HH:mm");
const REPORT_COLORS: Record<CircleReportStatus, string> = { OPEN: "red", RESOLVED: "green", DISMISSED: "default" };

/** What each action asks before it runs (the reason is always required). */
const ACTION_TEXT: Record<CirclePostAction, { description: string; danger?: boolean }> = {
  HIDE: { description: "隐藏后委员端不再显示该帖子（可取消隐藏），待处理的举报记为已处理，并通知作者和举报人。", danger: true },
  UNHIDE: { description: "帖子恢复在圈子中显示，并通知作者。" },
  DELETE: { description: "删除后委员端不再显示且不能恢复，待处理的举报记为已处理，并通知作者和举报人。", danger: true },
  PIN: { description: "置顶后帖子显示在圈子最上方，并通知作者。" },
  UNPIN: { description: "帖子回到按时间排列的位置。" },
  DISMISS_REPORTS: { description: "经核查帖子没有问题：待处理的举报记为已驳回，并告知举报人。" },
};

/** One post for the moderator: full text and pictures, its reports, comments and history, and every action. */
export function PostDrawer({ postId, onClose, onChanged }: { postId: string | null; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const { data, error, loading, refetch } = useQuery(ModerationPostQuery, { variables: { id: postId ?? "" }, skip: !postId, fetchPolicy: "cache-and-network" });
  const reports = useQuery(PostReportsQuery, { variables: { postId: postId ?? "", page: 1, pageSize: 50 }, skip: !postId, fetchPolicy: "cache-and-network" });
  const [commentPage, setCommentPage] = useState(1);
  const comments = useQuery(PostCommentsQuery, { variables: { postId: postId ?? "", page: commentPage, pageSize: 10 }, skip: !postId, fetchPolicy: "cache-and-network" });
  const log = useQuery(ModerationLogQuery, { variables: { postId, page: 1, pageSize: 50 }, skip: !postId, fetchPolicy: "cache-and-network" });
  const [moderate] = useMutation(ModeratePostMutation);
  const [ban] = useMutation(BanMemberMutation);
  const [deleteComment] = useMutation(DeleteCommentMutation);
  const [asking, setAsking] = useState<ReasonRequest | null>(null);
  const p = data?.circlePost;

  const reloadAll = async () => {
    await Promise.all([refetch(), reports.refetch(), comments.refetch(), log.refetch()]);
    onChanged();
  };

  const ask = (action: CirclePostAction) =>
    setAsking({
      title: `${CIRCLE_MODERATION_ACTION_LABELS[action]}帖子`,
      description: ACTION_TEXT[action].description,
      okText: CIRCLE_MODERATION_ACTION_LABELS[action],
      danger: ACTION_TEXT[action].danger,
      run: async ({ reason }) => {
        await moderate({ variables: { postId: p!.id, action, reason } });
        message.success(`已${CIRCLE_MODERATION_ACTION_LABELS[action]}`);
        await reloadAll();
      },
    });

  const askBan = () =>
    setAsking({
      title: `在“${p!.circle.name}”禁言 ${p!.author.name}`,
      description: "禁言期间该委员可以浏览、点赞，不能在本圈子发帖和评论；将通知该委员。",
      okText: "禁言",
      danger: true,
      withDays: true,
      run: async ({ reason, days }) => {
        await ban({ variables: { circleId: p!.circle.id, memberId: p!.author.id, days, reason } });
        message.success(`已禁言 ${days} 天`);
        await reloadAll();
      },
    });

  const askDeleteComment = (id: string, author: string) =>
    setAsking({
      title: `删除 ${author} 的评论`,
      description: "删除后委员端不再显示该评论，并通知评论人。",
      okText: "删除",
      danger: true,
      run: async ({ reason }) => {
        await deleteComment({ variables: { id, reason } });
        message.success("评论已删除");
        await reloadAll();
      },
    });

  const status = p?.status as CirclePostStatus | undefined;
  const actions: CirclePostAction[] = !p
    ? []
    : [
        ...(status === "VISIBLE" ? (["HIDE"] as const) : []),
        ...(status === "HIDDEN" ? (["UNHIDE"] as const) : []),
        ...(status !== "DELETED" ? (["DELETE"] as const) : []),
        ...(status === "VISIBLE" ? [p.pinned ? ("UNPIN" as const) : ("PIN" as const)] : []),
        ...(p.openReportCount > 0 ? (["DISMISS_REPORTS"] as const) : []),
      ];

  return (
    <Drawer title="帖子详情" open={!!postId} onClose={onClose} size={720} destroyOnHidden>
      {error && !p && <Alert type="error" showIcon title={errorMessage(error)} />}
      {loading && !p && <Typography.Text type="secondary">加载中…</Typography.Text>}
      {p && (
        <Space orientation="vertical" size={16} style={{ width: "100%" }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="圈子">
              {p.circle.name} <CircleKindTag kind={p.circle.kind as CircleKind} />
            </Descriptions.Item>
            <Descriptions.Item label="作者">{p.author.name}</Descriptions.Item>
            <Descriptions.Item label="发布时间">{time(p.createdAt)}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <PostStatusTag status={p.status as CirclePostStatus} />
              {p.pinned && <Tag color="red">置顶</Tag>}
              {p.openReportCount > 0 && <Tag color="red">{p.openReportCount} 条待处理举报</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="互动">
              {p.likeCount} 赞 · {p.commentCount} 评论
            </Descriptions.Item>
            <Descriptions.Item label="最近处理">{p.moderatedAt ? `${time(p.moderatedAt)}：${p.moderationReason ?? ""}` : "—"}</Descriptions.Item>
          </Descriptions>
          {/* Plain text, rendered as text: whatever a member typed can never become markup here. */}
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", fontSize: 15, margin: 0 }}>{p.text || <Typography.Text type="secondary">（仅图片）</Typography.Text>}</Typography.Paragraph>
          {p.images.length > 0 && (
            <Image.PreviewGroup>
              <Space wrap>
                {p.images.map((img, i) => (
                  <Image key={img.id} src={img.url} width={110} height={110} style={{ objectFit: "cover" }} alt={`图片 ${i + 1}`} />
                ))}
              </Space>
            </Image.PreviewGroup>
          )}
          <Space wrap>
            {actions.map((a) => (
              <Button key={a} danger={ACTION_TEXT[a].danger} onClick={() => ask(a)}>
                {CIRCLE_MODERATION_ACTION_LABELS[a]}
              </Button>
            ))}
            <Button danger onClick={askBan}>
              禁言作者
            </Button>
          </Space>
          <Tabs
            items={[
              {
                key: "reports",
                label: `举报（${reports.data?.circlePostReports.total ?? 0}）`,
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    loading={reports.loading}
                    dataSource={reports.data?.circlePostReports.items ?? []}
                    pagination={false}
                    locale={{ emptyText: <Empty description="没有举报" /> }}
                    columns={[
                      { title: "举报人", key: "reporter", render: (_, r) => r.reporter.name },
                      { title: "类型", key: "category", render: (_, r) => CIRCLE_REPORT_CATEGORY_LABELS[r.category as CircleReportCategory] },
                      { title: "说明", dataIndex: "note", key: "note", render: (v: string | null) => v || "—" },
                      { title: "时间", key: "createdAt", render: (_, r) => time(r.createdAt) },
                      { title: "状态", key: "status", render: (_, r) => <Tag color={REPORT_COLORS[r.status as CircleReportStatus]}>{CIRCLE_REPORT_STATUS_LABELS[r.status as CircleReportStatus]}</Tag> },
                    ]}
                  />
                ),
              },
              {
                key: "comments",
                label: `评论（${p.commentCount}）`,
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    loading={comments.loading}
                    dataSource={comments.data?.circleComments.items ?? []}
                    pagination={{ current: commentPage, pageSize: 10, total: comments.data?.circleComments.total ?? 0, onChange: setCommentPage, showTotal: (t) => `共 ${t} 条` }}
                    locale={{ emptyText: <Empty description="没有评论" /> }}
                    columns={[
                      { title: "评论人", key: "author", width: 90, render: (_, c) => c.author.name },
                      { title: "内容", key: "text", render: (_, c) => <span style={{ whiteSpace: "pre-wrap", textDecoration: c.deleted ? "line-through" : undefined }}>{c.text}</span> },
                      { title: "时间", key: "createdAt", width: 140, render: (_, c) => time(c.createdAt) },
                      {
                        title: "操作",
                        key: "op",
                        width: 80,
                        render: (_, c) =>
                          c.deleted ? (
                            <Tag>已删除</Tag>
                          ) : (
                            <Button type="link" size="small" danger onClick={() => askDeleteComment(c.id, c.author.name)}>
                              删除
                            </Button>
                          ),
                      },
                    ]}
                  />
                ),
              },
              {
                key: "log",
                label: "处理记录",
                children: (
                  <Table
                    rowKey="id"
                    size="small"
                    loading={log.loading}
                    dataSource={log.data?.circleModerationLog.items ?? []}
                    pagination={false}
                    locale={{ emptyText: <Empty description="尚无处理记录" /> }}
                    columns={[
                      { title: "时间", key: "createdAt", width: 140, render: (_, r) => time(r.createdAt) },
                      { title: "操作", key: "action", width: 100, render: (_, r) => CIRCLE_MODERATION_ACTION_LABELS[r.action as CircleModerationAction] + (r.banDays ? ` ${r.banDays} 天` : "") },
                      { title: "理由", dataIndex: "reason", key: "reason" },
                      { title: "处理人", dataIndex: "actorName", key: "actorName", width: 90 },
                    ]}
                  />
                ),
              },
            ]}
          />
        </Space>
      )}
      <ReasonModal request={asking} onClose={() => setAsking(null)} />
    </Drawer>
  );
}
