/**
 * Helpers for the plain-HTTP file routes (uploads and downloads that GraphQL would carry badly): the
 * same session cookie, permission check, unit of work and error codes as the GraphQL path.
 */
import type express from "express";
import type { Permission } from "@zhzx/shared";
import { Context } from "../context/context";
import type { Db } from "../db/prisma";
import { loadViewer } from "../modules/identity/use-cases/load-viewer";
import { readSessionToken } from "../modules/identity/session-token";
import { AppError, Forbidden, ValidationFailed } from "./errors";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, PASSWORD_CHANGE_REQUIRED: 403, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION_FAILED: 400, CONFLICT: 409, INVALID_TRANSITION: 409 };

/** The request's viewer in the active committee, holding at least one of `any`. */
export async function fileRouteContext(prisma: Db, req: express.Request, res: express.Response, any: Permission[]): Promise<Context> {
  const token = readSessionToken(req);
  const viewer = token ? await loadViewer(prisma, { token }, req.ip ?? null) : null;
  if (!viewer) throw new AppError("UNAUTHENTICATED");
  if (viewer.mustChangePassword) throw new AppError("PASSWORD_CHANGE_REQUIRED");
  if (!viewer.activeTenantId || !any.some((p) => viewer.permissions.has(p))) throw Forbidden();
  return new Context(prisma, viewer, req.ip ?? null, req, res);
}

/** Answers with the error's HTTP status and stable code; internals never reach the client. */
export function failFileRoute(res: express.Response, e: unknown) {
  const err = e instanceof AppError ? e : new AppError("INTERNAL");
  if (!(e instanceof AppError) && process.env.NODE_ENV !== "test") console.error("[internal error]", e);
  res.status(STATUS[err.code] ?? 500).json({ error: err.code, message: err.message });
}

export const contentDisposition = (kind: "inline" | "attachment", name: string) => `${kind}; filename="file"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** A custom header sent URL-encoded (UTF-8 file names and titles). */
export const decodedHeader = (req: express.Request, name: string) => {
  try {
    return decodeURIComponent(String(req.get(name) ?? ""));
  } catch {
    throw ValidationFailed(`请求头 ${name} 编码无效`);
  }
};
