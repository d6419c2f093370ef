import type { AuthChecker } from "type-graphql";
import type { Permission } from "@zhzx/shared";
import { AppError, Forbidden, Unauthenticated } from "../core/errors";
import type { Context } from "./context";

/** Marks fields any logged-in user may call even before changing a bootstrap password or enrolling 两步验证. */
export const SELF = "session:self";

/**
 * @Authorized()            — any logged-in user with an active membership
 * @Authorized(SELF)        — any logged-in user, even one who must still change their password
 * @Authorized("a", "b")    — a user whose active membership grants any of the listed permissions
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, required) => {
  const viewer = context.viewer;
  if (!viewer) throw Unauthenticated();
  if (required.includes(SELF)) return true;
  if (viewer.mustChangePassword) throw new AppError("PASSWORD_CHANGE_REQUIRED");
  if (viewer.mustEnrolTotp) throw new AppError("MFA_ENROLMENT_REQUIRED");
  if (!viewer.activeTenantId) throw Forbidden("当前账号未加入任何委员会");
  if (required.length === 0) return true;
  if (required.some((p) => viewer.permissions.has(p as Permission))) return true;
  throw Forbidden();
};
