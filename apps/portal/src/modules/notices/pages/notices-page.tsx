import { InfiniteScroll, List, PullToRefresh, Skeleton, Tag } from "antd-mobile";
import { useNavigate } from "react-router";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { usePagedList } from "../../inbox/hooks/use-paged-list";
import { fullTime } from "../../inbox/times";
import { MyNoticesDocument } from "../graphql/notices";
import { KIND_TAG } from "./call-kinds";
import styles from "./notices.module.css";

/** 通知公告: newest first, unread marked; tapping one opens it (and records the reading). */
export default function NoticesPage() {
  const navigate = useNavigate();
  const list = usePagedList(MyNoticesDocument, "myNotices", {});
  const unread = list.data?.myNotices.unread ?? 0;

  let body;
  if (list.loading) body = <Skeleton.Paragraph lineCount={6} animated />;
  else if (list.error) body = <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  else if (list.items.length === 0) body = <EmptyState title="暂无通知公告" description="委员会办公室发布的通知公告将显示在这里" />;
  else
    body = (
      <>
        <List header={unread > 0 ? `${unread} 条未读` : "全部已读"} aria-label="通知公告列表">
          {list.items.map((n) => (
            <List.Item key={n.id} className={`${styles.item} ${n.readAt ? "" : styles.unread}`} onClick={() => navigate(`/notices/${n.id}`)} arrowIcon>
              <div className={styles.title}>
                {n.kind !== "GENERAL" && (
                  <Tag color={n.open ? KIND_TAG[n.kind].color : "default"} className={styles.kind}>
                    {KIND_TAG[n.kind].label}
                    {n.open ? "" : "·已截止"}
                  </Tag>
                )}
                {n.title}
              </div>
              <div className={styles.meta}>
                {n.publishedBy ?? "委员会办公室"} · {fullTime(n.publishedAt)}
                {n.deadline && n.open ? ` · ${n.deadline} 截止` : ""}
                {n.readAt ? "" : " · 未读"}
              </div>
            </List.Item>
          ))}
        </List>
        {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
      </>
    );

  return (
    <Page title="通知公告" back backTo="/workbench">
      <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>{body}</PullToRefresh>
    </Page>
  );
}
