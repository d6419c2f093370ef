import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { Button, Result, Spin } from "antd";
import type { Permission } from "@zhzx/shared";
import { useLogout } from "../modules/auth/hooks/use-logout";
import { errorMessage } from "./errors";
import { AdminLayout } from "./layout/AdminLayout";
import { ForbiddenPage } from "./pages/ForbiddenPage";
import { MENU_ENTRIES } from "./registry";
import { can, useViewer } from "./viewer";

export function FullPageSpin() {
  return <Spin size="large" style={{ display: "block", marginTop: "30vh" }} />;
}

/**
 * The console proper: logged in, password no longer a bootstrap one, a member of a committee, and
 * allowed to use the staff console there. Everything else is sent where it can be resolved.
 */
export function ConsoleGate() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  const { logout } = useLogout();

  if (loading) return <FullPageSpin />;
  if (error && !viewer) {
    return (
      <Result
        status="error"
        title="无法连接服务器"
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => refetch()}>重试</Button>}
      />
    );
  }
  if (!viewer) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (viewer.mustChangePassword) return <Navigate to="/change-password" replace />;
  if (viewer.mustEnrolTotp) return <Navigate to="/enrol-totp" replace />;
  // Handling units (承办单位, proposal:handle) use the console for their 承办工作台 only.
  if (!viewer.activeTenant || !can(viewer, ["staff:console", "proposal:handle"])) {
    return (
      <ForbiddenPage
        subTitle={
          viewer.activeTenant
            ? `您的账号在${viewer.activeTenant.name}没有使用管理端的权限。委员请使用委员端。`
            : "您的账号尚未加入任何委员会，请联系系统管理员。"
        }
        extra={
          <Button type="primary" onClick={logout}>
            退出登录
          </Button>
        }
      />
    );
  }
  if (location.pathname === "/" && !can(viewer, "staff:console")) {
    // The staff 工作台 is not theirs: start at the first page their menu offers.
    const first = MENU_ENTRIES.filter((e) => e.path !== "/" && can(viewer, e.permission)).sort((a, b) => a.order - b.order)[0];
    if (first) return <Navigate to={first.path} replace />;
  }
  return <AdminLayout viewer={viewer} />;
}

/** A page that needs a permission: 无权访问 instead of a screen whose every request would fail. */
export function RequirePermission({ permission, children }: { permission?: Permission | readonly Permission[]; children: ReactNode }) {
  const { viewer } = useViewer();
  if (!can(viewer, permission)) return <ForbiddenPage />;
  return <>{children}</>;
}
