import { InfiniteScroll, Image, List, PullToRefresh, Skeleton, Tabs, Tag } from "antd-mobile";
import { PictureOutline } from "antd-mobile-icons";
import { useNavigate, useSearchParams } from "react-router";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { usePagedList } from "../../inbox/hooks/use-paged-list";
import { MyMeetingsDocument, PhotoStoriesDocument } from "../graphql/meetings";
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

/** 履职风采: the committee's published photo stories, newest first. */
function StoryList() {
  const navigate = useNavigate();
  const list = usePagedList(PhotoStoriesDocument, "photoStories", {});
  if (list.loading) return <Skeleton.Paragraph lineCount={6} animated />;
  if (list.error) return <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  if (list.items.length === 0) return <EmptyState title="暂无履职风采" description="委员参加视察、调研等活动的图文报道将显示在这里" />;
  return (
    <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>
      <List>
        {list.items.map((s) => (
          <List.Item
            key={s.id}
            onClick={() => navigate(`/photo-stories/${s.id}`)}
            prefix={s.coverUrl ? <Image src={s.coverUrl} className={styles.cover} fit="cover" lazy alt="" /> : <PictureOutline fontSize={36} />}
            description={<span className={styles.meta}>{s.publishedAt ? when(s.publishedAt) : ""}{s.meeting ? ` · ${s.meeting.title}` : ""}</span>}
            arrowIcon
          >
            {s.title}
          </List.Item>
        ))}
      </List>
      {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
    </PullToRefresh>
  );
}

/** 会议活动: upcoming first, then everything the member was invited to, and the 履职风采 stories. */
export default function MeetingsPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "upcoming";
  return (
    <Page title="会议活动" back backTo="/workbench">
      <Tabs activeKey={tab} onChange={(k) => setParams(k === "upcoming" ? {} : { tab: k }, { replace: true })}>
        <Tabs.Tab key="upcoming" title="近期" />
        <Tabs.Tab key="all" title="全部" />
        <Tabs.Tab key="stories" title="履职风采" />
      </Tabs>
      {tab === "stories" ? <StoryList /> : <MeetingList key={tab} upcoming={tab === "upcoming"} />}
    </Page>
  );
}
