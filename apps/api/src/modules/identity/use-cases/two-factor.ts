/**
 * 两步验证 (TOTP) use-cases: the second login step, enrolment, disabling, new recovery codes, and the
 * security administrator's reset. Every step is audited; failures are committed (counter, lock, audit
 * row) before the error is thrown, like the password step.
 */
import type { Context } from "../../../context/context";
import { config } from "../../../core/config";
import { AppError, Conflict, Forbidden, NotFound, Unauthenticated, ValidationFailed } from "../../../core/errors";
import type { Work } from "../../../core/unit-of-work";
import type { User } from "../../../generated/prisma/client";
import { consumeLoginAttempt } from "../login-rate-limit";
import {
  hashRecoveryCode,
  isRecoveryCodeShaped,
  isTotpCodeShaped,
  newRecoveryCodes,
  newTotpSecret,
  openSecret,
  readPendingLogin,
  sealSecret,
  TOTP_ISSUER,
  totpStep,
  totpUri,
} from "../totp";
import { countFailure, openSession, scopeToUser } from "./login";

export const CODE_FAILED = `验证码错误或已使用（连续失败 ${config.lockout.maxFailures} 次将锁定 ${config.lockout.lockMinutes} 分钟）`;
const codeFailed = () => new AppError("MFA_CODE_INVALID", CODE_FAILED);

export interface FactorInput {
  code?: string | null;
  recoveryCode?: string | null;
}

type Factor = { kind: "totp"; code: string } | { kind: "recovery_code"; code: string };

/** Exactly one of a 6-digit code and a recovery code; the shape is checked before anything is looked up. */
function parseFactor(input: FactorInput, allowRecovery = true): Factor {
  const code = input.code?.replace(/\s/g, "") ?? "";
  const recovery = input.recoveryCode?.trim() ?? "";
  if (code && !recovery) {
    if (!isTotpCodeShaped(code)) throw ValidationFailed("请输入 6 位数字验证码", { code: "请输入 6 位数字验证码" });
    return { kind: "totp", code };
  }
  if (recovery && !code && allowRecovery) {
    if (!isRecoveryCodeShaped(recovery)) throw ValidationFailed("恢复码格式不正确", { recoveryCode: "恢复码格式不正确" });
    return { kind: "recovery_code", code: recovery };
  }
  throw ValidationFailed(allowRecovery ? "请输入验证码或恢复码" : "请输入验证码", { code: "请输入验证码" });
}

type Check = { ok: true; remaining?: number } | { ok: false; reason: "bad_code" | "replay" | "not_enrolled" };

/**
 * Checks a factor and consumes it in one conditional UPDATE: a TOTP code moves last_step forward only if
 * it is newer than the last accepted one; a recovery code is marked used only if it was unused. Two
 * requests racing with the same code: exactly one UPDATE matches.
 */
async function checkFactor(w: Work, userId: string, factor: Factor, now: Date): Promise<Check> {
  const { db } = w;
  const totp = await db.userTotp.findUnique({ where: { userId } });
  if (!totp?.enabledAt) return { ok: false, reason: "not_enrolled" };
  if (factor.kind === "totp") {
    const step = totpStep(openSecret(userId, totp.secret), factor.code, now.getTime());
    if (step === null) return { ok: false, reason: "bad_code" };
    const r = await db.userTotp.updateMany({
      where: { userId, enabledAt: { not: null }, OR: [{ lastStep: null }, { lastStep: { lt: BigInt(step) } }] },
      data: { lastStep: BigInt(step) },
    });
    return r.count === 1 ? { ok: true } : { ok: false, reason: "replay" };
  }
  const r = await db.userRecoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(userId, factor.code), usedAt: null },
    data: { usedAt: now },
  });
  if (r.count !== 1) return { ok: false, reason: "bad_code" };
  return { ok: true, remaining: await db.userRecoveryCode.count({ where: { userId, usedAt: null } }) };
}

async function replaceRecoveryCodes(w: Work, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await w.db.userRecoveryCode.deleteMany({ where: { userId } });
  await w.db.userRecoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(userId, c) })) });
  return codes;
}

const lockedNow = (user: User, now: Date) => !!user.lockedUntil && user.lockedUntil > now;

// ── login, second step ──────────────────────────────────────────────────────────────────────────────

export interface SecondFactorOutcome {
  token: string;
  userId: string;
  mustChangePassword: boolean;
}

