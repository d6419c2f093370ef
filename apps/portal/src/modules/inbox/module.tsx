import { MessageOutline, UnorderedListOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/**
 * 待办 and 消息. Nothing feeds them yet: the pages say so until the proposals, opinions and meetings
 * modules (and a notification API) exist.
 */
export const inboxModule: PortalModule = {
  name: "inbox",
  tabs: [
    { key: "todo", path: "/todo", title: "待办", icon: <UnorderedListOutline />, order: 20, page: () => import("./pages/todo-page") },
    { key: "messages", path: "/messages", title: "消息", icon: <MessageOutline />, order: 30, page: () => import("./pages/messages-page") },
  ],
};
