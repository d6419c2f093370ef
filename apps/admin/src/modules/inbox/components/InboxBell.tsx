import { useEffect, useState, type ReactNode } from "react";
import { useNavigate } from "react-router";
import { BellOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Badge, Button, Empty, Popover, Spin, Tabs, Tag, Typography, theme } from "antd";
import { errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import { InboxCountsQuery, MyNotificationsQuery, MyTodosQuery } from "../graphql/inbox.graphql";
import { onInboxChanged } from "../live/inbox-signal";
import { useLiveInbox } from "../live/use-live-inbox";
import { ago, due, isOverdue, kindCategory } from "./inbox-labels";
import { useOpenInboxItem } from "./use-open-inbox-item";

const LATEST = 5;

/**
 * The header's bell: open to-dos plus unread messages, kept live by the inbox stream (opened here, so
 * it lives exactly as long as the console is shown). Clicking shows the latest few of each.
 */
export function InboxBell() {
  const { viewer } = useViewer();
  const tenantId = viewer?.activeTenant?.id ?? null;
  useLiveInbox(tenantId);
  const { data } = useQuery(InboxCountsQuery, { skip: !tenantId, fetchPolicy: "cache-and-network" });
  const [open, setOpen] = useState(false);
  const todos = data?.inboxCounts.openTodos ?? 0;
  const unread = data?.inboxCounts.unreadNotifications ?? 0;

  return (
    <Badge count={todos + unread} size="small" overflowCount={99} offset={[-6, 6]}>
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        placement="bottomRight"
        arrow={false}
        // Mounted only while open, so the lists are fetched when someone looks at them.
        destroyOnHidden
        content={<InboxPanel todos={todos} unread={unread} onClose={() => setOpen(false)} />}
      >
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={`待办与消息：${todos} 项待办，${unread} 条未读消息`}
          data-testid="inbox-bell"
          data-count={todos + unread}
        />
      </Popover>
    </Badge>
  );
}

function InboxPanel({ todos, unread, onClose }: { todos: number; unread: number; onClose: () => void }) {
  const navigate = useNavigate();
  const [tab, setTab] = useState(todos > 0 || unread === 0 ? "todo" : "messages");
  const todoList = useQuery(MyTodosQuery, { variables: { status: "OPEN", page: 1, pageSize: LATEST }, fetchPolicy: "cache-and-network" });
  const messageList = useQuery(MyNotificationsQuery, { variables: { page: 1, pageSize: LATEST, unreadOnly: true }, fetchPolicy: "cache-and-network" });
  const { openTodo, openNotification } = useOpenInboxItem();
  const { refetch: refetchTodos } = todoList;
  const { refetch: refetchMessages } = messageList;
  useEffect(
    () =>
      onInboxChanged(() => {
        void refetchTodos().catch(() => undefined);
        void refetchMessages().catch(() => undefined);
      }),
    [refetchTodos, refetchMessages],
  );

  const todoItems = todoList.data?.myTodos.items;
  const messageItems = messageList.data?.myNotifications.items;

  return (
    <div style={{ width: 380, maxWidth: "calc(100vw - 32px)" }} data-testid="inbox-panel">
      <Tabs
        size="small"
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: "todo",
            label: `待办（${todos}）`,
            children: (
              <PanelList loading={todoList.loading && !todoItems} error={todoList.error} empty="暂无待办">
                {todoItems?.map((t) => (
                  <PanelItem
                    key={t.id}
                    title={t.title}
                    onClick={() => {
                      onClose();
                      openTodo(t);
                    }}
                    meta={
                      <>
                        {kindCategory(t.kind) && <Tag style={{ marginInlineEnd: 0 }}>{kindCategory(t.kind)}</Tag>}
                        {t.dueAt && (
                          <Typography.Text type={isOverdue(t.dueAt, t.doneAt) ? "danger" : "secondary"} style={{ fontSize: 12 }}>
                            截止 {due(t.dueAt)}
                          </Typography.Text>
                        )}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {ago(t.createdAt)}
                        </Typography.Text>
                      </>
                    }
                  />
                ))}
              </PanelList>
            ),
          },
          {
            key: "messages",
            label: `未读消息（${unread}）`,
            children: (
              <PanelList loading={messageList.loading && !messageItems} error={messageList.error} empty="暂无未读消息">
                {messageItems?.map((n) => (
                  <PanelItem
                    key={n.id}
                    title={n.title}
                    unread={!n.readAt}
                    onClick={() => {
                      onClose();
                      openNotification(n);
                    }}
                    meta={
                      <>
                        {kindCategory(n.kind) && <Tag style={{ marginInlineEnd: 0 }}>{kindCategory(n.kind)}</Tag>}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {ago(n.createdAt)}
                        </Typography.Text>
                      </>
                    }
                  />
                ))}
              </PanelList>
            ),
          },
        ]}
      />
      <div style={{ textAlign: "center", borderTop: "1px solid rgba(5,5,5,0.06)", paddingTop: 8 }}>
        <Button
          type="link"
          onClick={() => {
            onClose();
            void navigate(tab === "todo" ? "/inbox" : "/inbox?tab=messages");
          }}
        >
          查看全部
        </Button>
      </div>
    </div>
  );
}

function PanelList({ loading, error, empty, children }: { loading: boolean; error: unknown; empty: string; children: ReactNode }) {
  if (loading) return <Spin style={{ display: "block", padding: 24 }} />;
  if (error) return <Typography.Text type="danger">{errorMessage(error)}</Typography.Text>;
  const items = Array.isArray(children) ? children : [];
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return <div style={{ display: "flex", flexDirection: "column", maxHeight: 360, overflowY: "auto" }}>{children}</div>;
}

function PanelItem({ title, meta, unread, onClick }: { title: string; meta: ReactNode; unread?: boolean; onClick: () => void }) {
  const { token } = theme.useToken();
  const [hover, setHover] = useState(false);
  return (
    <button
      type="button"
      onClick={onClick}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      style={{
        display: "flex",
        gap: 8,
        width: "100%",
        padding: "8px 8px",
        border: "none",
        borderRadius: token.borderRadius,
        background: hover ? token.colorFillTertiary : "transparent",
        textAlign: "left",
        cursor: "pointer",
        font: "inherit",
      }}
    >
      {unread !== undefined && (
        <span aria-hidden style={{ flex: "none", width: 6, height: 6, marginTop: 8, borderRadius: 3, background: unread ? token.colorError : "transparent" }} />
      )}
      <span style={{ flex: 1, minWidth: 0 }}>
        <Typography.Paragraph ellipsis={{ rows: 2 }} strong={unread} style={{ marginBottom: 2 }}>
          {title}
        </Typography.Paragraph>
        <span style={{ display: "flex", flexWrap: "wrap", gap: 8, alignItems: "center" }}>{meta}</span>
      </span>
    </button>
  );
}
