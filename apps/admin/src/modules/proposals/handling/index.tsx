import { lazy } from "react";
import { AuditOutlined } from "@ant-design/icons";
import type { AdminModule } from "../../../app/modules";

/**
 * 承办工作台 for handling units (承办单位): sign for what the committee assigned, ask to return it or for
 * more time, reply with documents, and see the member's verdict. Only proposal:handle sees it; the
 * office's screens are the proposals module around this folder.
 */
export const proposalHandlingModule: AdminModule = {
  name: "proposal-handling",
  // A top-level entry: a unit's account sees nothing else of the console.
  menu: [{ key: "proposal-handling", label: "承办工作台", icon: <AuditOutlined />, path: "/proposals/handling", permission: "proposal:handle", order: 195 }],
  routes: [{ path: "proposals/handling", permission: "proposal:handle", Component: lazy(() => import("./pages/HandlingWorkbenchPage")) }],
};
