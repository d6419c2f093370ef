import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { owner, ownerUrl } from "../../test/support/db";
import { createTenant } from "../../test/support/factories";
import { takeQueuedQueryWarnings } from "../../test/support/no-queued-queries";
import { PrismaClient } from "../generated/prisma/client";
import { createDicts, createMember, createSession } from "../modules/members/members.fixtures";

// The adapter as Prisma ships it, to show that the read below does queue queries on one client.
const plain = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl, max: 2 }) });
afterAll(() => plain.$disconnect());

// Four relations at one level: Prisma's interpreter loads them concurrently (a "join" node).
const termRead = (tx: Pick<PrismaClient, "memberTerm">, tenantId: string) =>
  tx.memberTerm.findMany({
    where: { tenantId },
    select: { sector: { select: { name: true } }, party: { select: { name: true } }, memberType: { select: { name: true } }, specialCommittee: { select: { name: true } } },
  });

describe("serialTransactions", () => {
  it("runs a transaction's queries one at a time (no pg queue warning), where the plain adapter queues them", async () => {
    const t = await createTenant();
    const d = await createDicts(t.id);
    const s = await createSession(t.id, { isCurrent: true });
    await createMember(t.id, d, { name: "张三", terms: [{ sessionId: s.id, sector: 0, committee: 0 }] });
    takeQueuedQueryWarnings();

    // The app's client (serialTransactions): same read, plus queries started from different ticks.
    const ours = await owner.$transaction(async (tx) => {
      const staggered = (ms: number) => new Promise((r) => setTimeout(r, ms)).then(() => termRead(tx, t.id));
      return Promise.all([termRead(tx, t.id), staggered(0), staggered(1), staggered(2)]);
    });
    expect(ours.map((r) => r[0]?.specialCommittee?.name)).toEqual(Array(4).fill(d.SPECIAL_COMMITTEE[0]!.name));
    await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    expect(takeQueuedQueryWarnings()).toEqual([]);

    // Without it pg warns (once per process, so this comes last): the check above can fail.
    await plain.$transaction((tx) => termRead(tx, t.id));
    await new Promise((r) => setImmediate(r));
    expect(takeQueuedQueryWarnings()).toHaveLength(1);
  });
});
