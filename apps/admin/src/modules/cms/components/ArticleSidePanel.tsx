import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "@apollo/client/react";
import { App, Button, Card, DatePicker, Descriptions, List, Popconfirm, Space, Switch, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { errorCode, errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import type { CmsArticleDetailFragment } from "../../../gql/graphql";
import { DeleteCmsArticleMutation, SetCmsArticlePinnedMutation, SetCmsArticleWithdrawAtMutation } from "../graphql/articles.graphql";
import { hasRight, type Channel } from "../hooks/use-channels";
import { ArticleStateTag } from "./ArticleStateTag";
import { CMS_DECIDERS, canAny } from "./cms-access";
import { SubmitToParentButton } from "./SubmitToParentButton";
import { WorkflowPanel, type TransitionRequest } from "./WorkflowPanel";

const fmt = (v: string | null) => (v ? dayjs(v).format("YYYY-MM-DD HH:mm") : "—");

/** The right-hand column of the editor: state and workflow, pinning, scheduled withdrawal, 呈送, related articles. */
export function ArticleSidePanel({
  article,
  channel,
  busy,
  dirty,
  onAction,
  onDeleted,
  onConflict,
}: {
  article: CmsArticleDetailFragment;
  channel: Channel | undefined;
  busy: boolean;
  dirty: boolean;
  onAction: (r: TransitionRequest) => Promise<boolean>;
  onDeleted: () => void;
  onConflict: () => void;
}) {
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const [withdrawAt, setWithdrawAt] = useState<Dayjs | null>(null);
  const [pin, { loading: pinning }] = useMutation(SetCmsArticlePinnedMutation);
  const [setWithdraw, { loading: settingWithdraw }] = useMutation(SetCmsArticleWithdrawAtMutation);
  const [remove, { loading: removing }] = useMutation(DeleteCmsArticleMutation, { refetchQueries: ["CmsArticles"] });
  const canEdit = hasRight(channel, "EDIT");
  const canLive = hasRight(channel, "REVIEW") || hasRight(channel, "PUBLISH");
  const county = viewer?.activeTenant?.level === "COUNTY";

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (e) {
      if (errorCode(e) === "CONFLICT") onConflict();
      else message.error(errorMessage(e));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card size="small" title="流程">
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="状态">
            <ArticleStateTag state={article.state} />
          </Descriptions.Item>
          <Descriptions.Item label="栏目">{article.channelName}</Descriptions.Item>
          {article.state === "SCHEDULED" && <Descriptions.Item label="定时发布">{fmt(article.scheduledPublishAt)}</Descriptions.Item>}
          <Descriptions.Item label="发布时间">{fmt(article.publishedAt)}</Descriptions.Item>
          {article.scheduledWithdrawAt && <Descriptions.Item label="定时撤稿">{fmt(article.scheduledWithdrawAt)}</Descriptions.Item>}
          <Descriptions.Item label="创建时间">{fmt(article.createdAt)}</Descriptions.Item>
        </Descriptions>
        <WorkflowPanel article={article} busy={busy} dirty={dirty} onAction={onAction} />
        {article.state === "PUBLISHED" && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            网站在发布后数秒内更新。
            <Typography.Link href={article.url} target="_blank" rel="noopener noreferrer">
              查看公开页面
            </Typography.Link>
          </Typography.Paragraph>
        )}
      </Card>

      <Card size="small" title="设置">
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Space>
            <Switch
              aria-label="置顶"
              checked={article.pinned}
              disabled={!canEdit || busy}
              loading={pinning}
              onChange={(pinned) => run(() => pin({ variables: { id: article.id, expectedVersion: article.version, pinned } }), pinned ? "已置顶" : "已取消置顶")}
            />
            <span>置顶</span>
            {!canEdit && <Typography.Text type="secondary">（须有栏目编辑权限）</Typography.Text>}
          </Space>
          {article.state === "PUBLISHED" && canLive && (
            <div>
              <Typography.Text>定时撤稿</Typography.Text>
              <Space wrap style={{ marginTop: 4 }}>
                <DatePicker
                  aria-label="定时撤稿时间"
                  showTime={{ format: "HH:mm" }}
                  format="YYYY-MM-DD HH:mm"
                  placeholder={article.scheduledWithdrawAt ? fmt(article.scheduledWithdrawAt) : "选择撤稿时间"}
                  value={withdrawAt}
                  onChange={setWithdrawAt}
                  disabledDate={(d) => d.isBefore(dayjs(), "day")}
                />
                <Button
                  disabled={!withdrawAt}
                  loading={settingWithdraw}
                  onClick={() => {
                    if (withdrawAt && !withdrawAt.isAfter(dayjs())) return void message.error("撤稿时间须晚于当前时间");
                    void run(() => setWithdraw({ variables: { id: article.id, expectedVersion: article.version, withdrawAt: withdrawAt!.toISOString() } }), `将于 ${withdrawAt!.format("YYYY-MM-DD HH:mm")} 自动撤稿`).then(() => setWithdrawAt(null));
                  }}
                >
                  设置
                </Button>
                {article.scheduledWithdrawAt && (
                  <Button type="link" onClick={() => run(() => setWithdraw({ variables: { id: article.id, expectedVersion: article.version, withdrawAt: null } }), "已取消定时撤稿")}>
                    取消定时撤稿
                  </Button>
                )}
              </Space>
            </div>
          )}
          {county && article.state === "PUBLISHED" && hasRight(channel, "PUBLISH") && canAny(viewer, CMS_DECIDERS) && <SubmitToParentButton articleId={article.id} title={article.title} />}
          {article.state === "DRAFT" && !article.publishedAt && canEdit && (
            <Popconfirm
              title="确定删除这篇草稿吗？"
              description="删除后不能恢复。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={async () => {
                try {
                  await remove({ variables: { id: article.id, expectedVersion: article.version } });
                  message.success("已删除草稿");
                  onDeleted();
                } catch (e) {
                  if (errorCode(e) === "CONFLICT") onConflict();
                  else message.error(errorMessage(e));
                }
              }}
            >
              <Button danger loading={removing}>
                删除草稿
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Card>

      <Card size="small" title="相关文章">
        <List
          size="small"
          dataSource={article.related}
          locale={{ emptyText: "暂无关键词相近的文章" }}
          renderItem={(r) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Link to={`../${r.id}`} relative="path">
                  {r.title}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.channelName} · {r.state === "PUBLISHED" ? fmt(r.publishedAt) : <ArticleStateTag state={r.state} />}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
        {article.keywords.length > 0 && (
          <div style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">关键词：</Typography.Text>
            {article.keywords.map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </div>
        )}
      </Card>
    </Space>
  );
}
