import { passwordProblem, setRolesInput, type Role } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { config } from "../../../core/config";
import { Forbidden, NotFound, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { hashPassword } from "../../identity/passwords";
import { assertRolesAssignable } from "../users.policy";
import { presentUser } from "../users.presenter";

async function membershipInTenant(db: Tx, tenantId: string, userId: string) {
  const m = await db.tenantMembership.findUnique({ where: { tenantId_userId: { tenantId, userId } }, include: { user: true } });
  if (!m) throw NotFound("用户不存在或不属于本委员会");
  return m;
}

export async function setUserRoles(ctx: Context, input: { userId: string; roles: Role[] }) {
  const { userId, roles } = parseInput(setRolesInput, input);
  if (roles.length === 0) throw ValidationFailed("至少选择一个角色", { roles: "至少选择一个角色" });
  assertRolesAssignable(ctx.viewer!, userId, roles);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await membershipInTenant(db, tenantId, userId);
    const m = await db.tenantMembership.update({ where: { tenantId_userId: { tenantId, userId } }, data: { roles }, include: { user: true } });
    audit({ action: "user.set_roles", targetType: "User", targetId: userId, detail: { from: before.roles, to: roles } });
    return presentUser(m);
  });
}

/**
 * Disabling also ends every session of the account at once. Identity work: another user's sessions are
 * invisible to an ordinary unit of work (auth_session policy), and the membership check below is what
 * keeps this inside the tenant.
 */
export async function setUserDisabled(ctx: Context, userId: string, disabled: boolean) {
  if (userId === ctx.viewer!.userId) throw Forbidden("不能停用本人账号");
  const tenantId = ctx.tenantId;
  return ctx.identityWork(async ({ db, audit }) => {
    await membershipInTenant(db, tenantId, userId);
    await db.user.update({ where: { id: userId }, data: { disabled, ...(disabled ? {} : { failedLoginCount: 0, lockedUntil: null }) } });
    if (disabled) await db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    audit({ action: disabled ? "user.disable" : "user.enable", targetType: "User", targetId: userId });
    return presentUser(await membershipInTenant(db, tenantId, userId));
  });
}

export async function resetUserPassword(ctx: Context, userId: string, newPassword: string) {
  if (userId === ctx.viewer!.userId) throw Forbidden("请在“修改密码”中修改本人密码");
  const tenantId = ctx.tenantId;
  return ctx.identityWork(async ({ db, audit }) => {
    const target = await membershipInTenant(db, tenantId, userId);
    const problem = passwordProblem(newPassword, config.passwordPolicy, target.user.username);
    if (problem) throw ValidationFailed(problem, { newPassword: problem });
    const passwordHash = await hashPassword(newPassword);
    await db.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null } });
    await db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    audit({ action: "user.reset_password", targetType: "User", targetId: userId });
    return presentUser(await membershipInTenant(db, tenantId, userId));
  });
}
