import { createContext, use } from "react";
import type { Permission } from "@zhzx/shared";
import type { ViewerFieldsFragment } from "../../gql/graphql";

export type Viewer = ViewerFieldsFragment;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only for screens under the session gate, which guarantees one. */
export function useViewer(): Viewer {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error("useViewer() used outside the session gate");
  return viewer;
}

export function viewerCan(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.includes(permission);
}