/** The pending login from the password step plus a code (or a recovery code) → a session. */
export async function completeSecondFactor(ctx: Context, pendingToken: unknown, input: FactorInput, userAgent: string | null): Promise<SecondFactorOutcome> {
  await consumeLoginAttempt(ctx.ip);
  const userId = readPendingLogin(pendingToken);
  if (!userId) throw new AppError("MFA_LOGIN_EXPIRED");
  const factor = parseFactor(input);
  const outcome = await ctx.identityWork(async (w) => {
    const { db } = w;
    // The same row lock as the password step: parallel guesses are counted one after another.
    const [row] = await db.$queryRaw<{ id: string }[]>`SELECT id FROM app_user WHERE id = ${userId}::uuid FOR UPDATE`;
    const user = row ? await db.user.findUnique({ where: { id: row.id } }) : null;
    if (!user) return null;
    const tenantId = await scopeToUser(w, user);
    const now = new Date();
    const blocked = lockedNow(user, now) ? "locked" : user.disabled ? "disabled" : null;
    const check: Check = blocked ? { ok: false, reason: "bad_code" } : await checkFactor(w, user.id, factor, now);
    if (!check.ok) {
      if (!blocked) await countFailure(w, user, now);
      w.audit({
        action: "auth.login_second_factor",
        result: "FAILURE",
        targetType: "User",
        targetId: user.id,
        detail: { reason: blocked ?? check.reason, factor: factor.kind },
      });
      return null;
    }
    if (factor.kind === "recovery_code") {
      w.audit({ action: "auth.recovery_code_used", targetType: "User", targetId: user.id, detail: { remaining: check.remaining } });
    }
    const token = await openSession(w, user, tenantId, ctx.ip, userAgent, now);
    w.audit({ action: "auth.login", targetType: "User", targetId: user.id, detail: { factor: factor.kind } });
    return { token, userId: user.id, mustChangePassword: user.mustChangePassword };
  });
  if (!outcome) throw codeFailed();
  return outcome;
}

// ── the user's own 两步验证 ───────────────────────────────────────────────────────────────────────────

const me = (ctx: Context) => ctx.viewer ?? (() => { throw Unauthenticated(); })();

export async function myTwoFactor(ctx: Context) {
  const viewer = me(ctx);
  return ctx.identityWork(async ({ db }) => {
    const totp = await db.userTotp.findUnique({ where: { userId: viewer.userId } });
    const left = totp?.enabledAt ? await db.userRecoveryCode.count({ where: { userId: viewer.userId, usedAt: null } }) : 0;
    return {
      enabled: !!totp?.enabledAt,
      enabledAt: totp?.enabledAt ?? null,
      required: config.mfa.required && viewer.permissions.has("staff:console"),
      recoveryCodesLeft: left,
    };
  });
}

/** A fresh secret, kept sealed and inactive until a first code confirms the authenticator has it. */
export async function startTotpEnrolment(ctx: Context) {
  const viewer = me(ctx);
  const secret = newTotpSecret();
  await ctx.identityWork(async ({ db, audit }) => {
    const current = await db.userTotp.findUnique({ where: { userId: viewer.userId }, select: { enabledAt: true } });
    if (current?.enabledAt) throw Conflict("已启用两步验证；如需更换验证器，请先停用");
    const sealed = sealSecret(viewer.userId, secret);
    await db.userTotp.upsert({
      where: { userId: viewer.userId },
      create: { userId: viewer.userId, secret: sealed },
      update: { secret: sealed, lastStep: null, createdAt: new Date() },
    });
    audit({ action: "auth.totp_enrol_start", targetType: "User", targetId: viewer.userId });
  });
  return { secret, uri: totpUri(secret, viewer.username), issuer: TOTP_ISSUER, account: viewer.username };
}

/** The first valid code switches 两步验证 on; the ten recovery codes are returned this once only. */
export async function confirmTotpEnrolment(ctx: Context, code: string): Promise<string[]> {
  const viewer = me(ctx);
  const { code: digits } = parseFactor({ code }, false);
  const result = await ctx.identityWork(async (w) => {
    const { db, audit } = w;
    const totp = await db.userTotp.findUnique({ where: { userId: viewer.userId } });
    if (!totp) throw Conflict("请先开始绑定验证器");
    if (totp.enabledAt) throw Conflict("已启用两步验证");
    const now = new Date();
    const step = totpStep(openSecret(viewer.userId, totp.secret), digits, now.getTime());
    if (step === null) {
      audit({ action: "auth.totp_enrol_failed", result: "FAILURE", targetType: "User", targetId: viewer.userId, detail: { reason: "bad_code" } });
      return null;
    }
    const r = await db.userTotp.updateMany({ where: { userId: viewer.userId, enabledAt: null }, data: { enabledAt: now, lastStep: BigInt(step) } });
    if (r.count !== 1) throw Conflict("已启用两步验证");
    const codes = await replaceRecoveryCodes(w, viewer.userId);
    audit({ action: "auth.totp_enabled", targetType: "User", targetId: viewer.userId, detail: { recoveryCodes: codes.length } });
    return codes;
  });
  if (!result) throw new AppError("MFA_CODE_INVALID", "验证码不正确，请核对手机时间后输入验证器中当前显示的 6 位数字");
  return result;
}

