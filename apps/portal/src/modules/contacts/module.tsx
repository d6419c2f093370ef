import { PhonebookOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 通讯录: the current session's members by special committee, sector and party; found by pinyin initials. */
export const contactsModule: PortalModule = {
  name: "contacts",
  pages: [{ path: "/contacts", page: () => import("./pages/contacts-page") }],
  workbenchEntries: [{ key: "contacts", title: "通讯录", icon: <PhonebookOutline />, color: "#2f6fdb", to: "/contacts", order: 60, permission: "portal:use" }],
};
