import { lazy } from "react";
import { TeamOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

export const usersModule: AdminModule = {
  name: "users",
  menu: [{ key: "users", label: "用户管理", icon: <TeamOutlined />, path: "/users", permission: "user:read", group: "system", order: 10 }],
  routes: [{ path: "users", permission: "user:read", Component: lazy(() => import("./pages/UsersPage")) }],
};
