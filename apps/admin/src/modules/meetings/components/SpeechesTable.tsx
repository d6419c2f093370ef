import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Descriptions, Drawer, Input, Modal, Segmented, Space, Table, Typography } from "antd";
import dayjs from "dayjs";
import { availableActions, MEETING_SPEECH_ACTION_LABELS, meetingSpeechMachine, type MeetingSpeechAction, type Role } from "@zhzx/shared";
import { errorMessage } from "../../../app/errors";
import type { AdminMeetingSpeechesQuery, MeetingSpeechStatus } from "../../../gql/graphql";
import { AdminMeetingSpeechesQuery as SpeechesDoc, ReviewMeetingSpeechMutation } from "../graphql/speeches.graphql";
import { SpeechStatusTag } from "./labels";

type Row = AdminMeetingSpeechesQuery["meetingSpeeches"]["items"][number];
type StaffAction = Exclude<MeetingSpeechAction, "withdraw">;
const VIEWS: { value: string; label: string; statuses: MeetingSpeechStatus[] | null }[] = [
  { value: "all", label: "全部", statuses: null },
  { value: "SUBMITTED", label: "待审核", statuses: ["SUBMITTED"] },
  { value: "SELECTED", label: "已选用", statuses: ["SELECTED"] },
  { value: "DELIVERED", label: "已发言", statuses: ["DELIVERED"] },
  { value: "REJECTED", label: "未选用", statuses: ["REJECTED"] },
  { value: "WITHDRAWN", label: "已撤回", statuses: ["WITHDRAWN"] },
];
const STAFF: Role[] = ["MEETING_AFFAIRS"];
const CONFIRM: Record<StaffAction, string> = {
  select: "选用后委员可在委员端看到结果。",
  reject: "不选用的发言会告知委员，可填写原因。",
  deliver: "标记已发言后计入该委员的履职档案。",
  undeliver: "撤销后该次发言不再计入履职。",
};

/** 大会发言: members' written speeches, by state; staff select or reject them and mark the delivered ones. */
export function SpeechesTable({ meetingId, canManage, showMeeting }: { meetingId?: string; canManage: boolean; showMeeting?: boolean }) {
  const { message } = App.useApp();
  const [view, setView] = useState("all");
  const [page, setPage] = useState(1);
  const [reading, setReading] = useState<Row | null>(null);
  const [acting, setActing] = useState<{ row: Row; action: StaffAction } | null>(null);
  const [note, setNote] = useState("");
  const statuses = VIEWS.find((v) => v.value === view)!.statuses;
  const { data, previousData, loading, error, refetch } = useQuery(SpeechesDoc, { variables: { page, pageSize: 20, meetingId: meetingId ?? null, statuses }, fetchPolicy: "cache-and-network" });
  const list = (data ?? previousData)?.meetingSpeeches;
  const [review, r] = useMutation(ReviewMeetingSpeechMutation);
  const actionsOf = (s: Row) => (canManage ? (availableActions(meetingSpeechMachine, s.status, STAFF) as StaffAction[]) : []);

  const act = async () => {
    if (!acting) return;
    try {
      await review({ variables: { id: acting.row.id, action: acting.action, note: note.trim() || null } });
      message.success(`已${MEETING_SPEECH_ACTION_LABELS[acting.action]}：${acting.row.title}`);
      setActing(null);
      setReading(null);
      setNote("");
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const buttons = (s: Row) =>
    actionsOf(s).map((a) => (
      <Button key={a} type="link" size="small" danger={a === "reject" || a === "undeliver"} onClick={() => setActing({ row: s, action: a })}>
        {MEETING_SPEECH_ACTION_LABELS[a]}
      </Button>
    ));

  return (
    <>
      <Segmented style={{ marginBottom: 12 }} value={view} onChange={(v) => (setView(String(v)), setPage(1))} options={VIEWS.map((v) => ({ value: v.value, label: v.label }))} />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={list?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list?.total ?? 0, onChange: setPage, showTotal: (t) => `共 ${t} 篇`, showSizeChanger: false }}
        locale={{ emptyText: "暂无大会发言" }}
        columns={[
          { title: "发言题目", key: "title", render: (_, s) => (
            // An href makes it a real link: focusable and announced as one (an <a> without it is neither).
            <a href="#" onClick={(e) => (e.preventDefault(), setReading(s))}>
              {s.title}
            </a>
          ) },
          { title: "委员", key: "member", width: 100, render: (_, s) => s.member.name },
          ...(showMeeting ? [{ title: "会议活动", key: "meeting", ellipsis: true, render: (_: unknown, s: Row) => s.meeting.title }] : []),
          { title: "提交时间", key: "at", width: 140, render: (_, s) => dayjs(s.submittedAt).format("YYYY-MM-DD HH:mm") },
          { title: "状态", key: "status", width: 90, render: (_, s) => <SpeechStatusTag status={s.status} /> },
          ...(canManage ? [{ title: "操作", key: "op", width: 200, render: (_: unknown, s: Row) => <Space size={0}>{buttons(s)}</Space> }] : []),
        ]}
      />
      <Drawer title={reading?.title} open={!!reading} onClose={() => setReading(null)} size={640} extra={reading && <Space>{buttons(reading)}</Space>}>
        {reading && (
          <>
            <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label="委员">{reading.member.name}</Descriptions.Item>
              <Descriptions.Item label="会议活动">{reading.meeting.title}</Descriptions.Item>
              <Descriptions.Item label="状态">
                <SpeechStatusTag status={reading.status} />
              </Descriptions.Item>
              <Descriptions.Item label="提交时间">{dayjs(reading.submittedAt).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>
              {reading.reviewerName && <Descriptions.Item label="审核">{`${reading.reviewerName} · ${dayjs(reading.reviewedAt).format("YYYY-MM-DD HH:mm")}`}</Descriptions.Item>}
              {reading.reviewNote && <Descriptions.Item label="审核意见">{reading.reviewNote}</Descriptions.Item>}
              {reading.deliveredAt && <Descriptions.Item label="发言时间">{dayjs(reading.deliveredAt).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>}
            </Descriptions>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", fontSize: 15, lineHeight: 1.9 }}>{reading.content}</Typography.Paragraph>
          </>
        )}
      </Drawer>
      <Modal
        title={acting ? `${MEETING_SPEECH_ACTION_LABELS[acting.action]}：${acting.row.title}` : ""}
        open={!!acting}
        onCancel={() => (setActing(null), setNote(""))}
        onOk={() => void act()}
        okText={acting ? MEETING_SPEECH_ACTION_LABELS[acting.action] : "确定"}
        okButtonProps={{ loading: r.loading, danger: acting?.action === "reject" || acting?.action === "undeliver" }}
        cancelText="取消"
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{acting && CONFIRM[acting.action]}</Typography.Paragraph>
        <Input.TextArea rows={3} maxLength={500} showCount value={note} onChange={(e) => setNote(e.target.value)} placeholder="审核意见（选填）" aria-label="审核意见" />
      </Modal>
    </>
  );
}
