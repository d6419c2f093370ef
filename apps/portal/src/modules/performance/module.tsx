import { FolderOutline } from "antd-mobile-icons";
import type { PortalModule } from "../../app/portal-module";

/** 履职档案: the member's score explained line by line, and 履职材料 they report themselves. */
export const performanceModule: PortalModule = {
  name: "performance",
  pages: [
    { path: "/performance", page: () => import("./pages/my-performance-page") },
    { path: "/performance/materials/new", page: () => import("./pages/new-material-page") },
  ],
  workbenchEntries: [{ key: "performance", title: "履职档案", icon: <FolderOutline />, color: "#0f9d77", to: "/performance", order: 40, permission: "performance:self" }],
};
