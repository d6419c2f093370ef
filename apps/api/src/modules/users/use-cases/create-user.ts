import { createUserInput, passwordProblem } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { config } from "../../../core/config";
import { AppError, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { hashPassword } from "../../identity/passwords";
import { assertRolesAssignable } from "../users.policy";
import { presentUser } from "../users.presenter";
import type { CreateUserInput } from "../users.types";

/** Creates an account in the active tenant; the initial password must be changed at first login. */
export async function createUser(ctx: Context, input: CreateUserInput) {
  const data = parseInput(createUserInput, input);
  const problem = passwordProblem(data.password, config.passwordPolicy, data.username);
  if (problem) throw ValidationFailed(problem, { password: problem });
  assertRolesAssignable(ctx.viewer!, "", data.roles);
  const tenantId = ctx.tenantId;
  const passwordHash = await hashPassword(data.password);
  return ctx.identityWork(async ({ db, audit }) => {
    if (await db.user.findUnique({ where: { username: data.username }, select: { id: true } })) throw new AppError("CONFLICT", "用户名已被使用", { fields: { username: "用户名已被使用" } });
    const user = await db.user.create({ data: { username: data.username, displayName: data.displayName, passwordHash, mustChangePassword: true } });
    const membership = await db.tenantMembership.create({ data: { tenantId, userId: user.id, roles: data.roles }, include: { user: true } });
    audit({ action: "user.create", targetType: "User", targetId: user.id, detail: { username: user.username, roles: data.roles } });
    return presentUser(membership);
  });
}
