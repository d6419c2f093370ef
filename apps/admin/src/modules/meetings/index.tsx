import { lazy } from "react";
import { CalendarOutlined, TeamOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 会议活动 for the office: publish, invite, check in by QR, replies, leave and attendance. */
export const meetingsModule: AdminModule = {
  name: "meetings",
  groups: [{ key: "meetings", label: "会议活动", icon: <TeamOutlined />, order: 350 }],
  menu: [{ key: "meetings", label: "会议活动管理", icon: <CalendarOutlined />, path: "/meetings", permission: ["meeting:read", "meeting:manage"], group: "meetings", order: 10 }],
  routes: [{ path: "meetings", permission: ["meeting:read", "meeting:manage"], Component: lazy(() => import("./pages/MeetingsPage")) }],
};
