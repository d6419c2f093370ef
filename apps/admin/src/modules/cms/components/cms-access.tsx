import type { ReactNode } from "react";
import type { Permission } from "@zhzx/shared";
import { ForbiddenPage } from "../../../app/pages/ForbiddenPage";
import { useViewer, type Viewer } from "../../../app/viewer";

export const CMS_ANY: Permission[] = ["cms:edit", "cms:review", "cms:admin"];
export const CMS_DECIDERS: Permission[] = ["cms:review", "cms:admin"];

export const canAny = (viewer: Viewer | null | undefined, permissions: readonly Permission[]) => permissions.some((p) => !!viewer?.permissions.includes(p));

/**
 * A menu entry and a route carry one permission each, but most website screens serve editors, reviewers
 * and site administrators alike: the routes are registered without one and guarded here by any-of.
 * (Which channels and actions a user may use is then decided per channel by the server.)
 */
export function RequireAnyPermission({ permissions, children }: { permissions: readonly Permission[]; children: ReactNode }) {
  const { viewer } = useViewer();
  if (!canAny(viewer, permissions)) return <ForbiddenPage />;
  return <>{children}</>;
}
