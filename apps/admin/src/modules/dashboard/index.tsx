import { lazy } from "react";
import { DashboardOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 领导驾驶舱: the committee's figures at a glance (staff and leaders). */
export const dashboardModule: AdminModule = {
  name: "dashboard",
  menu: [{ key: "dashboard", label: "领导驾驶舱", icon: <DashboardOutlined />, path: "/dashboard", permission: "proposal:read", order: 5 }],
  routes: [
    { path: "dashboard", permission: "proposal:read", Component: lazy(() => import("./pages/DashboardPage")) },
    // 大屏模式: the same figures for the meeting-room display (dark, 1920×1080).
    { path: "dashboard/screen", permission: "proposal:read", Component: lazy(() => import("./pages/ScreenPage")) },
  ],
};
