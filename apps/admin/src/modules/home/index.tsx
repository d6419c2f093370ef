import { lazy } from "react";
import { HomeOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../app/modules";

export const homeModule: AdminModule = {
  name: "home",
  menu: [{ key: "home", label: "工作台", icon: <HomeOutlined />, path: "/", permission: "staff:console", order: 0 }],
  routes: [{ path: "", permission: "staff:console", Component: lazy(() => import("./pages/HomePage")) }],
};
