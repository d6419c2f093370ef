import { changePasswordInput, passwordProblem } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { config } from "../../../core/config";
import { Unauthenticated, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { hashPassword, verifyPassword } from "../passwords";

/** Changes one's own password; every other session of the user is ended (a stolen one included). */
export async function changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }) {
  const viewer = ctx.viewer;
  if (!viewer) throw Unauthenticated();
  const { currentPassword, newPassword } = parseInput(changePasswordInput, input);
  const problem = passwordProblem(newPassword, config.passwordPolicy, viewer.username);
  if (problem) throw ValidationFailed(problem, { newPassword: problem });

  const user = await ctx.identityWork(({ db }) => db.user.findUniqueOrThrow({ where: { id: viewer.userId } }));
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw ValidationFailed("当前密码不正确", { currentPassword: "当前密码不正确" });
  if (await verifyPassword(user.passwordHash, newPassword)) throw ValidationFailed("新密码不能与当前密码相同", { newPassword: "新密码不能与当前密码相同" });
  const passwordHash = await hashPassword(newPassword);

  await ctx.identityWork(async ({ db, audit }) => {
    await db.user.update({ where: { id: viewer.userId }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date() } });
    await db.authSession.updateMany({ where: { userId: viewer.userId, id: { not: viewer.sessionId }, revokedAt: null }, data: { revokedAt: new Date() } });
    audit({ action: "auth.change_password", targetType: "User", targetId: viewer.userId });
  });
}
