import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import { ERROR_CODES, type ErrorCode } from "@zhzx/shared";
import { showToast } from "./toast";

/** The server's stable code (`extensions.code`) of the first GraphQL error, if any. */
export function errorCode(error: unknown): ErrorCode | string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}

/** Per-field messages of a VALIDATION_FAILED error (`extensions.fields`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields = error.errors[0]?.extensions?.fields;
  if (!fields || typeof fields !== "object") return {};
  return Object.fromEntries(Object.entries(fields as Record<string, unknown>).filter(([, v]) => typeof v === "string")) as Record<string, string>;
}

/** A Chinese sentence for any failure: the server's own message for GraphQL errors (already Chinese). */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    if (first?.message && /[\u4e00-\u9fff]/.test(first.message)) return first.message;
    if (typeof code === "string" && code in ERROR_CODES) return ERROR_CODES[code as ErrorCode];
    return ERROR_CODES.INTERNAL;
  }
  if (ServerError.is(error)) return `服务暂时不可用（${error.statusCode}），请稍后重试`;
  if (ServerParseError.is(error)) return "服务器返回了无法识别的内容，请稍后重试";
  if (typeof navigator !== "undefined" && navigator.onLine === false) return "网络已断开，请检查网络后重试";
  return "网络连接失败，请检查网络后重试";
}

/** Session failures are not toasted here: the session gate already says so and moves to the right page. */
export function toastError(error: unknown) {
  const code = errorCode(error);
  if (code === "UNAUTHENTICATED" || code === "PASSWORD_CHANGE_REQUIRED") return;
  void showToast({ icon: "fail", content: errorMessage(error) });
}
