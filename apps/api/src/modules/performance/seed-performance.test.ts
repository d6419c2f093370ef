import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionsOf } from "@zhzx/shared";
import { ownerUrl } from "../../../test/support/db";
import { Context } from "../../context/context";
import { createDatabaseIfMissing, dropDatabase } from "../../db/local-postgres";
import { deploy } from "../../db/migrator";
import { createAppPrisma, createOwnerPrisma } from "../../db/prisma";
import { APP_ROLE, APP_ROLE_PASSWORD, withDatabase } from "../../db/urls";
import type { PrismaClient } from "../../generated/prisma/client";
import { createRandom } from "../../seed/random";
import { seedFoundation } from "../../seed/seed-foundation";
import { seedMembers } from "../../seed/seed-members";
import { seedPerformance } from "../../seed/seed-performance";
import { explainScore } from "./use-cases/explain-score";
import { rankScores } from "./use-cases/rank-scores";

/**
 * The performance demo seed on foundation + members at a tenth of the scale, in a database of its own
 * (the shared test database already holds the foundation seed's committees). Read back as the app role.
 */
describe("performance demo seed", () => {
  const name = `zhzx_perf_seed_${process.pid}`;
  let db: PrismaClient;
  let app: PrismaClient;
  let cityId: string;
  beforeAll(async () => {
    await createDatabaseIfMissing(ownerUrl, name);
    const url = withDatabase(ownerUrl, name);
    await deploy(url);
    db = createOwnerPrisma(url);
    const u = new URL(url);
    u.username = APP_ROLE;
    u.password = APP_ROLE_PASSWORD;
    app = createAppPrisma(u.toString());
    const rnd = createRandom(20261124);
    const { tenants } = await seedFoundation(db, rnd, 0.1);
    await seedMembers(db, rnd, tenants);
    await seedPerformance(db, createRandom(20261124 + 7), tenants);
    cityId = tenants[0]!.id;
  }, 240_000);
  afterAll(async () => {
    await db?.$disconnect();
    await app?.$disconnect();
    await dropDatabase(ownerUrl, name).catch(() => {});
  });

  const staffCtx = async () => {
    const u = await db.user.findUniqueOrThrow({ where: { username: "staff" } });
    const roles = ["STAFF", "MEMBER_AFFAIRS"] as const;
    return new Context(app, { sessionId: "s", userId: u.id, username: u.username, displayName: u.displayName, mustChangePassword: false, activeTenantId: cityId, roles: [...roles], permissions: permissionsOf(roles) }, null);
  };

  it("gives every committee the default 考核办法 (an older annual version, the current annual and a session one) and year-end runs", async () => {
    const tenants = await db.tenant.findMany();
    expect(tenants).toHaveLength(11);
    for (const t of tenants) {
      const sets = await db.performanceRuleSet.findMany({ where: { tenantId: t.id }, include: { rules: true }, orderBy: [{ assessmentType: "asc" }, { effectiveFrom: "asc" }] });
      expect(sets.map((s) => [s.assessmentType, s.rules.length, s.version])).toEqual([["ANNUAL", 18, 1], ["ANNUAL", 18, 1], ["SESSION", 18, 1]]);
      expect(await db.performanceRuleSetVersion.count({ where: { tenantId: t.id } })).toBe(3);
      const runs = await db.performanceScoreRun.findMany({ where: { tenantId: t.id }, orderBy: { year: "asc" } });
      const session = await db.committeeSession.findFirstOrThrow({ where: { tenantId: t.id, isCurrent: true } });
      const members = await db.memberTerm.count({ where: { tenantId: t.id, sessionId: session.id } });
      expect(runs.map((r) => [r.year, r.trigger, r.memberCount])).toEqual([2022, 2023, 2024, 2025].map((y) => [y, "SEED", members]));
    }
  });

  it("records acts for the current session up to October 2026, deterministically, with bonuses and materials", async () => {
    const seeded = await db.performanceEvent.count({ where: { tenantId: cityId, sourceType: "Seed" } });
    expect(seeded).toBe(2478);
    expect(await db.performanceEvent.count({ where: { occurredAt: { gte: new Date("2026-11-01T00:00:00+08:00") } } })).toBe(0);
    expect(await db.performanceBonus.count({ where: { tenantId: cityId } })).toBe(12);
    const zhang = await db.memberProfile.findFirstOrThrow({ where: { tenantId: cityId, name: "张华强" } });
    const materials = await db.performanceMaterial.findMany({ where: { tenantId: cityId, memberId: zhang.id }, orderBy: { status: "asc" } });
    expect(materials.map((m) => m.status).sort()).toEqual(["ACCEPTED", "RETURNED", "SUBMITTED"]);
    const accepted = materials.find((m) => m.status === "ACCEPTED")!;
    expect(await db.performanceEvent.count({ where: { tenantId: cityId, kind: "MATERIAL_ACCEPTED", sourceId: accepted.id, revokedAt: null } })).toBe(1);
    const speeches = await db.performanceEvent.count({ where: { tenantId: cityId, memberId: zhang.id, kind: "SPEECH_DELIVERED" } });
    expect(speeches).toBe(5);
  });

  it("makes a non-empty ranking whose top score is explained line by line and matches the stored year-end run", async () => {
    const ctx = await staffCtx();
    const page = await rankScores(ctx, { period: { assessmentType: "ANNUAL", year: 2024 }, direction: "DESC", page: 1, pageSize: 5 });
    expect(page.total).toBeGreaterThan(30);
    expect(page.items[0]!.total).toBeGreaterThan(page.items[4]!.total);
    expect(page.grades.map((g) => g.name)).toEqual(["优秀", "良好", "合格", "不合格"]);
    const top = page.items[0]!;
    const ex = await explainScore(ctx, top.member.id, { assessmentType: "ANNUAL", year: 2024 });
    expect(ex.lines.reduce((s, l) => s + l.points, 0)).toBeCloseTo(top.total, 6);
    const stored = await db.performanceScore.findFirstOrThrow({ where: { tenantId: cityId, memberId: top.member.id, run: { year: 2024 } } });
    expect(Number(stored.total)).toBe(top.total);
  });
});
