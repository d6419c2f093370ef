import { useState, type Key } from "react";
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import type { CommitteeSessionRowFragment, SessionMeetingRowFragment } from "../../../gql/graphql";
import { MeetingFormModal, type MeetingTarget } from "../components/MeetingFormModal";
import { SessionFormModal } from "../components/SessionFormModal";
import { CommitteeSessionsQuery, DeleteCommitteeSessionMutation, DeleteSessionMeetingMutation } from "../graphql/sessions.graphql";

type Session = CommitteeSessionRowFragment;
type Meeting = SessionMeetingRowFragment;

const dateRange = (m: Meeting) => (m.startDate ? `${m.startDate}${m.endDate && m.endDate !== m.startDate ? ` 至 ${m.endDate}` : ""}` : "—");

/** 届次管理: the committee's sessions (newest first) with their 全体会议. */
export default function SessionsPage() {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const manage = can(viewer, "session:manage");
  const { data, loading, error, refetch } = useQuery(CommitteeSessionsQuery, { fetchPolicy: "cache-and-network" });
  const sessions = data?.committeeSessions ?? [];
  const [editing, setEditing] = useState<Session | "new" | null>(null);
  const [meetingTarget, setMeetingTarget] = useState<MeetingTarget | null>(null);
  // The current session opens with its meetings shown until the user expands or folds something.
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);
  const expandedKeys = expanded ?? sessions.filter((s) => s.isCurrent).map((s) => s.id);
  const refetchQueries = [{ query: CommitteeSessionsQuery }];
  const [deleteSession] = useMutation(DeleteCommitteeSessionMutation, { refetchQueries });
  const [deleteMeeting] = useMutation(DeleteSessionMeetingMutation, { refetchQueries });

  const removeSession = async (s: Session) => {
    try {
      await deleteSession({ variables: { id: s.id } });
      message.success(`已删除 ${s.name}`);
    } catch (e) {
      // e.g. "第十五届已有 40 名委员、5 次会议的数据，不能删除"
      message.error(errorMessage(e));
    }
  };
  const removeMeeting = async (s: Session, m: Meeting) => {
    try {
      await deleteMeeting({ variables: { id: m.id } });
      message.success(`已删除 ${s.name}${m.name}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const columns: ColumnsType<Session> = [
    {
      title: "届次",
      dataIndex: "name",
      key: "name",
      render: (name: string, s) => (
        <Space>
          <Typography.Text strong>{name}</Typography.Text>
          {s.isCurrent && <Tag color="red">本届</Tag>}
        </Space>
      ),
    },
    { title: "序号", dataIndex: "number", key: "number", width: 80 },
    { title: "任期", key: "years", width: 140, render: (_, s) => `${s.startYear}—${s.endYear} 年` },
    { title: "委员人数", dataIndex: "memberCount", key: "memberCount", width: 100, align: "right" },
    { title: "全体会议", key: "meetings", width: 100, align: "right", render: (_, s) => `${s.meetings.length} 次` },
  ];
  if (manage) {
    columns.push({
      title: "操作",
      key: "actions",
      width: 240,
      render: (_, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setMeetingTarget({ session: s })}>
            新增会议
          </Button>
          <Button type="link" size="small" onClick={() => setEditing(s)}>
            编辑
          </Button>
          <Popconfirm
            title={`确定删除${s.name}吗？`}
            description="已有委员或会议的届次不能删除。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => removeSession(s)}
          >
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  const meetingColumns = (s: Session): ColumnsType<Meeting> => [
    { title: "序号", dataIndex: "number", key: "number", width: 70 },
    { title: "会议", key: "name", render: (_, m) => `${s.name} ${m.name}` },
    { title: "年份", dataIndex: "year", key: "year", width: 90 },
    { title: "会期", key: "dates", width: 240, render: (_, m) => dateRange(m) },
    ...(manage
      ? [
          {
            title: "操作",
            key: "actions",
            width: 140,
            render: (_: unknown, m: Meeting) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setMeetingTarget({ session: s, meeting: m })}>
                  编辑
                </Button>
                <Popconfirm title={`确定删除${s.name}${m.name}吗？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => removeMeeting(s, m)}>
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title="届次管理"
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            新增届次
          </Button>
        )
      }
    >
      {error && (
        <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      <Table<Session>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={sessions}
        loading={loading && !data}
        pagination={false}
        expandable={{
          expandedRowKeys: expandedKeys,
          onExpandedRowsChange: (keys) => setExpanded(keys),
          expandedRowRender: (s) =>
            s.meetings.length ? (
              <Table<Meeting> rowKey="id" size="small" columns={meetingColumns(s)} dataSource={s.meetings} pagination={false} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本届尚无全体会议" />
            ),
        }}
        locale={{ emptyText: "尚未设置届次" }}
        scroll={{ x: 800 }}
      />
      <SessionFormModal session={editing} onClose={() => setEditing(null)} />
      <MeetingFormModal target={meetingTarget} onClose={() => setMeetingTarget(null)} />
    </Card>
  );
}
