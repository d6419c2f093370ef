import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Modal, Popconfirm, Space, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { RevokeUserSessionsMutation, UserSessionsQuery } from "../graphql/sessions.graphql";
import { SessionsTable } from "./SessionsTable";

/** For the security administrator: one user's live sessions, and 强制下线 of all of them (audited). */
export function UserSessionsModal({ user, onClose }: { user: { id: string; displayName: string }; onClose: () => void }) {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(UserSessionsQuery, { variables: { userId: user.id }, fetchPolicy: "network-only" });
  const [revokeAll, { loading: revoking }] = useMutation(RevokeUserSessionsMutation);
  const sessions = data?.userSessions ?? [];

  const run = async () => {
    try {
      const { data: r } = await revokeAll({ variables: { userId: user.id } });
      message.success(`已强制 ${user.displayName} 下线（结束 ${r?.revokeUserSessions ?? 0} 个会话）`);
      await refetch();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Modal open title={`${user.displayName} 的登录会话`} width={820} onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>}>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }}>
        <Typography.Text type="secondary">共 {sessions.length} 个有效会话</Typography.Text>
        <Popconfirm
          title={`确定强制 ${user.displayName} 下线吗？`}
          description="其所有设备将立即退出登录；该操作会记入审计日志。"
          okText="强制下线"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={run}
          disabled={sessions.length === 0}
        >
          <Button danger disabled={sessions.length === 0} loading={revoking}>
            全部强制下线
          </Button>
        </Popconfirm>
      </Space>
      <SessionsTable sessions={sessions} loading={loading && !data} />
    </Modal>
  );
}
