import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Typography } from "antd";
import { errorMessage } from "../../../app/errors";
import { MySessionsQuery, RevokeMySessionMutation } from "../graphql/sessions.graphql";
import { SessionsTable } from "./SessionsTable";

/** 账号安全 → 登录设备: where this account is signed in, and remote logout of any other device. */
export function MySessions() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(MySessionsQuery, { fetchPolicy: "cache-and-network" });
  const [revoke] = useMutation(RevokeMySessionMutation);
  return (
    <section data-testid="my-sessions">
      <Typography.Title level={5}>登录设备</Typography.Title>
      <Typography.Paragraph type="secondary">
        以下是您的账号当前登录着的设备。发现不认识的设备时，请让它下线并立即修改密码。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />}
      <SessionsTable
        sessions={data?.mySessions ?? []}
        loading={loading && !data}
        onRevoke={async (s) => {
          try {
            await revoke({ variables: { sessionId: s.id } });
            message.success("该设备已退出登录");
          } catch (e) {
            message.error(errorMessage(e));
          }
          await refetch();
        }}
      />
    </section>
  );
}
