import { lazy } from "react";
import { AlertOutlined, CommentOutlined, TeamOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

/** 圈子: the circles of the committee and the moderation of what members post in them. */
export const circlesModule: AdminModule = {
  name: "circles",
  groups: [{ key: "circles", label: "圈子", icon: <CommentOutlined />, order: 160 }],
  menu: [
    { key: "circle-moderation", label: "内容审核", icon: <AlertOutlined />, path: "/circles/moderation", permission: "circle:moderate", group: "circles", order: 10 },
    { key: "circles", label: "圈子管理", icon: <TeamOutlined />, path: "/circles", permission: "circle:moderate", group: "circles", order: 20 },
  ],
  routes: [
    { path: "circles/moderation", permission: "circle:moderate", Component: lazy(() => import("./pages/ModerationPage")) },
    { path: "circles", permission: "circle:moderate", Component: lazy(() => import("./pages/CirclesPage")) },
  ],
};
