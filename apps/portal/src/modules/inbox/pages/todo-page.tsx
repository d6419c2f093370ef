import { InfiniteScroll, List, PullToRefresh, Skeleton, Tabs } from "antd-mobile";
import { useSearchParams } from "react-router";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import type { TodoStatus } from "../../../gql/graphql";
import { TodoItem } from "../components/todo-item";
import { MyTodosDocument } from "../graphql/inbox";
import { usePagedList } from "../hooks/use-paged-list";
import { useOpenTarget } from "../hooks/use-open-target";
import { resolveLink } from "../links";
import styles from "../components/inbox-list.module.css";

/** One status's list; its own component so that switching tabs loads the other list afresh. */
function TodoList({ status }: { status: TodoStatus }) {
  const list = usePagedList(MyTodosDocument, "myTodos", { status });
  const openTarget = useOpenTarget();

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
    body =
      status === "OPEN" ? (
        <EmptyState title="暂无待办" description="需要您办理的提案、社情民意、会议报名等事项将显示在这里" />
      ) : (
        <EmptyState title="暂无已办事项" description="办理完成的待办将显示在这里" />
      );
  } else {
    body = (
      <>
        <List className={styles.list} aria-label={status === "OPEN" ? "待办列表" : "已办列表"}>
          {list.items.map((t) => (
            <TodoItem key={t.id} t={t} onOpen={(x) => void openTarget(resolveLink(x.link))} />
          ))}
        </List>
        {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
      </>
    );
  }
  return <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>{body}</PullToRefresh>;
}

/** 待办: what this user (or their post) must act on, soonest deadline first; 已办 keeps the finished ones. */
export default function TodoPage() {
  const [params, setParams] = useSearchParams();
  const status: TodoStatus = params.get("status") === "done" ? "DONE" : "OPEN";
  return (
    <Page title="待办">
      <Tabs
        activeKey={status}
        onChange={(key) => setParams(key === "DONE" ? { status: "done" } : {}, { replace: true })}
        className={styles.tabs}
      >
        <Tabs.Tab key="OPEN" title="待办" />
        <Tabs.Tab key="DONE" title="已办" />
      </Tabs>
      <TodoList key={status} status={status} />
    </Page>
  );
}
