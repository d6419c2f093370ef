import { useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Skeleton, Timeline, Typography } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { CmsArticleEventsQuery } from "../graphql/articles.graphql";
import { eventLabel, STATE_LABELS } from "./cms-labels";

const COLORS: Record<string, string> = { reject: "red", withdraw: "red", approve: "green", publish: "green", fireSchedule: "green", acceptSubmission: "green" };

/** 流转记录: who moved the article from which state to which, when, with what comment. */
export function EventsPanel({ articleId }: { articleId: string }) {
  const { data, loading, error, refetch } = useQuery(CmsArticleEventsQuery, { variables: { articleId }, fetchPolicy: "cache-and-network" });
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} />;
  if (loading && !data) return <Skeleton active />;
  const events = data?.cmsArticleEvents ?? [];
  if (!events.length) return <Empty description="尚无流转记录（文章仍为初稿）" />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={events.map((e) => ({
        color: COLORS[e.action] ?? "blue",
        title: dayjs(e.createdAt).format("YYYY-MM-DD HH:mm"),
        content: (
          <div>
            <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>
            <Typography.Text type="secondary">
              {"　"}
              {e.actorName ?? "系统"}　{STATE_LABELS[e.fromState]} → {STATE_LABELS[e.toState]}
            </Typography.Text>
            {e.comment && <div style={{ color: "rgba(0,0,0,0.65)" }}>意见：{e.comment}</div>}
          </div>
        ),
      }))}
    />
  );
}
