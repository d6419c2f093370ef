import { lazy } from "react";
import { AuditOutlined, TrophyOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 履职管理: rankings with explainable scores, and the review of members' reported material. */
export const performanceModule: AdminModule = {
  name: "performance",
  groups: [{ key: "performance", label: "履职管理", icon: <TrophyOutlined />, order: 380 }],
  menu: [
    { key: "performance-rankings", label: "履职排名", icon: <TrophyOutlined />, path: "/performance", permission: "performance:read", group: "performance", order: 10 },
    { key: "performance-materials", label: "履职材料审核", icon: <AuditOutlined />, path: "/performance/materials", permission: "performance:manage", group: "performance", order: 20 },
  ],
  routes: [
    { path: "performance", permission: "performance:read", Component: lazy(() => import("./pages/RankingsPage")) },
    { path: "performance/materials", permission: "performance:manage", Component: lazy(() => import("./pages/MaterialsPage")) },
  ],
};
