import { FolderOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 我的履职: the member's score explained line by line, the rank when the committee shows it, and 履职材料. */
export const performanceModule: PortalModule = {
  name: "performance",
  pages: [
    { path: "/performance", page: () => import("./pages/my-performance-page") },
    { path: "/performance/materials/new", page: () => import("./pages/material-form-page") },
    { path: "/performance/materials/:id", page: () => import("./pages/material-page") },
    { path: "/performance/materials/:id/edit", page: () => import("./pages/material-form-page") },
  ],
  workbenchEntries: [{ key: "performance", title: "履职档案", icon: <FolderOutline />, color: "#0f9d77", to: "/performance", order: 40, permission: "performance:self" }],
};
