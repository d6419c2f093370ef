import { UserContactOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 我的档案: the member's own record, and changes to it that take effect once staff approve them. */
export const profileModule: PortalModule = {
  name: "profile",
  pages: [
    { path: "/profile", page: () => import("./pages/profile-page") },
    { path: "/profile/edit", page: () => import("./pages/profile-edit-page") },
  ],
  workbenchEntries: [
    { key: "profile", title: "我的档案", icon: <UserContactOutline />, color: "#d4380d", to: "/profile", order: 45, permission: "member:self" },
  ],
};
