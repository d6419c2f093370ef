import type { Permission } from "@zhzx/shared";
import type { Viewer } from "../../../app/viewer";

export const CMS_ANY: Permission[] = ["cms:edit", "cms:review", "cms:admin"];
export const CMS_DECIDERS: Permission[] = ["cms:review", "cms:admin"];

export const canAny = (viewer: Viewer | null | undefined, permissions: readonly Permission[]) => permissions.some((p) => !!viewer?.permissions.includes(p));
