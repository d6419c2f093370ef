import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Button, Card, Space, Table, Tabs, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { errorMessage } from "../../../app/errors";
import type { InboxNotificationRowFragment, InboxTodoRowFragment, TodoStatus } from "../../../gql/graphql";
import { dateTime, isOverdue, kindCategory } from "../components/inbox-labels";
import { resolveLink } from "../components/inbox-links";
import { useOpenInboxItem } from "../components/use-open-inbox-item";
import { InboxCountsQuery, MyNotificationsQuery, MyTodosQuery } from "../graphql/inbox.graphql";
import { onInboxChanged } from "../live/inbox-signal";

type TabKey = "todo" | "done" | "messages";
const TABS: TabKey[] = ["todo", "done", "messages"];

/** Server-side paging, restarting at page 1 whenever `resetKey` changes. */
function usePaging(resetKey: string) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  useEffect(() => setPage(1), [resetKey]);
  const pagination = (total: number, noun: string) => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    showTotal: (t: number) => `共 ${t} ${noun}`,
    onChange: (p: number, ps: number) => {
      setPage(ps !== pageSize ? 1 : p);
      setPageSize(ps);
    },
  });
  return { page, pageSize, pagination };
}

const category = (kind: string) => {
  const c = kindCategory(kind);
  return c ? <Tag>{c}</Tag> : "—";
};

function TodoTable({ status }: { status: TodoStatus }) {
  const { page, pageSize, pagination } = usePaging(status);
  const { openTodo } = useOpenInboxItem();
  const { data, previousData, loading, error, refetch } = useQuery(MyTodosQuery, {
    variables: { status, page, pageSize },
    fetchPolicy: "cache-and-network",
  });
  useEffect(() => onInboxChanged(() => void refetch().catch(() => undefined)), [refetch]);
  const list = (data ?? previousData)?.myTodos;
  const open = status === "OPEN";

  const columns: ColumnsType<InboxTodoRowFragment> = [
    {
      title: "事项",
      key: "title",
      render: (_, t) =>
        resolveLink(t.link).kind !== "none" ? (
          <Typography.Link onClick={() => openTodo(t)}>{t.title}</Typography.Link>
        ) : (
          <Typography.Text>{t.title}</Typography.Text>
        ),
    },
    { title: "类别", dataIndex: "kind", key: "kind", width: 110, render: category },
    { title: "分派", dataIndex: "shared", key: "shared", width: 90, render: (v: boolean) => (v ? <Tag color="blue">岗位</Tag> : <Tag>个人</Tag>) },
    ...(open
      ? [
          {
            title: "截止时间",
            dataIndex: "dueAt",
            key: "dueAt",
            width: 170,
            render: (v: string | null, t: InboxTodoRowFragment) =>
              v ? <Typography.Text type={isOverdue(v, t.doneAt) ? "danger" : undefined}>{dateTime(v)}{isOverdue(v, t.doneAt) && "（已逾期）"}</Typography.Text> : "—",
          },
        ]
      : []),
    { title: "接收时间", dataIndex: "createdAt", key: "createdAt", width: 160, render: dateTime },
    ...(open
      ? [
          {
            title: "操作",
            key: "actions",
            width: 80,
            render: (_: unknown, t: InboxTodoRowFragment) =>
              resolveLink(t.link).kind !== "none" ? (
                <Button type="link" size="small" onClick={() => openTodo(t)}>
                  办理
                </Button>
              ) : null,
          },
        ]
      : [{ title: "办结时间", dataIndex: "doneAt", key: "doneAt", width: 160, render: (v: string | null) => (v ? dateTime(v) : "—") }]),
  ];

  return (
    <>
      {error && (
        <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <Table<InboxTodoRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={pagination(list?.total ?? 0, open ? "项待办" : "项已办")}
        locale={{ emptyText: open ? "暂无待办" : "暂无已办事项" }}
        scroll={{ x: 860 }}
      />
    </>
  );
}

function MessageTable() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { page, pageSize, pagination } = usePaging(String(unreadOnly));
  const { openNotification, markNotificationsRead } = useOpenInboxItem();
  const { data, previousData, loading, error, refetch } = useQuery(MyNotificationsQuery, {
    variables: { page, pageSize, unreadOnly },
    fetchPolicy: "cache-and-network",
  });
  useEffect(() => onInboxChanged(() => void refetch().catch(() => undefined)), [refetch]);
  const list = (data ?? previousData)?.myNotifications;
  const unread = list?.unread ?? 0;

  const columns: ColumnsType<InboxNotificationRowFragment> = [
    {
      title: "状态",
      dataIndex: "readAt",
      key: "readAt",
      width: 80,
      render: (v: string | null) => (v ? <Badge status="default" text="已读" /> : <Badge status="error" text="未读" />),
    },
    {
      title: "消息",
      key: "title",
      render: (_, n) => (
        <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
          <Typography.Link onClick={() => openNotification(n)} strong={!n.readAt}>
            {n.title}
          </Typography.Link>
          {n.body && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: n.body }} style={{ maxWidth: 520 }}>
              {n.body}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: "类别", dataIndex: "kind", key: "kind", width: 110, render: category },
    { title: "时间", dataIndex: "createdAt", key: "createdAt", width: 160, render: dateTime },
  ];

  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Button onClick={() => setUnreadOnly((v) => !v)}>{unreadOnly ? "显示全部消息" : "只看未读"}</Button>
        <Button disabled={unread === 0} onClick={() => void markNotificationsRead()}>
          全部已读
        </Button>
        <Typography.Text type="secondary">{unread > 0 ? `${unread} 条未读` : "没有未读消息"}</Typography.Text>
      </Space>
      {error && (
        <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <Table<InboxNotificationRowFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        pagination={pagination(list?.total ?? 0, "条消息")}
        locale={{ emptyText: unreadOnly ? "没有未读消息" : "暂无消息" }}
        scroll={{ x: 760 }}
      />
    </>
  );
}

/** 我的待办: everything the viewer (or their post) must act on, what they finished, and their messages. */
export default function InboxPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get("tab") as TabKey | null;
  const tab: TabKey = raw && TABS.includes(raw) ? raw : "todo";
  const { data } = useQuery(InboxCountsQuery, { fetchPolicy: "cache-first" });
  const counts = data?.inboxCounts;

  return (
    <Card title="我的待办">
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === "todo" ? {} : { tab: k }, { replace: true })}
        destroyOnHidden
        items={[
          { key: "todo", label: `待办${counts ? `（${counts.openTodos}）` : ""}`, children: <TodoTable status="OPEN" /> },
          { key: "done", label: "已办", children: <TodoTable status="DONE" /> },
          { key: "messages", label: `消息${counts?.unreadNotifications ? `（${counts.unreadNotifications} 未读）` : ""}`, children: <MessageTable /> },
        ]}
      />
    </Card>
  );
}
