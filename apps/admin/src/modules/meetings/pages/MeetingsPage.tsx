import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Input, Space, Table, Tabs, Tag, Typography } from "antd";
import { PlusOutlined, QrcodeOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import type { AdminMeetingsQuery, MeetingStatus } from "../../../gql/graphql";
import { AttendanceDrawer } from "../components/AttendanceDrawer";
import { CheckInQrModal } from "../components/CheckInQrModal";
import { MeetingFormDrawer } from "../components/MeetingFormDrawer";
import { AdminMeetingsQuery as MeetingsDoc, CancelMeetingMutation, PublishMeetingMutation } from "../graphql/meetings.graphql";

type Row = AdminMeetingsQuery["meetings"]["items"][number];
const STATUS: Record<string, { label: string; color: string }> = {
  DRAFT: { label: "草稿", color: "default" },
  PUBLISHED: { label: "已发布", color: "green" },
  CANCELLED: { label: "已取消", color: "red" },
  FINISHED: { label: "已结束", color: "blue" },
};

/** 会议活动: drafts, publishing (invitations go out), the check-in QR for the screen, replies and attendance. */
export default function MeetingsPage() {
  const { message, modal } = App.useApp();
  const [tab, setTab] = useState<string>("ALL");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const filter = { ...(tab !== "ALL" ? { statuses: [tab as MeetingStatus] } : {}), ...(search ? { search } : {}) };
  const { data, previousData, loading, error, refetch } = useQuery(MeetingsDoc, { variables: { page, pageSize: 20, filter }, fetchPolicy: "cache-and-network" });
  const list = (data ?? previousData)?.meetings;
  const [creating, setCreating] = useState(false);
  const [qrFor, setQrFor] = useState<Row | null>(null);
  const [attendanceOf, setAttendanceOf] = useState<Row | null>(null);
  const [publish] = useMutation(PublishMeetingMutation);
  const [cancel] = useMutation(CancelMeetingMutation);

  const doPublish = (m: Row) =>
    modal.confirm({
      title: `发布“${m.title}”？`,
      content: "发布后按邀请范围生成受邀名单，委员立即收到通知和回执待办。",
      okText: "发布",
      cancelText: "取消",
      onOk: async () => {
        try {
          const r = (await publish({ variables: { id: m.id } })).data!.publishMeeting;
          message.success(`已发布，邀请 ${r.counts.invited} 名委员`);
          await refetch();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  const doCancel = (m: Row) => {
    let reason = "";
    modal.confirm({
      title: `取消“${m.title}”？`,
      content: <Input.TextArea rows={3} placeholder="取消原因（受邀委员会收到）" onChange={(e) => (reason = e.target.value)} />,
      okText: "取消会议活动",
      okButtonProps: { danger: true },
      cancelText: "返回",
      onOk: async () => {
        if (!reason.trim()) {
          message.error("请填写取消原因");
          throw new Error("reason required");
        }
        try {
          await cancel({ variables: { id: m.id, reason: reason.trim() } });
          message.success("已取消，并通知受邀委员");
          await refetch();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  };

  return (
    <Card
      title="会议活动"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建会议活动
        </Button>
      }
    >
      <Tabs activeKey={tab} onChange={(k) => (setTab(k), setPage(1))} items={[{ key: "ALL", label: "全部" }, ...Object.entries(STATUS).map(([key, s]) => ({ key, label: s.label }))]} />
      <Input.Search allowClear placeholder="名称或地点" style={{ width: 260, marginBottom: 16 }} onSearch={(v) => (setSearch(v.trim()), setPage(1))} />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={list?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 项`, showSizeChanger: false }}
        locale={{ emptyText: "暂无会议活动" }}
        columns={[
          { title: "名称", key: "title", render: (_, m) => <Space orientation="vertical" size={0}>{m.title}<Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.kind.name}</Typography.Text></Space> },
          { title: "时间", key: "time", width: 170, render: (_, m) => dayjs(m.startsAt).format("YYYY-MM-DD HH:mm") },
          { title: "地点", dataIndex: "place", key: "place", ellipsis: true },
          { title: "状态", key: "status", width: 90, render: (_, m) => <Tag color={STATUS[m.status]?.color}>{STATUS[m.status]?.label}</Tag> },
          {
            title: "回执 / 出勤",
            key: "counts",
            width: 200,
            render: (_, m) =>
              m.status === "DRAFT" ? "—" : (
                <a onClick={() => setAttendanceOf(m)} aria-label={`查看“${m.title}”的回执与出勤`}>
                  邀请 {m.counts.invited} · 参加 {m.counts.replyAttend} · 签到 {m.counts.attended}
                  {m.counts.leavePending ? ` · 待批假 ${m.counts.leavePending}` : ""}
                </a>
              ),
          },
          {
            title: "操作",
            key: "op",
            width: 200,
            render: (_, m) => (
              <Space size={4}>
                {m.status === "DRAFT" && <Button type="link" size="small" onClick={() => doPublish(m)}>发布</Button>}
                {m.status === "PUBLISHED" && (
                  <>
                    <Button type="link" size="small" icon={<QrcodeOutlined />} onClick={() => setQrFor(m)}>签到码</Button>
                    <Button type="link" size="small" danger onClick={() => doCancel(m)}>取消</Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <MeetingFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={() => (setCreating(false), void refetch())} />
      <CheckInQrModal meeting={qrFor} onClose={() => (setQrFor(null), void refetch())} />
      <AttendanceDrawer meeting={attendanceOf} onClose={() => setAttendanceOf(null)} onChanged={() => void refetch()} />
    </Card>
  );
}
