import { CheckCircleOutline, FileOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 我的提案 (write, co-sign, submit, follow, give the verdict) and 承办提案 for handling units on the phone. */
export const proposalsModule: PortalModule = {
  name: "proposals",
  pages: [
    { path: "/proposals", page: () => import("./pages/my-proposals-page") },
    { path: "/proposals/new", page: () => import("./pages/proposal-form-page") },
    { path: "/proposals/:id", page: () => import("./pages/proposal-page") },
    { path: "/proposals/:id/edit", page: () => import("./pages/proposal-form-page") },
    { path: "/handling", page: () => import("./pages/handling-page") },
    { path: "/handling/:id", page: () => import("./pages/handling-proposal-page") },
  ],
  workbenchEntries: [
    { key: "proposals", title: "我的提案", icon: <FileOutline />, color: "#c3242b", to: "/proposals", order: 10, permission: "proposal:submit" },
    // Handling units may also work from the phone; the console's 承办工作台 has the full screens.
    { key: "handling", title: "承办提案", icon: <CheckCircleOutline />, color: "#0f9d77", to: "/handling", order: 11, permission: "proposal:handle" },
  ],
};
