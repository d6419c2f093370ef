import type { z } from "zod";
import { ValidationFailed } from "./errors";

/** Parses input with a shared zod schema; the first message becomes the error, all go in `fields`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  throw ValidationFailed(r.error.issues[0]?.message ?? "输入有误", fields);
}
