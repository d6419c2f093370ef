import { permissionsOf, type Role } from "@zhzx/shared";

/** Roles whose passwords do not expire: the portal users. */
const MEMBER_ROLES: Role[] = ["MEMBER", "COLLECTIVE", "HANDLING_UNIT"];
import type { Db } from "../../../db/prisma";
import { config } from "../../../core/config";
import { runUnitOfWork } from "../../../core/unit-of-work";
import type { Viewer } from "../../../context/viewer";
import { hashToken } from "../session-token";

/** Session cookie → live session → enabled user → active membership. Null when any link is missing. */
export async function loadViewer(prisma: Db, key: { token: string } | { sessionId: string }, ip: string | null): Promise<Viewer | null> {
  return runUnitOfWork(prisma, { tenantId: null, userId: null, authLookup: true }, { tenantId: null, userId: null, username: null, ip }, async ({ db }) => {
    const session = await db.authSession.findUnique({
      where: "token" in key ? { tokenHash: hashToken(key.token) } : { id: key.sessionId },
      include: { user: true },
    });
    if (!session || session.revokedAt || session.user.disabled) return null;
    const now = Date.now();
    const idleLimit = session.lastSeenAt.getTime() + config.session.idleMinutes * 60_000;
    if (session.expiresAt.getTime() <= now || idleLimit <= now) return null;
    // Write lastSeenAt at most once a minute: a write per request would cost more than the request.
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await db.authSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
    }
    let roles: Role[] = [];
    if (session.activeTenantId) {
      await db.$executeRaw`SELECT set_config('app.user_id', ${session.userId}, true)`;
      const m = await db.tenantMembership.findUnique({
        where: { tenantId_userId: { tenantId: session.activeTenantId, userId: session.userId } },
      });
      roles = (m?.roles ?? []) as Role[];
    }
    const permissions = permissionsOf(roles);
    // 两步验证 enforced for the staff console: until enrolled, the session can only enrol (auth-checker).
    let mustEnrolTotp = false;
    if (config.mfa.required && permissions.has("staff:console")) {
      const totp = await db.userTotp.findUnique({ where: { userId: session.userId }, select: { enabledAt: true } });
      mustEnrolTotp = !totp?.enabledAt;
    }
    const passwordExpired =
      roles.some((r) => !MEMBER_ROLES.includes(r)) &&
      now - session.user.passwordChangedAt.getTime() > config.passwordMaxAgeDays * 86_400_000;
    return {
      sessionId: session.id,
      userId: session.userId,
      username: session.user.username,
      displayName: session.user.displayName,
      mustChangePassword: session.user.mustChangePassword || passwordExpired,
      activeTenantId: roles.length ? session.activeTenantId : null,
      roles,
      permissions,
      mustEnrolTotp,
    };
  });
}
