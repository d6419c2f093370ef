import { lazy } from "react";
import { AuditOutlined, BarChartOutlined, ControlOutlined, GiftOutlined, HistoryOutlined, TrophyOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 履职管理: scoring rules as data, explainable scores and rankings, runs, other assessment, materials, statistics. */
export const performanceModule: AdminModule = {
  name: "performance",
  groups: [{ key: "performance", label: "履职管理", icon: <TrophyOutlined />, order: 380 }],
  menu: [
    { key: "performance-rankings", label: "履职评分", icon: <TrophyOutlined />, path: "/performance", permission: "performance:read", group: "performance", order: 10 },
    { key: "performance-rules", label: "评分规则", icon: <ControlOutlined />, path: "/performance/rules", permission: "performance:read", group: "performance", order: 20 },
    { key: "performance-runs", label: "计分存档", icon: <HistoryOutlined />, path: "/performance/runs", permission: "performance:read", group: "performance", order: 30 },
    { key: "performance-bonuses", label: "其他考核", icon: <GiftOutlined />, path: "/performance/bonuses", permission: "performance:read", group: "performance", order: 40 },
    { key: "performance-materials", label: "履职材料审核", icon: <AuditOutlined />, path: "/performance/materials", permission: "performance:read", group: "performance", order: 50 },
    { key: "performance-participation", label: "履职统计", icon: <BarChartOutlined />, path: "/performance/participation", permission: "performance:read", group: "performance", order: 60 },
  ],
  routes: [
    { path: "performance", permission: "performance:read", Component: lazy(() => import("./pages/RankingsPage")) },
    { path: "performance/rules", permission: "performance:read", Component: lazy(() => import("./pages/RulesPage")) },
    { path: "performance/runs", permission: "performance:read", Component: lazy(() => import("./pages/RunsPage")) },
    { path: "performance/bonuses", permission: "performance:read", Component: lazy(() => import("./pages/BonusesPage")) },
    { path: "performance/materials", permission: "performance:read", Component: lazy(() => import("./pages/MaterialsPage")) },
    { path: "performance/participation", permission: "performance:read", Component: lazy(() => import("./pages/ParticipationPage")) },
  ],
};
