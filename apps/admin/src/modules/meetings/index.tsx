import { lazy } from "react";
import { AppstoreOutlined, AudioOutlined, BarChartOutlined, CalendarOutlined, PictureOutlined, TeamOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

const READ = ["meeting:read", "meeting:manage"] as const;

/** 会议活动 for the office: publish and invite, QR check-in, replies, leave and attendance, documents, speeches, 履职风采, statistics. */
export const meetingsModule: AdminModule = {
  name: "meetings",
  groups: [{ key: "meetings", label: "会议活动", icon: <TeamOutlined />, order: 350 }],
  menu: [
    { key: "meetings", label: "会议活动管理", icon: <CalendarOutlined />, path: "/meetings", permission: READ, group: "meetings", order: 10 },
    { key: "meeting-speeches", label: "大会发言", icon: <AudioOutlined />, path: "/meeting-speeches", permission: READ, group: "meetings", order: 20 },
    { key: "photo-stories", label: "履职风采", icon: <PictureOutlined />, path: "/photo-stories", permission: READ, group: "meetings", order: 30 },
    { key: "meeting-statistics", label: "出勤统计", icon: <BarChartOutlined />, path: "/meeting-statistics", permission: READ, group: "meetings", order: 40 },
    { key: "meeting-kinds", label: "会议活动类型", icon: <AppstoreOutlined />, path: "/meeting-kinds", permission: "meeting:manage", group: "meetings", order: 50 },
  ],
  routes: [
    { path: "meetings", permission: READ, Component: lazy(() => import("./pages/MeetingsPage")) },
    { path: "meetings/:id", permission: READ, Component: lazy(() => import("./pages/MeetingDetailPage")) },
    { path: "meeting-speeches", permission: READ, Component: lazy(() => import("./pages/SpeechesPage")) },
    { path: "photo-stories", permission: READ, Component: lazy(() => import("./pages/PhotoStoriesPage")) },
    { path: "meeting-statistics", permission: READ, Component: lazy(() => import("./pages/MeetingStatisticsPage")) },
    { path: "meeting-kinds", permission: "meeting:manage", Component: lazy(() => import("./pages/KindsPage")) },
  ],
};
