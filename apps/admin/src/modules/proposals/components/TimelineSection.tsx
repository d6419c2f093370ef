import { Empty, Space, Tag, Timeline, Typography } from "antd";
import type { AdminProposalQuery } from "../../../gql/graphql";
import { StateTag } from "./StateTag";
import { time } from "./labels";

type Event = AdminProposalQuery["proposal"]["events"][number];

/** Every step of the proposal, oldest first: who did what, when, the state before and after, and the comment. */
export function TimelineSection({ events }: { events: Event[] }) {
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无办理记录" />;
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.id,
        color: e.fromState === e.toState ? "gray" : e.toState === "CLOSED" ? "green" : e.toState === "NOT_FILED" || e.toState === "RETURNED" || e.toState === "DISSATISFIED" ? "red" : "blue",
        content: (
          <Space orientation="vertical" size={2}>
            <Space wrap size={6}>
              <Typography.Text strong>{e.actionLabel}</Typography.Text>
              {e.fromState !== e.toState && (
                <>
                  <StateTag state={e.fromState} />
                  <span>→</span>
                  <StateTag state={e.toState} />
                </>
              )}
            </Space>
            <Typography.Text type="secondary">
              {e.actorName}　{time(e.createdAt)}
            </Typography.Text>
            {e.comment && <Tag style={{ whiteSpace: "pre-wrap" }}>{e.comment}</Tag>}
          </Space>
        ),
      }))}
    />
  );
}
