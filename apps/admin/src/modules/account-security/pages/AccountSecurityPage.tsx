import { useState } from "react";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Descriptions, Divider, Modal, Result, Skeleton, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { useViewer } from "../../../app/viewer";
import { CodeModal } from "../components/CodeModal";
import { MySessions } from "../components/MySessions";
import { RecoveryCodes } from "../components/RecoveryCodes";
import { TotpEnrolment } from "../components/TotpEnrolment";
import { DisableTotpMutation, MyTwoFactorQuery, RegenerateRecoveryCodesMutation } from "../graphql/two-factor.graphql";

type Dialog = "enrol" | "disable" | "regenerate" | null;

/** 账号安全: the viewer's own 两步验证 — bind an authenticator, new recovery codes, switch it off. */
export default function AccountSecurityPage() {
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(MyTwoFactorQuery, { fetchPolicy: "cache-and-network" });
  const [disable] = useMutation(DisableTotpMutation);
  const [regenerate] = useMutation(RegenerateRecoveryCodesMutation);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** Fresh recovery codes (after enrolment or regeneration), shown once. */
  const [codes, setCodes] = useState<string[] | null>(null);
  const status = data?.myTwoFactor;
  const username = viewer?.username ?? "";

  const closeCodes = async () => {
    setCodes(null);
    setDialog(null);
    await refetch();
  };

  return (
    <Card title={<Space><SafetyCertificateOutlined />账号安全</Space>}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        两步验证
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        登录时除密码外，还需输入手机验证器应用中每 30 秒变化一次的 6 位验证码。密码即使泄露，他人也无法登录您的账号。
      </Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon title={errorMessage(error)} action={<Button size="small" onClick={() => refetch()}>重试</Button>} style={{ marginBottom: 16 }} />
      )}
      {loading && !status ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : status ? (
        <>
          {status.required && !status.enabled && (
            <Alert type="warning" showIcon title="根据安全策略，管理端账号必须启用两步验证。" style={{ marginBottom: 16 }} />
          )}
          <Descriptions column={1} bordered size="middle" style={{ maxWidth: 640, marginBottom: 16 }}>
            <Descriptions.Item label="状态">
              {status.enabled ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>}
              {status.required && <Tag color="blue">安全策略要求</Tag>}
            </Descriptions.Item>
            {status.enabled && (
              <Descriptions.Item label="启用时间">{status.enabledAt ? dayjs(String(status.enabledAt)).format("YYYY-MM-DD HH:mm") : "—"}</Descriptions.Item>
            )}
            {status.enabled && (
              <Descriptions.Item label="剩余恢复码">
                <Space>
                  <span data-testid="recovery-left">{status.recoveryCodesLeft} 个</span>
                  {status.recoveryCodesLeft <= 3 && <Typography.Text type="warning">恢复码不多了，建议重新生成</Typography.Text>}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
          {status.enabled ? (
            <Space wrap>
              <Button onClick={() => setDialog("regenerate")}>重新生成恢复码</Button>
              <Button danger onClick={() => setDialog("disable")}>
                停用两步验证
              </Button>
            </Space>
          ) : (
            <Button type="primary" onClick={() => setDialog("enrol")}>
              启用两步验证
            </Button>
          )}
        </>
      ) : (
        <Result status="info" title="暂无数据" />
      )}

      <Modal
        open={dialog === "enrol" || (dialog === "regenerate" && !!codes)}
        title={codes ? "保存恢复码" : "启用两步验证"}
        footer={null}
        width={460}
        onCancel={() => (codes ? undefined : setDialog(null))}
        closable={!codes}
        mask={{ closable: false }}
        destroyOnHidden
      >
        {codes ? (
          <RecoveryCodes codes={codes} username={username} doneText="完成" onDone={closeCodes} />
        ) : (
          <TotpEnrolment
            onEnabled={(c) => {
              message.success("两步验证已启用");
              setCodes(c);
            }}
          />
        )}
      </Modal>

      <CodeModal
        open={dialog === "disable"}
        title="停用两步验证"
        description={
          status?.required
            ? "停用后，您下次登录时须重新绑定验证器（安全策略要求）。请输入验证器中当前的 6 位验证码确认。"
            : "停用后，登录只需密码，账号安全性降低。请输入验证器中当前的 6 位验证码确认。"
        }
        okText="停用"
        danger
        allowRecovery
        onClose={() => setDialog(null)}
        onSubmit={async (input) => {
          await disable({ variables: { input } });
          message.success("两步验证已停用");
          setDialog(null);
          await refetch();
        }}
      />
      <CodeModal
        open={dialog === "regenerate" && !codes}
        title="重新生成恢复码"
        description="重新生成后，原有的恢复码全部作废。请输入验证器中当前的 6 位验证码确认。"
        okText="重新生成"
        onClose={() => setDialog(null)}
        onSubmit={async (input) => {
          const { data: done } = await regenerate({ variables: { code: input.code ?? "" } });
          if (done) setCodes(done.regenerateRecoveryCodes);
        }}
      />
      <Divider />
      <MySessions />
    </Card>
  );
}
