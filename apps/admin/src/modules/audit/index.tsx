import { lazy } from "react";
import { AuditOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

export const auditModule: AdminModule = {
  name: "audit",
  menu: [{ key: "audit", label: "审计日志", icon: <AuditOutlined />, path: "/audit", permission: "audit:read", group: "system", order: 90 }],
  routes: [{ path: "audit", permission: "audit:read", Component: lazy(() => import("./pages/AuditLogPage")) }],
};
