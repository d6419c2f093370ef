/**
 * 两步验证 (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps, ±1 step of clock drift) and its keys.
 *
 * The key: env MFA_KEY (64 hex digits; every API process of a deployment must share it), or — for a
 * single host / development — 32 random bytes generated once into .data/keys/mfa-key (mode 0600), the
 * same pattern as CHECKIN_SECRET and PII_KEYS. Three sub-keys are derived from it (HMAC with a label):
 * - sealing the authenticator secrets in user_totp (AES-256-GCM, the user id as associated data, so a
 *   sealed secret copied onto another account does not open);
 * - hashing the recovery codes (HMAC-SHA256: a database copy alone cannot be searched offline);
 * - signing the pending-login token between the password and the code (not a session).
 * Changing the key invalidates every enrolment (users enrol again); nothing else depends on it.
 */
import crypto from "node:crypto";
import * as OTPAuth from "otpauth";
import { AppError } from "../../core/errors";
import { fileSecret } from "../../core/secrets";

export const TOTP_ISSUER = "智慧政协";
const PERIOD = 30;
const DIGITS = 6;
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

let cached: { source: string; key: Buffer } | undefined;

function masterKey(): Buffer {
  const env = process.env.MFA_KEY?.trim();
  const source = env ? `env:${env}` : "file";
  if (cached?.source === source) return cached.key;
  let key: Buffer;
  if (env) {
    if (!/^[0-9a-fA-F]{64}$/.test(env)) throw new AppError("INTERNAL", "两步验证密钥配置错误");
    key = Buffer.from(env, "hex");
  } else {
    key = fileSecret("mfa-key");
  }
  cached = { source, key };
  return key;
}

const subKey = (label: string) => crypto.createHmac("sha256", masterKey()).update(label).digest();

// ── the authenticator secret, sealed at rest ─────────────────────────────────────────────────────────
const PREFIX = "enc:v1:";

export function sealSecret(userId: string, base32: string): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv("aes-256-gcm", subKey("totp-secret:v1"), iv);
  c.setAAD(Buffer.from(`totp:${userId}`, "utf8"));
  const body = Buffer.concat([c.update(base32, "utf8"), c.final()]);
  return PREFIX + Buffer.concat([iv, c.getAuthTag(), body]).toString("base64url");
}

export function openSecret(userId: string, sealed: string): string {
  if (!sealed.startsWith(PREFIX)) throw new Error("authenticator secret is not sealed");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  const d = crypto.createDecipheriv("aes-256-gcm", subKey("totp-secret:v1"), raw.subarray(0, 12));
  d.setAAD(Buffer.from(`totp:${userId}`, "utf8"));
  d.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
}

// ── codes ────────────────────────────────────────────────────────────────────────────────────────────
export const newTotpSecret = () => new OTPAuth.Secret({ size: 20 }).base32;

const totpOf = (base32: string, label = "") =>
  new OTPAuth.TOTP({ issuer: TOTP_ISSUER, label, algorithm: "SHA1", digits: DIGITS, period: PERIOD, secret: OTPAuth.Secret.fromBase32(base32) });

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (base32: string, username: string) => totpOf(base32, username).toString();

export const isTotpCodeShaped = (code: string) => /^\d{6}$/.test(code);

/**
 * The time-step a code belongs to (current step ±1), or null when it matches none. The caller still has
 * to check the step against the last accepted one: that is what makes a code single-use.
 */
export function totpStep(base32: string, code: string, now = Date.now()): number | null {
  if (!isTotpCodeShaped(code)) return null;
  const delta = totpOf(base32).validate({ token: code, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  return OTPAuth.TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
}

/** For tests and the demo: the code of a secret at a time. */
export const totpCodeAt = (base32: string, timestamp: number) => totpOf(base32).generate({ timestamp });

// ── recovery codes ───────────────────────────────────────────────────────────────────────────────────
// 31 unambiguous characters (no 0/1/i/l/o), 10 of them: about 49.5 bits each, shown as xxxxx-xxxxx.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let s = "";
    while (s.length < 10) {
      const b = crypto.randomBytes(16);
      for (const x of b) if (x < ALPHABET.length * 8 && s.length < 10) s += ALPHABET[x % ALPHABET.length];
    }
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");
export const isRecoveryCodeShaped = (code: string) => new RegExp(`^[${ALPHABET}]{10}$`).test(normaliseRecoveryCode(code));

export const hashRecoveryCode = (userId: string, code: string) =>
  crypto.createHmac("sha256", subKey("recovery-code:v1")).update(`${userId}:${normaliseRecoveryCode(code)}`).digest("hex");

// ── pending login (password accepted, code not yet given) ─────────────────────────────────────────────
export const PENDING_COOKIE = "zx_mfa";
export const PENDING_MINUTES = 5;

const signPending = (userId: string, exp: number) =>
  crypto.createHmac("sha256", subKey("pending-login:v1")).update(`pending|v1|${userId}|${exp}`).digest("base64url");

export function issuePendingLogin(userId: string, now = Date.now()): string {
  const exp = Math.floor(now / 1000) + PENDING_MINUTES * 60;
  return `${userId}.${exp}.${signPending(userId, exp)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The user id of a valid, unexpired pending login; null for anything else. */
export function readPendingLogin(token: unknown, now = Date.now()): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [userId, expText, sig] = token.split(".");
  if (!userId || !UUID.test(userId) || !expText || !/^\d{1,12}$/.test(expText) || !sig) return null;
  const exp = Number(expText);
  if (exp * 1000 <= now) return null;
  const want = Buffer.from(signPending(userId, exp));
  const got = Buffer.from(sig);
  return want.length === got.length && crypto.timingSafeEqual(want, got) ? userId : null;
}
