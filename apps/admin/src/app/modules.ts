import type { ComponentType, ReactNode } from "react";
import type { Permission } from "@zhzx/shared";

/** Groups of the left menu; a group shows only when the viewer may use at least one of its entries. */
export interface MenuGroup {
  key: string;
  label: string;
  icon: ReactNode;
  order: number;
}

export interface MenuEntry {
  key: string;
  label: string;
  icon: ReactNode;
  /** Path inside the SPA (without the /admin base). */
  path: string;
  /** Entry hidden unless the viewer has it (or, for a list, any one of them) in the active committee. */
  permission?: Permission | readonly Permission[];
  /** Key of a MenuGroup; omitted: a top-level entry. */
  group?: string;
  order: number;
}

export interface ModuleRoute {
  /** Path inside the SPA, relative to the layout ("users", "audit"). */
  path: string;
  /** Without it (or, for a list, any one of them) the route shows 无权访问 (the server would refuse the data anyway). */
  permission?: Permission | readonly Permission[];
  Component: ComponentType;
}

/** What a feature module contributes to the console. Add yours to ADMIN_MODULES in app/registry.tsx. */
export interface AdminModule {
  name: string;
  menu: MenuEntry[];
  routes: ModuleRoute[];
  groups?: MenuGroup[];
}
