import type { FormInstance } from "antd";
import type { Rule } from "antd/es/form";
import type { z } from "zod";
import { errorMessage, fieldErrors } from "./errors";

/**
 * Validates form values with a shared zod schema (the same one the server runs) and puts each issue
 * beside its field. Returns the parsed data, or null when something is wrong.
 */
export function validateWithSchema<S extends z.ZodType>(form: FormInstance, schema: S, values: unknown): z.output<S> | null {
  const parsed = schema.safeParse(values);
  const byField = new Map<string, string[]>();
  // A field fixed since the last attempt loses its old message.
  if (values && typeof values === "object") for (const name of Object.keys(values)) byField.set(name, []);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const name = String(issue.path[0] ?? "");
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] })));
  return parsed.success ? parsed.data : null;
}

/**
 * Shows a failed mutation: field messages (VALIDATION_FAILED `extensions.fields`) go beside the
 * fields the form has; the server's message is returned for a toast or an Alert.
 * `rename` maps server field names to form field names where they differ.
 */
export function applyServerErrors(form: FormInstance, error: unknown, rename: Record<string, string> = {}): string {
  const fields = fieldErrors(error);
  const toSet = Object.entries(fields).map(([k, message]) => ({ name: rename[k] ?? k, errors: [message] }));
  if (toSet.length) form.setFields(toSet);
  return errorMessage(error);
}

/**
 * An antd rule that checks one field against its piece of a shared zod schema, so a field's message
 * (ours or the server's) is replaced as soon as the user edits it.
 */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_, value) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "输入有误");
    },
  };
}
