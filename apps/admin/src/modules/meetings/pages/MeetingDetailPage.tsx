import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Breadcrumb, Button, Card, Descriptions, Empty, Result, Skeleton, Space, Table, Tabs, Tag, Typography } from "antd";
import { EditOutlined, QrcodeOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { errorCode, errorMessage } from "../../../app/errors";
import { can, useViewer } from "../../../app/viewer";
import { AttendancePanel } from "../components/AttendancePanel";
import { CheckInQrModal } from "../components/CheckInQrModal";
import { DocumentsPanel } from "../components/DocumentsPanel";
import { CategoryTag, MeetingStatusTag, timeRange } from "../components/labels";
import { MeetingFormDrawer } from "../components/MeetingFormDrawer";
import { SpeechesTable } from "../components/SpeechesTable";
import { useMeetingActions } from "../components/useMeetingActions";
import { AdminMeetingDetailQuery } from "../graphql/meetings.graphql";

const at = (s: string | null | undefined) => (s ? dayjs(s).format("YYYY-MM-DD HH:mm") : "—");

/** One meeting or activity: its facts and invitation scope, replies and attendance, documents and speeches. */
export default function MeetingDetailPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") ?? "info";
  const { viewer } = useViewer();
  const canManage = can(viewer, "meeting:manage");
  const { data, loading, error, refetch } = useQuery(AdminMeetingDetailQuery, { variables: { id }, fetchPolicy: "cache-and-network" });
  const m = data?.meeting;
  const [editing, setEditing] = useState(false);
  const [qr, setQr] = useState(false);
  const actions = useMeetingActions((what) => (what === "delete" ? navigate("/meetings") : void refetch()));

  if (error && !m) {
    return errorCode(error) === "NOT_FOUND" ? (
      <Result status="404" title="会议活动不存在" subTitle="可能已被删除，或不属于当前委员会。" extra={<Link to="/meetings">返回列表</Link>} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} />
    );
  }
  if (!m) return <Card loading={loading}><Skeleton active /></Card>;

  const inv = m.invitees;
  const scope = inv?.allOfSession ? (
    <Tag color="red">本届全体委员</Tag>
  ) : (
    <Space wrap size={[4, 4]}>
      {inv?.sectors.map((x) => <Tag key={x.id}>界别：{x.name}</Tag>)}
      {inv?.parties.map((x) => <Tag key={x.id}>党派：{x.name}</Tag>)}
      {inv?.specialCommittees.map((x) => <Tag key={x.id}>专委会：{x.name}</Tag>)}
      {inv?.members.map((x) => <Tag key={x.id} color="blue">{x.name}</Tag>)}
      {!inv || (!inv.sectors.length && !inv.parties.length && !inv.specialCommittees.length && !inv.members.length) ? "未设置" : null}
    </Space>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Breadcrumb items={[{ title: <Link to="/meetings">会议活动管理</Link> }, { title: m.title }]} />
      <Card
        title={
          <Space>
            {m.title}
            <MeetingStatusTag status={m.status} />
          </Space>
        }
        extra={
          canManage && (
            <Space>
              {(m.status === "DRAFT" || m.status === "PUBLISHED") && (
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  修改
                </Button>
              )}
              {m.status === "DRAFT" && (
                <>
                  <Button danger onClick={() => actions.remove(m)}>
                    删除
                  </Button>
                  <Button type="primary" onClick={() => actions.publish(m)}>
                    发布
                  </Button>
                </>
              )}
              {m.status === "PUBLISHED" && (
                <>
                  <Button danger onClick={() => actions.cancel(m)}>
                    取消
                  </Button>
                  <Button onClick={() => actions.finish(m)}>结束</Button>
                  <Button type="primary" icon={<QrcodeOutlined />} onClick={() => setQr(true)}>
                    签到二维码
                  </Button>
                </>
              )}
            </Space>
          )
        }
      >
        {m.status === "CANCELLED" && <Alert type="warning" showIcon title={`已于 ${at(m.cancelledAt)} 取消：${m.cancelReason ?? ""}`} style={{ marginBottom: 16 }} />}
        {m.status === "DRAFT" && <Alert type="info" showIcon title="草稿尚未通知委员。核对邀请范围后点击“发布”。" style={{ marginBottom: 16 }} />}
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === "info" ? {} : { tab: k }, { replace: true })}
          items={[
            {
              key: "info",
              label: "基本信息",
              children: (
                <Space orientation="vertical" size={16} style={{ width: "100%" }}>
                  <Descriptions bordered column={2} size="small">
                    <Descriptions.Item label="类型">
                      <Space size={4}>
                        <CategoryTag category={m.category} />
                        {m.kind.name}
                      </Space>
                    </Descriptions.Item>
                    <Descriptions.Item label="届次">{m.session.name}</Descriptions.Item>
                    <Descriptions.Item label="时间">{timeRange(m.startsAt, m.endsAt)}</Descriptions.Item>
                    <Descriptions.Item label="地点">{m.place}</Descriptions.Item>
                    <Descriptions.Item label="组织单位">{m.organiser ?? "—"}</Descriptions.Item>
                    <Descriptions.Item label="发布时间">{at(m.publishedAt)}</Descriptions.Item>
                    <Descriptions.Item label="邀请范围" span={2}>
                      {scope}
                    </Descriptions.Item>
                    {m.status !== "DRAFT" && (
                      <Descriptions.Item label="出勤" span={2}>
                        受邀 {m.counts.invited} 人 · 回执参加 {m.counts.replyAttend} · 出席 {m.counts.attended} · 请假 {m.counts.leave} · 缺席 {m.counts.absent}
                        {m.counts.leavePending ? <Typography.Text type="warning">{` · 请假待审批 ${m.counts.leavePending}`}</Typography.Text> : null}
                      </Descriptions.Item>
                    )}
                    <Descriptions.Item label="议程" span={2}>
                      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{m.agenda || "—"}</Typography.Paragraph>
                    </Descriptions.Item>
                  </Descriptions>
                  <div>
                    <Typography.Title level={5}>列席人员</Typography.Title>
                    {m.guests.length ? (
                      <Table
                        size="small"
                        rowKey="id"
                        pagination={m.guests.length > 20 ? { pageSize: 20, showTotal: (t) => `共 ${t} 人` } : false}
                        dataSource={m.guests}
                        columns={[
                          { title: "姓名", dataIndex: "name" },
                          { title: "单位", dataIndex: "unit", render: (s) => s ?? "—" },
                          { title: "职务或身份", dataIndex: "role", render: (s) => s ?? "—" },
                        ]}
                      />
                    ) : (
                      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无列席人员" />
                    )}
                  </div>
                </Space>
              ),
            },
            {
              key: "attendance",
              label: `回执与出勤${m.counts.leavePending ? `（待批假 ${m.counts.leavePending}）` : ""}`,
              children: <AttendancePanel meetingId={m.id} status={m.status} canManage={canManage} onChanged={() => void refetch()} />,
            },
            {
              key: "documents",
              label: `会议文件（${m.documents.length}）`,
              children: <DocumentsPanel meetingId={m.id} documents={m.documents} canManage={canManage && m.status !== "CANCELLED"} onChanged={() => void refetch()} />,
            },
            { key: "speeches", label: "大会发言", children: <SpeechesTable meetingId={m.id} canManage={canManage} /> },
          ]}
        />
      </Card>
      <MeetingFormDrawer open={editing} meetingId={m.id} onClose={() => setEditing(false)} onSaved={() => (setEditing(false), void refetch())} />
      <CheckInQrModal meeting={qr ? m : null} onClose={() => (setQr(false), void refetch())} />
    </Space>
  );
}
