import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import { ERROR_CODES, type ErrorCode } from "@zhzx/shared";

/** The first GraphQL error's `extensions.code`, or null for network failures and non-GraphQL errors. */
export function errorCode(error: unknown): ErrorCode | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? (code as ErrorCode) : null;
}

/**
 * The server already words its messages in Chinese; show them as they are. Network failures and
 * anything unexpected get a Chinese sentence of our own (never an English stack or status line).
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter(Boolean);
    if (messages.length) return [...new Set(messages)].join("；");
    return ERROR_CODES.INTERNAL;
  }
  if (ServerError.is(error)) return error.statusCode === 413 ? "请求过大" : `服务暂时不可用（HTTP ${error.statusCode}），请稍后重试`;
  if (ServerParseError.is(error)) return "服务器返回了无法识别的数据，请稍后重试";
  if (error instanceof TypeError) return "网络连接失败，请检查网络后重试";
  return ERROR_CODES.INTERNAL;
}

/** VALIDATION_FAILED carries `extensions.fields` {field: message}: these go next to the form fields. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const out: Record<string, string> = {};
  for (const e of error.errors) {
    const fields = e.extensions?.fields;
    if (fields && typeof fields === "object") {
      for (const [k, v] of Object.entries(fields as Record<string, unknown>)) if (typeof v === "string") out[k] = v;
    }
  }
  return out;
}
