import type { Context } from "../../../context/context";
import { Forbidden, Unauthenticated } from "../../../core/errors";

/** The membership is checked here, on the server: a client can only ask, never tell, its tenant. */
export async function switchTenant(ctx: Context, tenantId: string) {
  const viewer = ctx.viewer;
  if (!viewer) throw Unauthenticated();
  await ctx.identityWork(async (w) => {
    const membership = await w.db.tenantMembership.findFirst({ where: { tenantId, userId: viewer.userId } });
    if (!membership || membership.roles.length === 0) throw Forbidden("您不是该委员会的成员");
    await w.db.authSession.update({ where: { id: viewer.sessionId }, data: { activeTenantId: tenantId } });
    await w.rescope(tenantId, viewer.userId, viewer.username);
    w.audit({ action: "auth.switch_tenant", targetType: "Tenant", targetId: tenantId, detail: { from: viewer.activeTenantId } });
  });
}
