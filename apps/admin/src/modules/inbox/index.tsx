import { lazy } from "react";
import { BellOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/**
 * 我的待办: the viewer's to-dos (their own and their post's review queues) and messages. The header's
 * bell is `components/InboxBell`, imported by the layout from there: re-exporting it here would make
 * an import cycle (the bell resolves links against the registry, which imports this file).
 */
export const inboxModule: AdminModule = {
  name: "inbox",
  menu: [{ key: "inbox", label: "我的待办", icon: <BellOutlined />, path: "/inbox", permission: "staff:console", order: 5 }],
  routes: [{ path: "inbox", permission: "staff:console", Component: lazy(() => import("./pages/InboxPage")) }],
};
