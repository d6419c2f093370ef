import { lazy } from "react";
import { BarChartOutlined, FileTextOutlined, SnippetsOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 提案管理 for the committee office: review, filing, assignment, tracking and statistics. */
export const proposalsModule: AdminModule = {
  name: "proposals",
  groups: [{ key: "proposals", label: "提案管理", icon: <SnippetsOutlined />, order: 200 }],
  menu: [
    { key: "proposals", label: "提案办理", icon: <FileTextOutlined />, path: "/proposals", permission: "proposal:read", group: "proposals", order: 10 },
    { key: "proposal-statistics", label: "提案统计", icon: <BarChartOutlined />, path: "/proposals/statistics", permission: "proposal:read", group: "proposals", order: 20 },
  ],
  routes: [
    { path: "proposals", permission: "proposal:read", Component: lazy(() => import("./pages/ProposalsPage")) },
    { path: "proposals/statistics", permission: "proposal:read", Component: lazy(() => import("./pages/ProposalStatisticsPage")) },
  ],
};
