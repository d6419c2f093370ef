import type { Context } from "../../../context/context";
import { NotFound, Unauthenticated } from "../../../core/errors";
import type { Tx } from "../../../db/prisma";

const live = () => ({ revokedAt: null, expiresAt: { gt: new Date() } });

const present = (s: { id: string; createdAt: Date; lastSeenAt: Date; ip: string | null; userAgent: string | null }, currentId?: string) => ({
  id: s.id,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
  ip: s.ip,
  userAgent: s.userAgent,
  current: s.id === currentId,
});

export async function listMySessions(ctx: Context) {
  const viewer = ctx.viewer ?? (() => { throw Unauthenticated(); })();
  const rows = await ctx.identityWork(({ db }) => db.authSession.findMany({ where: { userId: viewer.userId, ...live() }, orderBy: { lastSeenAt: "desc" }, take: 50 }));
  return rows.map((s) => present(s, viewer.sessionId));
}

export async function revokeMySession(ctx: Context, sessionId: string) {
  const viewer = ctx.viewer ?? (() => { throw Unauthenticated(); })();
  await ctx.identityWork(async ({ db, audit }) => {
    const r = await db.authSession.updateMany({ where: { id: sessionId, userId: viewer.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (r.count === 0) throw NotFound("会话不存在或已结束");
    audit({ action: "auth.revoke_session", targetType: "AuthSession", targetId: sessionId });
  });
}

async function assertInTenant(db: Tx, tenantId: string, userId: string) {
  const m = await db.tenantMembership.findUnique({ where: { tenantId_userId: { tenantId, userId } } });
  if (!m) throw NotFound("用户不存在或不属于本委员会");
}

/** Security administrator: a user's live sessions, limited to users of the active tenant. */
export async function listUserSessions(ctx: Context, userId: string) {
  const tenantId = ctx.tenantId;
  const rows = await ctx.identityWork(async ({ db }) => {
    await assertInTenant(db, tenantId, userId);
    return db.authSession.findMany({ where: { userId, ...live() }, orderBy: { lastSeenAt: "desc" }, take: 50 });
  });
  return rows.map((s) => present(s));
}

export async function revokeUserSessions(ctx: Context, userId: string) {
  const tenantId = ctx.tenantId;
  return ctx.identityWork(async ({ db, audit }) => {
    await assertInTenant(db, tenantId, userId);
    const r = await db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    audit({ action: "auth.revoke_user_sessions", targetType: "User", targetId: userId, detail: { count: r.count } });
    return r.count;
  });
}
