import type { Role } from "@zhzx/shared";
import { Context } from "../../context/context";
import type { Viewer } from "../../context/viewer";
import { presentTenant } from "../tenancy/tenancy.types";
import type { ViewerType } from "./identity.types";

export async function presentViewer(ctx: Context, viewer: Viewer): Promise<ViewerType> {
  // After login or a switch, ctx still describes the request as it arrived: read as the new viewer.
  const asViewer = new Context(ctx.prisma, viewer, ctx.ip);
  const memberships = await asViewer.identityWork(({ db }) =>
    db.tenantMembership.findMany({ where: { userId: viewer.userId }, include: { tenant: true } }),
  );
  const mine = memberships
    .filter((m) => m.roles.length > 0)
    .sort((a, b) => a.tenant.level.localeCompare(b.tenant.level) || a.tenant.sortOrder - b.tenant.sortOrder);
  const active = mine.find((m) => m.tenantId === viewer.activeTenantId);
  return {
    userId: viewer.userId,
    username: viewer.username,
    displayName: viewer.displayName,
    mustChangePassword: viewer.mustChangePassword,
    mustEnrolTotp: !!viewer.mustEnrolTotp,
    activeTenant: active ? presentTenant(active.tenant) : null,
    roles: viewer.roles,
    permissions: [...viewer.permissions],
    memberships: mine.map((m) => ({ tenant: presentTenant(m.tenant), roles: m.roles as Role[] })),
  };
}
