import { AppOutline, BellOutline, CalendarOutline, ChatAddOutline, FileOutline, FolderOutline, PhonebookOutline } from "antd-mobile-icons";
import type { PortalModule, WorkbenchEntry } from "../../app/portal-module";

/** The path of the honest "功能建设中" page for a planned tile. */
export const buildingPath = (key: string) => `/building/${key}`;

const planned = (key: string, title: string, icon: WorkbenchEntry["icon"], color: string, order: number): WorkbenchEntry => ({
  key,
  title,
  icon,
  color,
  order,
  to: buildingPath(key),
  permission: "portal:use",
  planned: true,
});

/**
 * Tiles for the modules still to come. When a module lands it declares its own entry with the same key
 * (src/app/modules.ts then drops the placeholder); the key names the API module it will talk to.
 */
const PLANNED_ENTRIES: WorkbenchEntry[] = [
  planned("proposals", "我的提案", <FileOutline />, "#c3242b", 10),
  planned("opinions", "社情民意", <ChatAddOutline />, "#f27c1b", 20),
  planned("meetings", "会议活动", <CalendarOutline />, "#1677ff", 30),
  planned("performance", "履职档案", <FolderOutline />, "#0f9d77", 40),
  planned("notices", "通知公告", <BellOutline />, "#7a4fd6", 50),
  planned("contacts", "通讯录", <PhonebookOutline />, "#2f6fdb", 60),
];

export const workbenchModule: PortalModule = {
  name: "workbench",
  tabs: [{ key: "workbench", path: "/workbench", title: "工作台", icon: <AppOutline />, order: 10, page: () => import("./pages/workbench-page") }],
  pages: [{ path: "/building/:key", page: () => import("./pages/building-page") }],
  workbenchEntries: PLANNED_ENTRIES,
};
