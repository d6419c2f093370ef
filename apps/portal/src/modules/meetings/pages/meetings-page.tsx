import { useState } from "react";
import { InfiniteScroll, List, PullToRefresh, Skeleton, Tabs, Tag } from "antd-mobile";
import { useNavigate } from "react-router";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { usePagedList } from "../../inbox/hooks/use-paged-list";
import { MyMeetingsDocument } from "../graphql/meetings";
import { standing, when } from "./labels";
import styles from "./meetings.module.css";

function MeetingList({ upcoming }: { upcoming: boolean }) {
  const navigate = useNavigate();
  const list = usePagedList(MyMeetingsDocument, "myMeetings", { upcoming });
  if (list.loading) return <Skeleton.Paragraph lineCount={6} animated />;
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  if (list.items.length === 0) return <EmptyState title={upcoming ? "近期没有会议活动" : "暂无会议活动"} description="收到的会议活动邀请将显示在这里" />;
  return (
    <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>
      <List>
        {list.items.map((m) => {
          const s = m.status === "CANCELLED" ? { text: "已取消", color: "default" as const } : standing(m.myInvitation);
          return (
            <List.Item key={m.id} onClick={() => navigate(`/meetings/${m.id}`)} description={<span className={styles.meta}>{when(m.startsAt)} · {m.place}</span>} extra={s.text && <Tag color={s.color} fill="outline">{s.text}</Tag>} arrowIcon>
              {m.title}
            </List.Item>
          );
        })}
      </List>
      {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
    </PullToRefresh>
  );
}

/** 会议活动: upcoming first, then everything the member was invited to. */
export default function MeetingsPage() {
  const [tab, setTab] = useState("upcoming");
  return (
    <Page title="会议活动" back backTo="/workbench">
      <Tabs activeKey={tab} onChange={setTab}>
        <Tabs.Tab key="upcoming" title="近期" />
        <Tabs.Tab key="all" title="全部" />
      </Tabs>
      <MeetingList key={tab} upcoming={tab === "upcoming"} />
    </Page>
  );
}
