import { BellOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 通知公告: notices from the office; opening one records the read receipt the office sees. */
export const noticesModule: PortalModule = {
  name: "notices",
  pages: [
    { path: "/notices", page: () => import("./pages/notices-page") },
    { path: "/notices/:id", page: () => import("./pages/notice-page") },
  ],
  workbenchEntries: [{ key: "notices", title: "通知公告", icon: <BellOutline />, color: "#7a4fd6", to: "/notices", order: 50, permission: "portal:use" }],
};
