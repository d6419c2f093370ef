import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, DatePicker, Dropdown, Input, Segmented, Select, Space, Table, Tabs, Typography } from "antd";
import { MoreOutlined, PlusOutlined, QrcodeOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useNavigate, useSearchParams } from "react-router";
import { MEETING_STATUS_LABELS, MEETING_STATUSES } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { AdminMeetingsQuery, MeetingCategory, MeetingFilter, MeetingStatus } from "../../../gql/graphql";
import { CheckInQrModal } from "../components/CheckInQrModal";
import { CategoryTag, MeetingStatusTag, timeRange } from "../components/labels";
import { MeetingFormDrawer } from "../components/MeetingFormDrawer";
import { useMeetingActions } from "../components/useMeetingActions";
import { AdminMeetingsQuery as MeetingsDoc, MeetingFormLookupsQuery } from "../graphql/meetings.graphql";

type Row = AdminMeetingsQuery["meetings"]["items"][number];
const PAGE_SIZE = 20;

/** 会议活动管理: every meeting and activity with filters (kept in the address bar), counts, and the moves each state allows. */
export default function MeetingsPage() {
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const canManage = can(viewer, "meeting:manage");
  const [params, setParams] = useSearchParams();
  const status = params.get("status") ?? "ALL";
  const category = params.get("category") ?? "ALL";
  const kindIds = params.getAll("kind");
  const sessionId = params.get("session") ?? undefined;
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const search = params.get("q") ?? "";
  const page = Number(params.get("page") ?? 1) || 1;
  const set = (changes: Record<string, string | string[] | undefined>, keepPage = false) =>
    setParams((p) => {
      const n = new URLSearchParams(p);
      for (const [k, v] of Object.entries(changes)) {
        n.delete(k);
        for (const x of Array.isArray(v) ? v : v ? [v] : []) n.append(k, x);
      }
      if (!keepPage) n.delete("page");
      return n;
    });

  const filter: MeetingFilter = {
    ...(status !== "ALL" ? { statuses: [status as MeetingStatus] } : {}),
    ...(category !== "ALL" ? { category: category as MeetingCategory } : {}),
    ...(kindIds.length ? { kindIds } : {}),
    ...(sessionId ? { sessionId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(search ? { search } : {}),
  };
  const lookups = useQuery(MeetingFormLookupsQuery, { fetchPolicy: "cache-first" });
  const { data, previousData, loading, error, refetch } = useQuery(MeetingsDoc, { variables: { page, pageSize: PAGE_SIZE, filter }, fetchPolicy: "cache-and-network" });
  const list = (data ?? previousData)?.meetings;
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [qrFor, setQrFor] = useState<Row | null>(null);
  const actions = useMeetingActions(() => void refetch());

  const kinds = (lookups.data?.meetingKinds ?? []).filter((k) => category === "ALL" || k.category === category);
  const filtered = status !== "ALL" || category !== "ALL" || kindIds.length > 0 || !!sessionId || !!from || !!to || !!search;

  const more = (m: Row) => {
    const items = [
      ...(m.status === "DRAFT" || m.status === "PUBLISHED" ? [{ key: "edit", label: "修改" }] : []),
      ...(m.status === "PUBLISHED" ? [{ key: "finish", label: "结束" }, { key: "cancel", label: "取消", danger: true }] : []),
      ...(m.status === "DRAFT" ? [{ key: "delete", label: "删除", danger: true }] : []),
    ];
    return items.length ? (
      <Dropdown
        menu={{
          items,
          onClick: ({ key }) => (key === "edit" ? setEditing({ id: m.id }) : key === "finish" ? actions.finish(m) : key === "cancel" ? actions.cancel(m) : actions.remove(m)),
        }}
      >
        <Button type="text" size="small" icon={<MoreOutlined />} aria-label={`“${m.title}”的更多操作`} />
      </Dropdown>
    ) : null;
  };

  return (
    <Card
      title="会议活动管理"
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
            新建会议活动
          </Button>
        )
      }
    >
      <Tabs activeKey={status} onChange={(k) => set({ status: k === "ALL" ? undefined : k })} items={[{ key: "ALL", label: "全部" }, ...MEETING_STATUSES.map((s) => ({ key: s, label: MEETING_STATUS_LABELS[s] }))]} />
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          value={category}
          onChange={(v) => set({ category: v === "ALL" ? undefined : String(v), kind: undefined })}
          options={[
            { value: "ALL", label: "会议和活动" },
            { value: "MEETING", label: "会议" },
            { value: "ACTIVITY", label: "活动" },
          ]}
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder="类型"
          aria-label="类型"
          style={{ width: 220 }}
          value={kindIds}
          onChange={(v) => set({ kind: v })}
          options={kinds.map((k) => ({ value: k.id, label: k.name }))}
          showSearch={{ optionFilterProp: "label" }}
        />
        <Select
          allowClear
          placeholder="届次"
          aria-label="届次"
          style={{ width: 170 }}
          value={sessionId}
          onChange={(v) => set({ session: v })}
          options={(lookups.data?.committeeSessions ?? []).map((s) => ({ value: s.id, label: `${s.name}${s.isCurrent ? "（本届）" : ""}` }))}
        />
        <DatePicker.RangePicker
          placeholder={["开始日期", "截止日期"]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(v) => set({ from: v?.[0]?.format("YYYY-MM-DD"), to: v?.[1]?.format("YYYY-MM-DD") })}
        />
        <Input.Search key={search} defaultValue={search} allowClear placeholder="名称或地点" aria-label="名称或地点" style={{ width: 220 }} onSearch={(v) => set({ q: v.trim() || undefined })} />
        {filtered && (
          <Button type="link" onClick={() => setParams(new URLSearchParams())}>
            清除条件
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={list?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list?.total ?? 0, onChange: (p) => set({ page: String(p) }, true), showTotal: (t) => `共 ${t} 项`, showSizeChanger: false }}
        locale={{ emptyText: filtered ? "没有符合条件的会议活动" : "暂无会议活动，点击“新建会议活动”开始" }}
        columns={[
          {
            title: "名称",
            key: "title",
            render: (_, m) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/meetings/${m.id}`}>{m.title}</Link>
                <Space size={4}>
                  <CategoryTag category={m.category} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {m.kind.name} · {m.session.name}
                  </Typography.Text>
                </Space>
              </Space>
            ),
          },
          {
            title: "时间",
            key: "time",
            width: 150,
            render: (_, m) => {
              const t = timeRange(m.startsAt, m.endsAt);
              const day = t.slice(0, t.indexOf(" "));
              const hours = t.slice(t.indexOf(" ") + 1);
              return (
                <Space orientation="vertical" size={0}>
                  {day}
                  <Typography.Text type="secondary">{hours}</Typography.Text>
                </Space>
              );
            },
          },
          { title: "地点", dataIndex: "place", key: "place", width: 180, ellipsis: true },
          { title: "状态", key: "status", width: 90, render: (_, m) => <MeetingStatusTag status={m.status} /> },
          {
            title: "回执 / 出勤",
            key: "counts",
            width: 170,
            render: (_, m) =>
              m.status === "DRAFT" ? (
                <Typography.Text type="secondary">未发布</Typography.Text>
              ) : (
                <Link to={`/meetings/${m.id}?tab=attendance`} aria-label={`查看“${m.title}”的回执与出勤`}>
                  邀请 {m.counts.invited} · 参加 {m.counts.replyAttend}
                  <br />
                  签到 {m.counts.attended}
                  {m.counts.leavePending ? <Typography.Text type="warning">{` · 待批假 ${m.counts.leavePending}`}</Typography.Text> : ""}
                </Link>
              ),
          },
          {
            title: "操作",
            key: "op",
            width: 180,
            render: (_, m) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => navigate(`/meetings/${m.id}`)}>
                  详情
                </Button>
                {canManage && m.status === "DRAFT" && (
                  <Button type="link" size="small" onClick={() => actions.publish(m)}>
                    发布
                  </Button>
                )}
                {canManage && m.status === "PUBLISHED" && (
                  <Button type="link" size="small" icon={<QrcodeOutlined />} onClick={() => setQrFor(m)}>
                    签到码
                  </Button>
                )}
                {canManage && more(m)}
              </Space>
            ),
          },
        ]}
      />
      <MeetingFormDrawer open={!!editing} meetingId={editing?.id} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), void refetch())} />
      <CheckInQrModal meeting={qrFor} onClose={() => (setQrFor(null), void refetch())} />
    </Card>
  );
}
