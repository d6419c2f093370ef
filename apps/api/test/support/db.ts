import { inject } from "vitest";
import pg from "pg";
import { permissionsOf, type Role } from "@zhzx/shared";
import { createAppPrisma, createOwnerPrisma } from "../../src/db/prisma";
import { APP_ROLE, APP_ROLE_PASSWORD } from "../../src/db/urls";
import { Context } from "../../src/context/context";
import type { Viewer } from "../../src/context/viewer";

export const ownerUrl = inject("ownerUrl");
export function appUrlForTests() {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = APP_ROLE_PASSWORD;
  return u.toString();
}
process.env.DATABASE_URL = ownerUrl;

/** Fixtures only: the owner bypasses nothing by policy, but builds data without an actor. */
export const owner = createOwnerPrisma(ownerUrl);
/** What the API uses: the non-owner role, RLS applies. */
export const app = createAppPrisma(appUrlForTests());

export function ownerSql() {
  return new pg.Client({ connectionString: ownerUrl });
}
export function appSql() {
  return new pg.Client({ connectionString: appUrlForTests() });
}

export function viewerOf(user: { id: string; username: string; displayName?: string }, tenantId: string | null, roles: Role[], sessionId = "00000000-0000-4000-8000-000000000000"): Viewer {
  return {
    sessionId,
    userId: user.id,
    username: user.username,
    displayName: user.displayName ?? user.username,
    mustChangePassword: false,
    activeTenantId: tenantId,
    roles,
    permissions: permissionsOf(roles),
  };
}

export const contextFor = (viewer: Viewer | null) => new Context(app, viewer, "127.0.0.1");
