import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROPOSAL_FILED_STATES, PROPOSAL_STATES } from "@zhzx/shared";
import { ownerUrl } from "../../test/support/db";
import { createDatabaseIfMissing, dropDatabase } from "../db/local-postgres";
import { deploy } from "../db/migrator";
import { createOwnerPrisma } from "../db/prisma";
import { withDatabase } from "../db/urls";
import type { PrismaClient } from "../generated/prisma/client";
import { createRandom } from "./random";
import { seedFoundation } from "./seed-foundation";
import { seedMembers } from "./seed-members";
import { seedProposals } from "./seed-proposals";

/**
 * The proposal seed at a small scale, in a database of its own (the shared test database already holds
 * the foundation seed's committees): the proposals must be a consistent picture of the lifecycle.
 */
describe("proposal demo seed", () => {
  const name = `zhzx_seed_${process.pid}`;
  let db: PrismaClient;
  beforeAll(async () => {
    await createDatabaseIfMissing(ownerUrl, name);
    const url = withDatabase(ownerUrl, name);
    await deploy(url);
    db = createOwnerPrisma(url);
    // The seeders the proposals build on, then the proposals (as seed/index.ts runs them), without the other modules' seeds.
    const rnd = createRandom(20261124);
    const { tenants } = await seedFoundation(db, rnd, 0.1);
    await seedMembers(db, rnd, tenants);
    await seedProposals(db, createRandom(20261124 + 4), tenants, 0.1);
  }, 240_000);
  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabase(ownerUrl, name).catch(() => {});
  });

  it("gives every committee proposals in every state, the city a few hundred at full scale's tenth", async () => {
    const tenants = await db.tenant.findMany({ orderBy: { sortOrder: "asc" } });
    expect(tenants).toHaveLength(11);
    for (const t of tenants) {
      const states = await db.proposal.groupBy({ by: ["state"], where: { tenantId: t.id }, _count: { _all: true } });
      expect(states.map((s) => s.state).sort()).toEqual([...PROPOSAL_STATES].sort());
    }
    expect(await db.proposal.count({ where: { tenantId: tenants[0]!.id } })).toBe(32);
  });

  it("is consistent: timeline ends in the state, versions count transitions, case numbers unique, units and replies where the state needs them", async () => {
    const rows = await db.proposal.findMany({ include: { events: { orderBy: { createdAt: "asc" } }, assignments: true, replies: true, feedbacks: { orderBy: { round: "asc" } } } });
    const numbers = new Set<string>();
    for (const p of rows) {
      const ctx = `${p.title} (${p.state})`;
      expect(p.events[0]?.action, ctx).toBe("create");
      expect(p.events[p.events.length - 1]!.toState, ctx).toBe(p.state);
      expect(p.version, ctx).toBe(p.events.filter((e) => e.fromState !== e.toState).length);
      const filed = PROPOSAL_FILED_STATES.includes(p.state);
      expect(!!p.caseNumber, ctx).toBe(filed);
      if (p.caseNumber) {
        expect(numbers.has(`${p.tenantId}:${p.caseNumber}`), ctx).toBe(false);
        numbers.add(`${p.tenantId}:${p.caseNumber}`);
      }
      const leads = p.assignments.filter((a) => a.role === "LEAD" && a.status === "ACTIVE");
      expect(leads.length, ctx).toBe(["ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"].includes(p.state) ? 1 : 0);
      if (["HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"].includes(p.state)) expect(leads[0]!.signedAt, ctx).not.toBeNull();
      expect(p.replies.length > 0, ctx).toBe(["REPLIED", "DISSATISFIED", "CLOSED"].includes(p.state));
      const last = p.feedbacks[p.feedbacks.length - 1];
      if (p.state === "CLOSED") expect(["SATISFIED", "BASICALLY_SATISFIED"]).toContain(last?.satisfaction);
      if (p.state === "DISSATISFIED") expect(last?.satisfaction).toBe("DISSATISFIED");
      if (p.state === "NOT_FILED") expect(p.notFiledDestination).not.toBeNull();
      expect(p.terms.length, ctx).toBeGreaterThan(0);
      expect(p.title).toMatch(/^关于.+的建议$/);
    }
  });

  it("gives the demo member and the demo unit (发改委) something to work on", async () => {
    const city = await db.tenant.findUniqueOrThrow({ where: { code: "datong" } });
    const member = await db.memberProfile.findFirstOrThrow({ where: { tenantId: city.id, name: "张华强" } });
    expect(await db.proposal.count({ where: { tenantId: city.id, memberId: member.id } })).toBeGreaterThanOrEqual(4);
    const fgw = await db.handlingUnit.findFirstOrThrow({ where: { tenantId: city.id, name: "大同市发展和改革委员会" } });
    expect(await db.proposalAssignment.count({ where: { tenantId: city.id, unitId: fgw.id } })).toBeGreaterThan(0);
    const counters = await db.proposalCaseCounter.findMany({ where: { tenantId: city.id } });
    const filed = await db.proposal.groupBy({ by: ["meetingId"], where: { tenantId: city.id, caseSeq: { not: null } }, _max: { caseSeq: true } });
    expect(counters.map((c) => [c.scopeId, c.lastSeq]).sort()).toEqual(filed.map((f) => [f.meetingId, f._max.caseSeq]).sort());
  });
});
