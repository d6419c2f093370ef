import { lazy } from "react";
import { AimOutlined, AppstoreOutlined, BarChartOutlined, FileTextOutlined, SnippetsOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 提案管理 for the committee office: review, filing, assignment, tracking, statistics and categories. */
export const proposalsModule: AdminModule = {
  name: "proposals",
  groups: [{ key: "proposals", label: "提案管理", icon: <SnippetsOutlined />, order: 200 }],
  menu: [
    { key: "proposals", label: "提案办理", icon: <FileTextOutlined />, path: "/proposals", permission: "proposal:read", group: "proposals", order: 10 },
    { key: "proposal-tracking", label: "办理追踪", icon: <AimOutlined />, path: "/proposals/tracking", permission: "proposal:read", group: "proposals", order: 20 },
    { key: "proposal-statistics", label: "提案统计", icon: <BarChartOutlined />, path: "/proposals/statistics", permission: "proposal:read", group: "proposals", order: 30 },
    { key: "proposal-categories", label: "分类与设置", icon: <AppstoreOutlined />, path: "/proposals/categories", permission: "proposal:read", group: "proposals", order: 40 },
  ],
  routes: [
    { path: "proposals", permission: "proposal:read", Component: lazy(() => import("./pages/ProposalsPage")) },
    { path: "proposals/tracking", permission: "proposal:read", Component: lazy(() => import("./pages/ProposalTrackingPage")) },
    { path: "proposals/statistics", permission: "proposal:read", Component: lazy(() => import("./pages/ProposalStatisticsPage")) },
    { path: "proposals/categories", permission: "proposal:read", Component: lazy(() => import("./pages/ProposalCategoriesPage")) },
  ],
};
