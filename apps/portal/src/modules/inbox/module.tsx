import { MessageOutline, UnorderedListOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";
import { MessagesTabBadge, TodoTabBadge } from "./components/tab-badge";

/**
 * 待办 and 消息: what the user must act on and what they were told, fed by every module through the
 * API's inbox. The counts on the tabs are kept live by `useLiveInbox` (mounted by the session gate).
 */
export const inboxModule: PortalModule = {
  name: "inbox",
  tabs: [
    { key: "todo", path: "/todo", title: "待办", icon: <UnorderedListOutline />, order: 20, page: () => import("./pages/todo-page"), badge: TodoTabBadge },
    { key: "messages", path: "/messages", title: "消息", icon: <MessageOutline />, order: 30, page: () => import("./pages/messages-page"), badge: MessagesTabBadge },
  ],
};
