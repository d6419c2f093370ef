import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Dropdown, Input, Modal, Segmented, Space, Table, Tooltip, Typography } from "antd";
import { DownloadOutlined, DownOutlined, ReloadOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import type { MeetingAttendance } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { AdminMeetingAttendanceQuery, MeetingAttendanceFilter } from "../../../gql/graphql";
import { downloadBase64File } from "../../organisation/components/file-transfer";
import { ExportAttendanceMutation, MarkAttendanceMutation, MeetingAttendanceQuery, ReviewLeaveMutation } from "../graphql/meetings.graphql";
import { AttendanceTag, LeaveTag, methodLabel, ReplyTag } from "./labels";

type Row = AdminMeetingAttendanceQuery["meetingAttendance"]["items"][number];
const VIEWS: { value: string; label: string; filter: MeetingAttendanceFilter }[] = [
  { value: "all", label: "全部", filter: {} },
  { value: "attend", label: "回执参加", filter: { reply: "ATTEND" } },
  { value: "none", label: "未回执", filter: { reply: "NONE" } },
  { value: "pending", label: "请假待审批", filter: { leaveStatus: "PENDING" } },
  { value: "attended", label: "已签到", filter: { attendance: "ATTENDED" } },
  { value: "leave", label: "请假", filter: { attendance: "LEAVE" } },
  { value: "absent", label: "缺席", filter: { attendance: "ABSENT" } },
  { value: "undecided", label: "尚未签到", filter: { undecided: true } },
];
const PAGE_SIZE = 20;

/**
 * 回执与出勤: who replied what, leave waiting for approval (准假 / 不准假 with a note), who checked in and
 * how; staff can record attendance for selected members (also after the meeting, to correct it).
 */
export function AttendancePanel({ meetingId, status, canManage, onChanged }: { meetingId: string; status: string; canManage: boolean; onChanged: () => void }) {
  const { message, modal } = App.useApp();
  const [view, setView] = useState("all");
  const [name, setName] = useState("");
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [reviewing, setReviewing] = useState<{ row: Row; approve: boolean } | null>(null);
  const [note, setNote] = useState("");
  const filter = { ...VIEWS.find((v) => v.value === view)!.filter, ...(name ? { name } : {}) };
  const { data, previousData, loading, error, refetch } = useQuery(MeetingAttendanceQuery, { variables: { meetingId, page, pageSize: PAGE_SIZE, filter }, fetchPolicy: "cache-and-network" });
  const list = (data ?? previousData)?.meetingAttendance;
  const [review, r] = useMutation(ReviewLeaveMutation);
  const [mark] = useMutation(MarkAttendanceMutation);
  const [exportList, ex] = useMutation(ExportAttendanceMutation);
  const open = status === "PUBLISHED" || status === "FINISHED";

  const after = async () => {
    await refetch();
    onChanged();
  };
  const decide = async () => {
    if (!reviewing) return;
    try {
      await review({ variables: { meetingId, memberId: reviewing.row.member.id, approve: reviewing.approve, note: note.trim() || null } });
      message.success(reviewing.approve ? `已准假：${reviewing.row.member.name}` : `不准假：${reviewing.row.member.name}，已通知其按时出席`);
      setReviewing(null);
      setNote("");
      await after();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const markAs = (ids: string[], attendance: MeetingAttendance | null, who: string) =>
    modal.confirm({
      title: attendance ? `将 ${who} 登记为“${attendance === "ATTENDED" ? "出席" : attendance === "LEAVE" ? "请假" : "缺席"}”？` : `撤销 ${who} 的出勤登记？`,
      content: "出勤结果计入委员履职档案。",
      okText: "确定",
      cancelText: "取消",
      onOk: async () => {
        try {
          const res = (await mark({ variables: { meetingId, entries: ids.map((memberId) => ({ memberId, attendance })) } })).data!.markMeetingAttendance;
          message.success(`已登记 ${res.changed} 人`);
          setSelected([]);
          await after();
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  const markMenu = (ids: string[], who: string) => ({
    items: [
      { key: "ATTENDED", label: "出席" },
      { key: "LEAVE", label: "请假" },
      { key: "ABSENT", label: "缺席" },
      { type: "divider" as const },
      { key: "CLEAR", label: "撤销登记" },
    ],
    onClick: ({ key }: { key: string }) => markAs(ids, key === "CLEAR" ? null : (key as MeetingAttendance), who),
  });
  const doExport = async () => {
    try {
      const f = (await exportList({ variables: { meetingId } })).data!.exportMeetingAttendance;
      downloadBase64File(f);
      message.success(`已导出 ${f.rowCount} 行`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const n = list?.counts;
  return (
    <>
      {n && (
        <Typography.Paragraph data-testid="attendance-counts">
          受邀 <b>{n.invited}</b> 人 · 回执参加 <b>{n.replyAttend}</b> · 请假待审批 <b>{n.leavePending}</b> · 出席 <b>{n.attended}</b> · 请假 <b>{n.leave}</b> · 缺席 <b>{n.absent}</b> · 尚无结果 <b>{n.undecided}</b>
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented value={view} onChange={(v) => (setView(String(v)), setPage(1), setSelected([]))} options={VIEWS.map((v) => ({ value: v.value, label: v.label }))} />
        <Input.Search allowClear placeholder="委员姓名" style={{ width: 180 }} onSearch={(v) => (setName(v.trim()), setPage(1))} />
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
          刷新
        </Button>
        <Button icon={<DownloadOutlined />} loading={ex.loading} onClick={() => void doExport()}>
          导出名单
        </Button>
        {canManage && open && (
          <Dropdown menu={markMenu(selected, `选中的 ${selected.length} 名委员`)} disabled={!selected.length}>
            <Button>
              批量登记出勤 <DownOutlined />
            </Button>
          </Dropdown>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey={(x) => x.member.id}
        size="small"
        loading={loading}
        dataSource={list?.items ?? []}
        rowSelection={canManage && open ? { selectedRowKeys: selected, onChange: (k) => setSelected(k.map(String)) } : undefined}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 人`, showSizeChanger: false }}
        locale={{ emptyText: status === "DRAFT" ? "发布后生成受邀名单" : "没有符合条件的委员" }}
        columns={[
          { title: "委员", key: "name", render: (_, x) => x.member.name },
          { title: "界别", dataIndex: "sector", key: "sector", render: (s) => s ?? "—" },
          { title: "回执", key: "reply", render: (_, x) => <ReplyTag reply={x.reply} /> },
          {
            title: "请假",
            key: "leave",
            render: (_, x) =>
              x.reply === "LEAVE" && x.leaveStatus ? (
                <Space orientation="vertical" size={0}>
                  <Space size={4}>
                    <LeaveTag status={x.leaveStatus} />
                    <Tooltip title={x.leaveReason}>
                      <Typography.Text ellipsis style={{ maxWidth: 180 }}>
                        {x.leaveReason}
                      </Typography.Text>
                    </Tooltip>
                  </Space>
                  {x.leaveReviewNote && <Typography.Text type="secondary" style={{ fontSize: 12 }}>审批意见：{x.leaveReviewNote}</Typography.Text>}
                </Space>
              ) : (
                "—"
              ),
          },
          { title: "出勤", key: "attendance", render: (_, x) => <AttendanceTag attendance={x.attendance} /> },
          {
            title: "签到 / 登记",
            key: "at",
            render: (_, x) => (x.attendanceAt ? `${dayjs(x.attendanceAt).format("MM-DD HH:mm")} ${methodLabel(x.attendanceMethod)}` : "—"),
          },
          ...(canManage
            ? [
                {
                  title: "操作",
                  key: "op",
                  width: 170,
                  render: (_: unknown, x: Row) => (
                    <Space size={0}>
                      {x.leaveStatus === "PENDING" && (
                        <>
                          <Button type="link" size="small" onClick={() => setReviewing({ row: x, approve: true })}>
                            准假
                          </Button>
                          <Button type="link" size="small" danger onClick={() => setReviewing({ row: x, approve: false })}>
                            不准假
                          </Button>
                        </>
                      )}
                      {open && (
                        <Dropdown menu={markMenu([x.member.id], x.member.name)}>
                          <Button type="link" size="small">
                            登记 <DownOutlined />
                          </Button>
                        </Dropdown>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title={reviewing ? `${reviewing.approve ? "准假" : "不准假"}：${reviewing.row.member.name}` : ""}
        open={!!reviewing}
        onCancel={() => (setReviewing(null), setNote(""))}
        onOk={() => void decide()}
        okText={reviewing?.approve ? "准假" : "不准假"}
        okButtonProps={{ danger: reviewing ? !reviewing.approve : false, loading: r.loading }}
        cancelText="取消"
        destroyOnHidden
      >
        <Typography.Paragraph>请假事由：{reviewing?.row.leaveReason}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{reviewing?.approve ? "准假后出勤记为“请假”，并通知委员。" : "不准假时委员仍须出席，系统会通知委员。"}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={200} showCount value={note} onChange={(e) => setNote(e.target.value)} placeholder="审批意见（选填）" aria-label="审批意见" />
      </Modal>
    </>
  );
}
