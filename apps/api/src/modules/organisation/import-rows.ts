import type { z } from "zod";
import type { Column, RowError } from "./xlsx";

/** Turns a row's zod issues into per-field row errors named by column header. */
export function zodRowErrors(row: number, error: z.ZodError, columns: readonly Column[], fieldToColumn: Record<string, string> = {}): RowError[] {
  const out: RowError[] = [];
  const done = new Set<string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (done.has(field)) continue;
    done.add(field);
    const key = fieldToColumn[field] ?? field;
    const column = columns.find((c) => c.key === key)?.header ?? null;
    out.push({ row, column, field: field || null, message: issue.message });
  }
  return out;
}
