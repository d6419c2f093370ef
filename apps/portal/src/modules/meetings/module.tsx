import { CalendarOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 会议活动 for members: invitations, 参加/请假, documents, 大会发言, 履职风采, and 扫码签到 (the QR on the meeting screen opens /checkin). */
export const meetingsModule: PortalModule = {
  name: "meetings",
  pages: [
    { path: "/meetings", page: () => import("./pages/meetings-page") },
    { path: "/meetings/:id", page: () => import("./pages/meeting-page") },
    { path: "/meetings/:id/speech", page: () => import("./pages/speech-page") },
    { path: "/photo-stories/:id", page: () => import("./pages/story-page") },
    { path: "/checkin", page: () => import("./pages/checkin-page") },
  ],
  workbenchEntries: [{ key: "meetings", title: "会议活动", icon: <CalendarOutline />, color: "#1677ff", to: "/meetings", order: 30, permission: "meeting:attend" }],
};
