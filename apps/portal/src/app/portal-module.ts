import type { ComponentType, ReactNode } from "react";
import type { Permission } from "@zhzx/shared";

/** A screen's code, loaded on first visit so the first paint carries only the shell. */
export type LazyPage = () => Promise<{ default: ComponentType }>;

/** Who may open a page: anyone; anyone signed in (even before changing a bootstrap password); or a ready user. */
export type PageAccess = "public" | "session" | "signed-in";

export interface PortalTab {
  key: string;
  /** Absolute path under the portal's base, e.g. "/workbench". */
  path: string;
  title: string;
  icon: ReactNode;
  /** Position in the bottom bar, left to right. */
  order: number;
  page: LazyPage;
  /** A count over the icon (e.g. unread messages); part of the shell's first paint, so keep it small. */
  badge?: ComponentType;
}

export interface PortalPage {
  path: string;
  page: LazyPage;
  /** Default "signed-in". */
  access?: PageAccess;
}

/** A tile in the 工作台 grid. */
export interface WorkbenchEntry {
  key: string;
  title: string;
  icon: ReactNode;
  /** Tile colour (the icon's background). */
  color: string;
  to: string;
  order: number;
  /** Hidden when the active membership lacks it. */
  permission?: Permission;
  /** A placeholder for a module still being built; a real entry with the same key replaces it. */
  planned?: boolean;
}

/**
 * What a feature module contributes to the shell. A new module (proposals, opinions, meetings, …)
 * exports one of these from `src/modules/<domain>/module.tsx` and is listed in `src/app/modules.ts`.
 */
export interface PortalModule {
  name: string;
  tabs?: PortalTab[];
  pages?: PortalPage[];
  workbenchEntries?: WorkbenchEntry[];
}
