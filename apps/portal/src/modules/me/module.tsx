import { UserOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

export const meModule: PortalModule = {
  name: "me",
  tabs: [{ key: "me", path: "/me", title: "我的", icon: <UserOutline />, order: 40, page: () => import("./pages/me-page") }],
};
