import { Dialog, InfiniteScroll, List, PullToRefresh, Skeleton } from "antd-mobile";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { showToast } from "../../../app/toast";
import type { NotificationFieldsFragment } from "../../../gql/graphql";
import { NotificationItem } from "../components/notification-item";
import { InboxCountsDocument, MarkNotificationsReadDocument, MyNotificationsDocument } from "../graphql/inbox";
import { usePagedList } from "../hooks/use-paged-list";
import { useOpenTarget } from "../hooks/use-open-target";
import { resolveLink } from "../links";
import { emitInboxChanged } from "../live/inbox-signal";
import { fullTime } from "../times";
import styles from "../components/inbox-list.module.css";

type Notification = NotificationFieldsFragment;

/** 消息: everything the committee told this user, newest first; tapping one marks it read and opens it. */
export default function MessagesPage() {
  const client = useApolloClient();
  const list = usePagedList(MyNotificationsDocument, "myNotifications", {});
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument);
  const openTarget = useOpenTarget();
  const unread = list.data?.myNotifications.unread ?? 0;

  /** Read at once on screen; the server is told, then the badge and the list catch up. */
  const markLocally = (ids: string[]) => {
    const now = new Date().toISOString();
    for (const id of ids) {
      client.cache.modify({ id: client.cache.identify({ __typename: "NotificationType", id }), fields: { readAt: (v) => v ?? now } });
    }
  };
  const settle = () => {
    void client.query({ query: InboxCountsDocument, fetchPolicy: "network-only" }).catch(() => undefined);
    emitInboxChanged();
  };

  const open = async (n: Notification) => {
    if (!n.readAt) {
      markLocally([n.id]);
      markRead({ variables: { ids: [n.id] } }).then(settle, toastError);
    }
    const target = resolveLink(n.link);
    if (target.kind !== "none") return openTarget(target);
    await Dialog.alert({
      title: n.title,
      content: (
        <div>
          {n.body && <p style={{ margin: "0 0 8px", whiteSpace: "pre-wrap" }}>{n.body}</p>}
          <p style={{ margin: 0, color: "var(--adm-color-weak)", fontSize: 13 }}>{fullTime(n.createdAt)}</p>
        </div>
      ),
      confirmText: "知道了",
    });
  };

  const markAll = async () => {
    try {
      await markRead();
      markLocally(list.items.filter((n) => !n.readAt).map((n) => n.id));
      settle();
      void showToast({ content: "已全部标为已读" });
    } catch (e) {
      toastError(e);
    }
  };

  const right = (
    <button type="button" className={styles.toolbar} disabled={unread === 0 || marking} onClick={() => void markAll()}>
      全部已读
    </button>
  );

  let body;
  if (list.loading) {
    body = (
      <div className={styles.loading} role="status" aria-label="加载中">
        <Skeleton.Paragraph lineCount={6} animated />
      </div>
    );
  } else if (list.error) {
    body = <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  } else if (list.items.length === 0) {
    body = <EmptyState title="暂无消息" description="办理进度提醒、会议通知等消息将显示在这里" />;
  } else {
    body = (
      <>
        <List className={styles.list} aria-label="消息列表">
          {list.items.map((n) => (
            <NotificationItem key={n.id} n={n} onOpen={(x) => void open(x)} />
          ))}
        </List>
        {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
      </>
    );
  }

  return (
    <Page title="消息" right={right}>
      <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>{body}</PullToRefresh>
    </Page>
  );
}
