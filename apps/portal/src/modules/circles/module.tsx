import { TeamOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 圈子: the member's 专委会、界别 and open circles — posts with pictures, likes, comments, reports. */
export const circlesModule: PortalModule = {
  name: "circles",
  pages: [
    { path: "/circles", page: () => import("./pages/circles-page") },
    { path: "/circles/:id", page: () => import("./pages/circle-page") },
    { path: "/circles/:id/new", page: () => import("./pages/compose-page") },
    { path: "/circles/posts/:id", page: () => import("./pages/post-page") },
  ],
  workbenchEntries: [{ key: "circles", title: "圈子", icon: <TeamOutline />, color: "#d4380d", to: "/circles", order: 70, permission: "circle:use" }],
};
