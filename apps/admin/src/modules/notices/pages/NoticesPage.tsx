import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Modal, Popconfirm, Progress, Select, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { NOTICE_AUDIENCE_LABELS, NOTICE_KIND_LABELS, NOTICE_KINDS, NOTICE_STATUS_LABELS, NOTICE_STATUSES, beijingToday, type NoticeKind, type NoticeStatus } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { NoticeRowFragment } from "../../../gql/graphql";
import { NoticeFormDrawer } from "../components/NoticeFormDrawer";
import { ReceiptsDrawer } from "../components/ReceiptsDrawer";
import { DeleteNoticeMutation, NoticesQuery, PublishNoticeMutation, WithdrawNoticeMutation } from "../graphql/notices.graphql";

const STATUS_COLORS: Record<NoticeStatus, string> = { DRAFT: "default", PUBLISHED: "green", WITHDRAWN: "red" };
const KIND_COLORS: Record<NoticeKind, string> = { GENERAL: "default", PROPOSAL_CALL: "volcano", OPINION_CALL: "geekblue" };

/** 通知公告: drafts, publishing (recipients fixed then), read receipts, reminders, withdrawal with a reason. */
export default function NoticesPage() {
  const { message, modal } = App.useApp();
  const [status, setStatus] = useState<NoticeStatus | undefined>();
  const [kind, setKind] = useState<NoticeKind | undefined>();
  const [keyword, setKeyword] = useState("");
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(NoticesQuery, {
    variables: { page, pageSize: 20, status, kind, keyword: keyword.trim() || undefined },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.notices;
  const [editing, setEditing] = useState<NoticeRowFragment | null | undefined>(undefined);
  const [receiptsOf, setReceiptsOf] = useState<NoticeRowFragment | null>(null);
  const [withdrawing, setWithdrawing] = useState<NoticeRowFragment | null>(null);
  const [reason, setReason] = useState("");
  const [publish] = useMutation(PublishNoticeMutation);
  const [withdraw, withdrawState] = useMutation(WithdrawNoticeMutation);
  const [remove] = useMutation(DeleteNoticeMutation);

  const doPublish = (n: NoticeRowFragment) =>
    modal.confirm({
      title: `发布“${n.title}”？`,
      content: `发送范围：${NOTICE_AUDIENCE_LABELS[n.audience]}。发布后接收人即收到消息，内容不能再修改。`,
      okText: "发布",
      cancelText: "取消",
      onOk: async () => {
        try {
          const r = (await publish({ variables: { id: n.id, version: n.version } })).data!.publishNotice;
          message.success(`已发布，${r.recipientCount} 人收到`);
          await refetch();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });

  const doWithdraw = async () => {
    if (!withdrawing) return;
    if (!reason.trim()) return message.error("请输入撤回原因");
    try {
      await withdraw({ variables: { id: withdrawing.id, version: withdrawing.version, reason } });
      message.success("已撤回，委员端不再显示该通知");
      setWithdrawing(null);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<NoticeRowFragment> = [
    {
      // The closing day sits under the kind: a column of its own would squeeze the titles.
      title: "类型",
      key: "kind",
      width: 130,
      render: (_, n) => (
        <Space orientation="vertical" size={2}>
          <Tag color={KIND_COLORS[n.kind]}>{NOTICE_KIND_LABELS[n.kind]}</Tag>
          {n.deadline && (
            <Typography.Text type={n.deadline < beijingToday() ? "secondary" : undefined} style={{ fontSize: 12 }}>
              {n.deadline} {n.deadline < beijingToday() ? "已截止" : "截止"}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: "标题", dataIndex: "title", key: "title", width: 280, ellipsis: true },
    { title: "发送范围", key: "audience", width: 150, ellipsis: true, render: (_, n) => NOTICE_AUDIENCE_LABELS[n.audience].replace(/（.*）/, "") },
    { title: "状态", key: "status", width: 90, render: (_, n) => <Tag color={STATUS_COLORS[n.status]}>{NOTICE_STATUS_LABELS[n.status]}</Tag> },
    {
      title: "阅读情况",
      key: "reads",
      width: 170,
      render: (_, n) =>
        n.status === "DRAFT" ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setReceiptsOf(n)} aria-label={`查看“${n.title}”的阅读回执`}>
            <Space>
              <Progress percent={n.recipientCount ? Math.round((n.readCount / n.recipientCount) * 100) : 0} size="small" style={{ width: 80, margin: 0 }} showInfo={false} />
              {n.readCount}/{n.recipientCount} 已读
            </Space>
          </Button>
        ),
    },
    { title: "发布时间", key: "publishedAt", width: 150, render: (_, n) => (n.publishedAt ? dayjs(n.publishedAt).format("YYYY-MM-DD HH:mm") : "—") },
    {
      title: "操作",
      key: "actions",
      width: 160,
      render: (_, n) => (
        <Space size={4}>
          {n.status === "DRAFT" && (
            <>
              <Button type="link" size="small" onClick={() => setEditing(n)}>
                编辑
              </Button>
              <Button type="link" size="small" onClick={() => doPublish(n)}>
                发布
              </Button>
              <Popconfirm
                title="确定删除该草稿吗？"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={async () => {
                  try {
                    await remove({ variables: { id: n.id } });
                    message.success("草稿已删除");
                    await refetch();
                  } catch (e) {
                    message.error(errorMessage(e));
                  }
                }}
              >
                <Button type="link" size="small" danger>
                  删除
                </Button>
              </Popconfirm>
            </>
          )}
          {n.status === "PUBLISHED" && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => {
                setReason("");
                setWithdrawing(n);
              }}
            >
              撤回
            </Button>
          )}
          {n.status === "WITHDRAWN" && <Typography.Text type="secondary" title={n.withdrawReason ?? ""}>已撤回：{n.withdrawReason}</Typography.Text>}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="通知公告与征集通知"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          新建通知
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          allowClear
          placeholder="标题关键字"
          style={{ width: 240 }}
          onSearch={(v) => {
            setKeyword(v);
            setPage(1);
          }}
        />
        <Select
          allowClear
          placeholder="全部类型"
          aria-label="通知类型"
          style={{ width: 140 }}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          options={NOTICE_KINDS.map((k) => ({ value: k, label: NOTICE_KIND_LABELS[k] }))}
        />
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={NOTICE_STATUSES.map((s) => ({ value: s, label: NOTICE_STATUS_LABELS[s] }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<NoticeRowFragment>
        rowKey="id"
        columns={columns}
        dataSource={list?.items ?? []}
        loading={loading}
        scroll={{ x: "max-content" }}
        expandable={{ expandedRowRender: (n) => <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{n.body}</Typography.Paragraph> }}
        pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 条`, showSizeChanger: false }}
        locale={{ emptyText: "暂无通知公告，点击右上角“新建通知”" }}
      />
      <NoticeFormDrawer
        open={editing !== undefined}
        notice={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void refetch();
        }}
      />
      <ReceiptsDrawer notice={receiptsOf && (list?.items.find((x) => x.id === receiptsOf.id) ?? receiptsOf)} onClose={() => setReceiptsOf(null)} onChanged={() => void refetch()} />
      <Modal title={withdrawing ? `撤回“${withdrawing.title}”` : "撤回通知"} open={!!withdrawing} okText="撤回" okButtonProps={{ danger: true, loading: withdrawState.loading }} cancelText="取消" onOk={doWithdraw} onCancel={() => setWithdrawing(null)}>
        <Typography.Paragraph>撤回后委员端不再显示该通知，已读记录保留。请说明原因：</Typography.Paragraph>
        <Input.TextArea aria-label="撤回原因" rows={3} maxLength={200} showCount value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Card>
  );
}
