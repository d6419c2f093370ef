import { useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { Alert, Button } from "antd";
import { errorMessage } from "../../../app/errors";
import { FullPageSpin } from "../../../app/guards";
import { useViewer } from "../../../app/viewer";
import { AuthCard } from "../../auth/components/AuthCard";
import { useLogout } from "../../auth/hooks/use-logout";
import { RecoveryCodes } from "../components/RecoveryCodes";
import { TotpEnrolment } from "../components/TotpEnrolment";

/** Forced after the password step when the security policy requires 两步验证 and none is bound yet. */
export function EnrolTotpPage() {
  const navigate = useNavigate();
  const { viewer, loading, error, refetch } = useViewer();
  const { logout, loading: loggingOut } = useLogout();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (loading) return <FullPageSpin />;
  if (!viewer && !error) return <Navigate to="/login" replace />;
  if (viewer?.mustChangePassword) return <Navigate to="/change-password" replace />;
  if (viewer && !viewer.mustEnrolTotp && !codes) return <Navigate to="/" replace />;

  if (codes) {
    return (
      <AuthCard title="保存恢复码">
        <RecoveryCodes
          codes={codes}
          username={viewer?.username ?? ""}
          doneText="进入系统"
          onDone={async () => {
            await refetch();
            await navigate("/", { replace: true });
          }}
        />
      </AuthCard>
    );
  }

  return (
    <AuthCard title="启用两步验证">
      <Alert
        type="warning"
        showIcon
        title="根据安全策略，管理端账号须启用两步验证后才能继续使用。"
        style={{ marginBottom: 16 }}
      />
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 16 }} />}
      <TotpEnrolment onEnabled={setCodes} />
      <Button block type="text" style={{ marginTop: 12 }} onClick={logout} loading={loggingOut}>
        退出登录
      </Button>
    </AuthCard>
  );
}
