import { ChatAddOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 社情民意: the member's own reports — write, save as draft, submit, follow review, adoption and 批示. */
export const opinionsModule: PortalModule = {
  name: "opinions",
  pages: [
    { path: "/opinions", page: () => import("./pages/my-opinions-page") },
    { path: "/opinions/new", page: () => import("./pages/opinion-form-page") },
    { path: "/opinions/:id", page: () => import("./pages/opinion-detail-page") },
    { path: "/opinions/:id/edit", page: () => import("./pages/opinion-form-page") },
  ],
  // Same key as the planned tile of the workbench: this entry replaces it.
  workbenchEntries: [{ key: "opinions", title: "社情民意", icon: <ChatAddOutline />, color: "#f27c1b", to: "/opinions", order: 20, permission: "opinion:submit" }],
};
