/**
 * Fails a test file if pg warned that a query was sent to a client that was still busy (pg@8 warns,
 * pg@9 throws). Inside a transaction (ctx.uow / identityWork / owner.$transaction) there is one
 * connection: src/db/serial-transactions.ts hands it Prisma's queries one at a time, and use-cases
 * await their queries in turn rather than Promise.all. A raw pg client used concurrently trips it too.
 */
import { afterAll, expect } from "vitest";

const QUEUED = /client\.query\(\) when the client is already executing a query/;
const seen: string[] = [];

/** For the test of this check: hands over (and forgets) the warnings seen so far. */
export const takeQueuedQueryWarnings = () => seen.splice(0);

// util.deprecate stays silent under --no-deprecation; this check needs the warning.
(process as { noDeprecation?: boolean }).noDeprecation = false;
process.on("warning", (w) => {
  if (QUEUED.test(w.message)) seen.push((w.stack ?? w.message).split("\n").filter((l) => !l.includes("node_modules")).slice(0, 12).join("\n"));
});

afterAll(() => {
  expect(seen, "concurrent queries on one transaction client (use sequential awaits inside ctx.uow)").toEqual([]);
});
