import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ERROR_CODES, type ErrorCode } from "@zhzx/shared";

/** A failure the client may see: stable code + Chinese message. Anything else is masked as INTERNAL. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_CODES[code]);
  }
}
export const Unauthenticated = (m?: string) => new AppError("UNAUTHENTICATED", m);
export const Forbidden = (m?: string) => new AppError("FORBIDDEN", m);
export const NotFound = (m?: string) => new AppError("NOT_FOUND", m);
export const Conflict = (m?: string) => new AppError("CONFLICT", m);
export const InvalidTransition = (m?: string) => new AppError("INVALID_TRANSITION", m);
export const ValidationFailed = (m: string, fields?: Record<string, string>) => new AppError("VALIDATION_FAILED", m, fields ? { fields } : undefined);

/** Maps a database error to a client-safe AppError (no SQL, table or constraint names leave). */
function fromDatabase(err: any): AppError | null {
  const code = err?.code ?? err?.cause?.code ?? err?.meta?.driverAdapterError?.cause?.originalCode;
  const kind = err?.meta?.driverAdapterError?.cause?.kind;
  if (code === "P2002" || code === "23505" || kind === "UniqueConstraintViolation") return new AppError("CONFLICT", "记录已存在，不能重复");
  if (code === "P2025") return new AppError("NOT_FOUND");
  if (code === "P2034" || code === "40001") return new AppError("CONFLICT");
  if (code === "42501" || /row-level security/i.test(String(err?.message))) return new AppError("FORBIDDEN");
  if (code === "P2003" || code === "23503") return new AppError("VALIDATION_FAILED", "关联数据不存在或仍被引用");
  return null;
}

const PASS_THROUGH = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND"]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  const db = fromDatabase(original);
  if (db) return { message: db.message, path: formatted.path, extensions: { code: db.code } };
  const code = formatted.extensions?.code as string | undefined;
  if (code && PASS_THROUGH.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: code === "BAD_USER_INPUT" ? "VALIDATION_FAILED" : code } };
  }
  // graphql-armor rejections arrive as GraphQLErrors without our code: limits are client mistakes.
  if (/Syntax Error|Max|Aliases|Token limit|Query Cost|Directives/i.test(formatted.message) && !formatted.path) {
    return { message: "查询超出安全限制", extensions: { code: "VALIDATION_FAILED" } };
  }
  if (process.env.NODE_ENV !== "test") console.error("[internal error]", error);
  return { message: ERROR_CODES.INTERNAL, path: formatted.path, extensions: { code: "INTERNAL" } };
}
