import { roleSetProblem, type Role } from "@zhzx/shared";
import type { Viewer } from "../../context/viewer";
import { Forbidden, ValidationFailed } from "../../core/errors";

/** The rules for changing someone's roles, in one place. */
export function assertRolesAssignable(viewer: Viewer, targetUserId: string, roles: Role[]) {
  const problem = roleSetProblem(roles);
  if (problem) throw ValidationFailed(problem, { roles: problem });
  if (targetUserId === viewer.userId) throw Forbidden("不能修改本人的角色或状态");
}
