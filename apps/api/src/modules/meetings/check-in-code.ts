/**
 * The QR check-in code (签到码) a meeting screen shows: `v1.<tenantId>.<meetingId>.<expiry>.<signature>`,
 * the signature an HMAC-SHA256 over tenant, meeting and expiry with a server secret. Nothing is stored:
 * a code is valid while its signature matches and its expiry (Unix seconds) is in the future.
 *
 * The secret: env CHECKIN_SECRET (≥ 32 characters; every API process of a deployment must share it),
 * or — for a single host / development — 32 random bytes generated once into .data/keys/checkin-secret
 * (mode 0600). Changing it invalidates every code on display, nothing else.
 */
import crypto from "node:crypto";
import { AppError, Forbidden, ValidationFailed } from "../../core/errors";
import { fileSecret } from "../../core/secrets";

const VERSION = "v1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let cached: { source: string; key: Buffer } | undefined;

function secret(): Buffer {
  const env = process.env.CHECKIN_SECRET;
  const source = env ? `env:${env}` : "file";
  if (cached?.source === source) return cached.key;
  let key: Buffer;
  if (env) {
    if (env.length < 32) throw new AppError("INTERNAL", "签到密钥配置错误");
    key = Buffer.from(env, "utf8");
  } else {
    key = fileSecret("checkin-secret");
  }
  cached = { source, key };
  return key;
}

const sign = (tenantId: string, meetingId: string, exp: number) =>
  crypto.createHmac("sha256", secret()).update(`checkin:${VERSION}|${tenantId}|${meetingId}|${exp}`).digest("base64url");

export function issueCheckInCode(tenantId: string, meetingId: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return [VERSION, tenantId, meetingId, exp, sign(tenantId, meetingId, exp)].join(".");
}

/**
 * Checks a scanned code for the meeting the member is checking in to. The order of the checks decides
 * the message: a code that is not ours at all, a genuine code of another committee, of another
 * meeting, or one that has run out.
 */
export function verifyCheckInCode(code: string, expected: { tenantId: string; meetingId: string }, now = new Date()) {
  const parts = code.trim().split(".");
  const [version, tenantId, meetingId, expText, signature] = parts;
  const exp = Number(expText);
  if (parts.length !== 5 || version !== VERSION || !UUID.test(tenantId!) || !UUID.test(meetingId!) || !/^\d{1,12}$/.test(expText!) || !signature) {
    throw ValidationFailed("签到码无效，请扫描会场显示的签到二维码");
  }
  const want = Buffer.from(sign(tenantId!, meetingId!, exp));
  const got = Buffer.from(signature);
  if (want.length !== got.length || !crypto.timingSafeEqual(want, got)) throw ValidationFailed("签到码无效或已被篡改，请重新扫描会场二维码");
  if (tenantId !== expected.tenantId) throw Forbidden("该签到码属于其他委员会的会议，不能在本委员会签到");
  if (meetingId !== expected.meetingId) throw ValidationFailed("该签到码属于另一场会议活动，请扫描本场会议的签到二维码");
  if (exp * 1000 <= now.getTime()) throw ValidationFailed("签到码已过期，请扫描会场刷新后的二维码");
}
