import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPINION_STATES } from "@zhzx/shared";
import { ownerUrl } from "../../../test/support/db";
import { createDatabaseIfMissing, dropDatabase } from "../../db/local-postgres";
import { deploy } from "../../db/migrator";
import { createOwnerPrisma } from "../../db/prisma";
import { withDatabase } from "../../db/urls";
import type { PrismaClient } from "../../generated/prisma/client";
import { createRandom } from "../../seed/random";
import { seedFoundation } from "../../seed/seed-foundation";
import { seedMembers } from "../../seed/seed-members";
import { seedOpinions } from "../../seed/seed-opinions";

/** The 社情民意 demo seed at a tenth of its size, in a database of its own: a consistent picture. */
describe("社情民意 demo seed", () => {
  const name = `zhzx_opseed_${process.pid}`;
  let db: PrismaClient;
  beforeAll(async () => {
    await createDatabaseIfMissing(ownerUrl, name);
    const url = withDatabase(ownerUrl, name);
    await deploy(url);
    db = createOwnerPrisma(url);
    const rnd = createRandom(20261124);
    const { tenants } = await seedFoundation(db, rnd, 0.1);
    await seedMembers(db, rnd, tenants);
    await seedOpinions(db, createRandom(20261124 + 5), tenants, 0.1);
  }, 240_000);
  afterAll(async () => {
    await db?.$disconnect();
    await dropDatabase(ownerUrl, name).catch(() => {});
  });

  it("gives every committee items, the city in every state", async () => {
    const city = await db.tenant.findUniqueOrThrow({ where: { code: "datong" } });
    const byState = await db.opinion.groupBy({ by: ["state"], where: { tenantId: city.id }, _count: { _all: true } });
    expect(byState.map((s) => s.state).sort()).toEqual([...OPINION_STATES].sort());
    for (const t of await db.tenant.findMany()) expect(await db.opinion.count({ where: { tenantId: t.id } })).toBeGreaterThanOrEqual(10);
  });

  it("numbers issues 1..n per type and year, keeps journal items and instructions where they belong", async () => {
    const issues = await db.journalIssue.findMany({ orderBy: [{ tenantId: "asc" }, { typeId: "asc" }, { year: "asc" }, { number: "asc" }] });
    const groups = new Map<string, number[]>();
    for (const i of issues) groups.set(`${i.tenantId}:${i.typeId}:${i.year}`, [...(groups.get(`${i.tenantId}:${i.typeId}:${i.year}`) ?? []), i.number]);
    for (const numbers of groups.values()) expect(numbers).toEqual(numbers.map((_, k) => k + 1));
    expect(await db.opinion.count({ where: { state: { in: ["EDITED", "PUBLISHED"] }, issueId: null } })).toBe(0);
    expect(await db.opinion.count({ where: { state: "PUBLISHED", issue: { status: "DRAFT" } } })).toBe(0);
    expect(await db.opinionInstruction.count({ where: { opinion: { state: { not: "PUBLISHED" } } } })).toBe(0);
    expect(await db.opinionInstruction.count()).toBeGreaterThan(0);
    expect(await db.opinion.count({ where: { submittedAt: { not: null }, versions: { none: {} } } })).toBe(0);
    expect(await db.opinion.count({ where: { state: "COSIGNING", cosigners: { none: { status: "PENDING" } } } })).toBe(0);
  });

  it("links county items reported upward to their copies in the city", async () => {
    const outs = await db.opinionForward.findMany({ where: { direction: "OUT" } });
    expect(outs.length).toBeGreaterThan(0);
    for (const o of outs) {
      const copy = await db.opinion.findUniqueOrThrow({ where: { tenantId_id: { tenantId: o.peerTenantId, id: o.peerOpinionId } } });
      expect(copy).toMatchObject({ origin: "FROM_COUNTY", sourceTenantId: o.tenantId, sourceOpinionId: o.opinionId });
      expect(await db.opinionForward.count({ where: { tenantId: o.peerTenantId, opinionId: copy.id, direction: "IN", peerOpinionId: o.opinionId } })).toBe(1);
    }
  });

  it("gives the demo member 张华强 a published, instructed item and a returned one", async () => {
    const city = await db.tenant.findUniqueOrThrow({ where: { code: "datong" } });
    const user = await db.user.findUniqueOrThrow({ where: { username: "member" } });
    const profile = await db.memberProfile.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: city.id, userId: user.id } } });
    const mine = await db.opinion.findMany({ where: { tenantId: city.id, memberId: profile.id }, include: { _count: { select: { instructions: true } } } });
    expect(mine.find((o) => o.state === "PUBLISHED")!._count.instructions).toBeGreaterThan(0);
    expect(mine.some((o) => o.state === "RETURNED" && o.returnReason)).toBe(true);
  });
});
