/**
 * Prisma's `contains` / `startsWith` put the value into a LIKE pattern without escaping it, so a user
 * typing "%" would match everything. Pass every user-typed search text through this first.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
