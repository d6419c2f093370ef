import { lazy } from "react";
import { NotificationOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 通知公告: the office's notices to members, with read receipts. */
export const noticesModule: AdminModule = {
  name: "notices",
  menu: [{ key: "notices", label: "通知公告", icon: <NotificationOutlined />, path: "/notices", permission: "notice:manage", order: 150 }],
  routes: [{ path: "notices", permission: "notice:manage", Component: lazy(() => import("./pages/NoticesPage")) }],
};