/**
 * Disabling, or a new set of recovery codes, needs a current code (disabling also accepts a recovery
 * code: the phone may be lost). Wrong codes count toward the lockout, as at login: a hijacked session
 * cannot guess its way to switching the second factor off.
 */
async function withCurrentFactor<T>(ctx: Context, input: FactorInput, allowRecovery: boolean, failAction: string, then: (w: Work, factor: Factor) => Promise<T>): Promise<T> {
  const viewer = me(ctx);
  const factor = parseFactor(input, allowRecovery);
  const result = await ctx.identityWork(async (w) => {
    const [row] = await w.db.$queryRaw<{ id: string }[]>`SELECT id FROM app_user WHERE id = ${viewer.userId}::uuid FOR UPDATE`;
    const user = row ? await w.db.user.findUnique({ where: { id: row.id } }) : null;
    if (!user) throw Unauthenticated();
    const now = new Date();
    const totp = await w.db.userTotp.findUnique({ where: { userId: user.id }, select: { enabledAt: true } });
    if (!totp?.enabledAt) throw Conflict("尚未启用两步验证");
    const check: Check = lockedNow(user, now) ? { ok: false, reason: "bad_code" } : await checkFactor(w, user.id, factor, now);
    if (!check.ok) {
      if (!lockedNow(user, now)) await countFailure(w, user, now);
      w.audit({ action: failAction, result: "FAILURE", targetType: "User", targetId: user.id, detail: { reason: check.reason, factor: factor.kind } });
      return { failed: true as const };
    }
    if (factor.kind === "recovery_code") {
      w.audit({ action: "auth.recovery_code_used", targetType: "User", targetId: user.id, detail: { remaining: check.remaining } });
    }
    return { failed: false as const, value: await then(w, factor) };
  });
  if (result.failed) throw codeFailed();
  return result.value;
}

export function disableTotp(ctx: Context, input: FactorInput): Promise<boolean> {
  const userId = me(ctx).userId;
  return withCurrentFactor(ctx, input, true, "auth.totp_disable_failed", async ({ db, audit }, factor) => {
    await db.userRecoveryCode.deleteMany({ where: { userId } });
    await db.userTotp.delete({ where: { userId } });
    audit({ action: "auth.totp_disabled", targetType: "User", targetId: userId, detail: { factor: factor.kind } });
    return true;
  });
}

export function regenerateRecoveryCodes(ctx: Context, code: string): Promise<string[]> {
  const userId = me(ctx).userId;
  return withCurrentFactor(ctx, { code }, false, "auth.recovery_codes_failed", async (w) => {
    const codes = await replaceRecoveryCodes(w, userId);
    w.audit({ action: "auth.recovery_codes_regenerated", targetType: "User", targetId: userId, detail: { recoveryCodes: codes.length } });
    return codes;
  });
}

// ── the security administrator ──────────────────────────────────────────────────────────────────────

/** 两步验证 status of users of the active committee (others are left out). */
export async function twoFactorStatuses(ctx: Context, userIds: string[]) {
  const tenantId = ctx.tenantId;
  if (userIds.length > 200) throw ValidationFailed("一次最多查询 200 个用户");
  return ctx.identityWork(async ({ db }) => {
    const members = await db.tenantMembership.findMany({ where: { tenantId, userId: { in: userIds } }, select: { userId: true } });
    const ids = members.map((m) => m.userId);
    const rows = await db.userTotp.findMany({ where: { userId: { in: ids } } });
    const byId = new Map(rows.map((r) => [r.userId, r]));
    return ids.map((userId) => ({ userId, enabled: !!byId.get(userId)?.enabledAt, enabledAt: byId.get(userId)?.enabledAt ?? null }));
  });
}

/**
 * A lost phone and no recovery code left: the security administrator removes the authenticator (and
 * ends the user's sessions). The user logs in with the password and, where required, enrols again.
 */
export async function resetUserTotp(ctx: Context, userId: string): Promise<boolean> {
  const viewer = me(ctx);
  const tenantId = ctx.tenantId;
  if (userId === viewer.userId) throw Forbidden("不能重置本人的两步验证，请在“账号安全”中操作");
  return ctx.identityWork(async ({ db, audit }) => {
    const m = await db.tenantMembership.findUnique({ where: { tenantId_userId: { tenantId, userId } } });
    if (!m) throw NotFound("用户不存在或不属于本委员会");
    const totp = await db.userTotp.findUnique({ where: { userId }, select: { enabledAt: true } });
    if (!totp?.enabledAt) throw Conflict("该用户未启用两步验证");
    await db.userRecoveryCode.deleteMany({ where: { userId } });
    await db.userTotp.delete({ where: { userId } });
    const s = await db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    audit({ action: "auth.totp_reset", targetType: "User", targetId: userId, detail: { sessionsEnded: s.count } });
    return true;
  });
}
