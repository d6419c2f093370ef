import { lazy } from "react";
import { BarChartOutlined, BookOutlined, CommentOutlined, FileSearchOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 社情民意: review queues and every item, journals (刊物) and their issues, statistics. */
export const opinionsModule: AdminModule = {
  name: "opinions",
  groups: [{ key: "opinions", label: "社情民意", icon: <CommentOutlined />, order: 320 }],
  menu: [
    { key: "opinions", label: "信息审核", icon: <FileSearchOutlined />, path: "/opinions", permission: "opinion:read", group: "opinions", order: 10 },
    { key: "opinion-journals", label: "刊物管理", icon: <BookOutlined />, path: "/opinions/journals", permission: "opinion:read", group: "opinions", order: 20 },
    { key: "opinion-statistics", label: "社情民意统计", icon: <BarChartOutlined />, path: "/opinions/statistics", permission: "opinion:read", group: "opinions", order: 30 },
  ],
  routes: [
    { path: "opinions", permission: "opinion:read", Component: lazy(() => import("./pages/OpinionsPage")) },
    { path: "opinions/journals", permission: "opinion:read", Component: lazy(() => import("./pages/JournalsPage")) },
    { path: "opinions/journals/:id", permission: "opinion:read", Component: lazy(() => import("./pages/JournalIssuePage")) },
    // Its own chunk: ECharts loads only when someone opens the statistics.
    { path: "opinions/statistics", permission: "opinion:read", Component: lazy(() => import("./pages/OpinionStatisticsPage")) },
  ],
};
