import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Drawer, Space, Table, Tag } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { MeetingAttendanceQuery, ReviewLeaveMutation } from "../graphql/meetings.graphql";

const reply = (r: string) => (r === "ATTEND" ? <Tag color="blue">参加</Tag> : r === "LEAVE" ? <Tag color="orange">请假</Tag> : <Tag>未回执</Tag>);
const attendance = (a: string | null | undefined) => (a === "ATTENDED" ? <Tag color="green">已签到</Tag> : a === "LEAVE" ? <Tag>请假</Tag> : a === "ABSENT" ? <Tag color="red">缺席</Tag> : "—");

/** 回执与出勤: who replied what, leave to approve, who has checked in (and how). */
export function AttendanceDrawer({ meeting, onClose, onChanged }: { meeting: { id: string; title: string } | null; onClose: () => void; onChanged: () => void }) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(MeetingAttendanceQuery, { variables: { meetingId: meeting?.id ?? "", page }, skip: !meeting, fetchPolicy: "cache-and-network" });
  const [review] = useMutation(ReviewLeaveMutation);
  const decide = async (memberId: string, approve: boolean) => {
    try {
      await review({ variables: { meetingId: meeting!.id, memberId, approve } });
      message.success(approve ? "已批准请假" : "已不批准请假");
      await refetch();
      onChanged();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Drawer title={meeting ? `回执与出勤：${meeting.title}` : ""} open={!!meeting} onClose={onClose} size={760} extra={<Button onClick={() => refetch()}>刷新</Button>}>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Table
        rowKey={(r) => r.member.id}
        size="small"
        loading={loading}
        dataSource={data?.meetingAttendance.items ?? []}
        pagination={{ current: page, pageSize: 50, total: data?.meetingAttendance.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 人`, showSizeChanger: false }}
        columns={[
          { title: "委员", key: "name", render: (_, r) => r.member.name },
          { title: "界别", dataIndex: "sector", key: "sector" },
          { title: "回执", key: "reply", render: (_, r) => reply(r.reply) },
          {
            title: "请假",
            key: "leave",
            render: (_, r) =>
              r.reply === "LEAVE" ? (
                r.leaveStatus === "PENDING" ? (
                  <Space size={4}>
                    <span title={r.leaveReason ?? ""}>{r.leaveReason}</span>
                    <Button size="small" type="link" onClick={() => decide(r.member.id, true)}>批准</Button>
                    <Button size="small" type="link" danger onClick={() => decide(r.member.id, false)}>不批准</Button>
                  </Space>
                ) : (
                  `${r.leaveStatus === "APPROVED" ? "已批准" : "未批准"}：${r.leaveReason ?? ""}`
                )
              ) : (
                "—"
              ),
          },
          { title: "出勤", key: "attendance", render: (_, r) => attendance(r.attendance) },
          { title: "签到时间", key: "at", render: (_, r) => (r.attendanceAt ? `${dayjs(r.attendanceAt).format("HH:mm")}${r.attendanceMethod === "QR" ? "（扫码）" : ""}` : "—") },
        ]}
      />
    </Drawer>
  );
}
