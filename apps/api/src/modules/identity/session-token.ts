import { createHash, randomBytes } from "node:crypto";
import type { Request, Response } from "express";
import { config } from "../../core/config";
import { PENDING_COOKIE, PENDING_MINUTES } from "./totp";

export const newSessionToken = () => randomBytes(32).toString("base64url");
export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function readSessionToken(req: Request): string | null {
  const t = req.cookies?.[config.session.cookieName];
  return typeof t === "string" && /^[A-Za-z0-9_-]{43}$/.test(t) ? t : null;
}

export function setSessionCookie(res: Response | undefined, token: string) {
  res?.cookie(config.session.cookieName, token, {
    httpOnly: true,
    secure: config.session.secureCookie,
    sameSite: "strict",
    path: "/",
    maxAge: config.session.absoluteHours * 3600_000,
  });
}

/** The pending login between the password and the 两步验证 code (see totp.ts). */
export function setPendingLoginCookie(res: Response | undefined, token: string) {
  res?.cookie(PENDING_COOKIE, token, { httpOnly: true, secure: config.session.secureCookie, sameSite: "strict", path: "/", maxAge: PENDING_MINUTES * 60_000 });
}

export const readPendingLoginCookie = (req: Request | undefined): unknown => req?.cookies?.[PENDING_COOKIE];

export function clearPendingLoginCookie(res: Response | undefined) {
  res?.clearCookie(PENDING_COOKIE, { path: "/", httpOnly: true, sameSite: "strict", secure: config.session.secureCookie });
}

export function clearSessionCookie(res: Response | undefined) {
  res?.clearCookie(config.session.cookieName, { path: "/", httpOnly: true, sameSite: "strict", secure: config.session.secureCookie });
}
