import type { Context } from "../../../context/context";
import { Unauthenticated } from "../../../core/errors";

export async function logout(ctx: Context): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) throw Unauthenticated();
  await ctx.identityWork(async ({ db, audit }) => {
    await db.authSession.update({ where: { id: viewer.sessionId }, data: { revokedAt: new Date() } });
    audit({ action: "auth.logout", targetType: "User", targetId: viewer.userId });
  });
}
