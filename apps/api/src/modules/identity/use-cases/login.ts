import type { Context } from "../../../context/context";
import { config } from "../../../core/config";
import { AppError } from "../../../core/errors";
import { burnPasswordCheck, verifyPassword } from "../passwords";
import { consumeLoginAttempt } from "../login-rate-limit";
import { hashToken, newSessionToken } from "../session-token";
import type { Work } from "../../../core/unit-of-work";
import type { User } from "../../../generated/prisma/client";
import { issuePendingLogin } from "../totp";

// One message for unknown user, wrong password, locked and disabled: the answer must not tell an
// attacker which usernames exist (等保 8.1.4.1 a, and OWASP ASVS 2.2).
export const LOGIN_FAILED = `用户名或密码错误（连续失败 ${config.lockout.maxFailures} 次将锁定 ${config.lockout.lockMinutes} 分钟）`;

export type LoginOutcome =
  | { kind: "session"; token: string; userId: string; mustChangePassword: boolean }
  /** The password was right and the user has 两步验证: no session yet, only a signed pending login. */
  | { kind: "second_factor"; pendingToken: string; userId: string };

/**
 * Failures are committed (counter, lock, audit row) before the error is thrown, so that rolling back
 * cannot erase the evidence or the lockout.
 */
export const INACTIVE_DISABLED = "账号长期未使用，已自动停用，请联系系统管理员";

export async function login(ctx: Context, username: string, password: string, userAgent: string | null): Promise<LoginOutcome> {
  await consumeLoginAttempt(ctx.ip);
  const outcome = await ctx.identityWork(async (w) => {
    const { db } = w;
    // Lock the account row: concurrent attempts (e.g. fifteen aliased login fields in one request) are
    // serialised, so each one sees the failure count the previous one wrote and the lockout holds.
    const [locked_] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM app_user WHERE username = ${username} FOR UPDATE`;
    const user = locked_ ? await db.user.findUnique({ where: { id: locked_.id } }) : null;
    if (!user) {
      await burnPasswordCheck(password);
      w.audit({ action: "auth.login", result: "FAILURE", tenantId: null, userId: null, username, detail: { reason: "unknown_user" } });
      return null;
    }
    const tenantId = await scopeToUser(w, user);

    const now = new Date();
    const locked = user.lockedUntil && user.lockedUntil > now;
    const passwordOk = await verifyPassword(user.passwordHash, password);
    if (locked || user.disabled || !passwordOk) {
      const reason = locked ? "locked" : user.disabled ? "disabled" : "bad_password";
      if (reason === "bad_password") await countFailure(w, user, now);
      w.audit({ action: "auth.login", result: "FAILURE", targetType: "User", targetId: user.id, detail: { reason } });
      return null;
    }

    // Dormant accounts are a classic way in (等保 8.1.4.1 d): disable instead of logging in. Only someone
    // who knows the password learns this, so it reveals nothing to a guesser.
    const lastUse = user.lastLoginAt ?? user.createdAt;
    if (now.getTime() - lastUse.getTime() > config.inactiveDisableDays * 86_400_000) {
      await db.user.update({ where: { id: user.id }, data: { disabled: true } });
      w.audit({ action: "auth.disable_inactive", targetType: "User", targetId: user.id, result: "FAILURE" });
      return "inactive" as const;
    }

    // 两步验证: the password alone opens nothing. The failure counter is deliberately NOT reset here —
    // otherwise re-entering the password would re-arm the guesses at the code and the lockout would not hold.
    const totp = await db.userTotp.findUnique({ where: { userId: user.id }, select: { enabledAt: true } });
    if (totp?.enabledAt) {
      w.audit({ action: "auth.login_password", targetType: "User", targetId: user.id, detail: { next: "totp" } });
      return { kind: "second_factor" as const, pendingToken: issuePendingLogin(user.id), userId: user.id };
    }

    const token = await openSession(w, user, tenantId, ctx.ip, userAgent, now);
    w.audit({ action: "auth.login", targetType: "User", targetId: user.id });
    return { kind: "session" as const, token, userId: user.id, mustChangePassword: user.mustChangePassword };
  });
  if (!outcome) throw new AppError("UNAUTHENTICATED", LOGIN_FAILED);
  if (outcome === "inactive") throw new AppError("FORBIDDEN", INACTIVE_DISABLED);
  return outcome;
}

/** Memberships are visible to their own user: scope to the user first, then to their first committee. */
export async function scopeToUser(w: Work, user: User): Promise<string | null> {
  await w.rescope(null, user.id, user.username);
  const mine = await w.db.tenantMembership.findMany({ where: { userId: user.id }, include: { tenant: true } });
  const memberships = mine.filter((m) => m.roles.length > 0).sort(
    (a, b) => a.tenant.level.localeCompare(b.tenant.level) || a.tenant.sortOrder - b.tenant.sortOrder,
  );
  const tenantId = memberships[0]?.tenantId ?? null;
  await w.rescope(tenantId, user.id, user.username);
  return tenantId;
}

/** A wrong password or a wrong second-factor code: one more failure; the fifth locks the account. */
export async function countFailure(w: Work, user: User, now: Date) {
  const failures = user.failedLoginCount + 1;
  const lock = failures >= config.lockout.maxFailures;
  await w.db.user.update({
    where: { id: user.id },
    data: { failedLoginCount: lock ? 0 : failures, lockedUntil: lock ? new Date(now.getTime() + config.lockout.lockMinutes * 60_000) : user.lockedUntil },
  });
  if (lock) w.audit({ action: "auth.lockout", targetType: "User", targetId: user.id, result: "FAILURE" });
}

/** Every factor checked: reset the failure counter and open the server-side session. */
export async function openSession(w: Work, user: User, tenantId: string | null, ip: string | null, userAgent: string | null, now: Date) {
  const token = newSessionToken();
  await w.db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
  await w.db.authSession.create({
    data: {
      tokenHash: hashToken(token),
      userId: user.id,
      activeTenantId: tenantId,
      expiresAt: new Date(now.getTime() + config.session.absoluteHours * 3600_000),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}
