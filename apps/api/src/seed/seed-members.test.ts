import { readMobile } from "../modules/members/member-pii";
import { beforeAll, describe, expect, it } from "vitest";
import { owner, viewerOf } from "../../test/support/db";
import { execAs } from "../../test/support/gql";
import { createRandom } from "./random";
import { seedFoundation } from "./seed-foundation";
import { seedMembers } from "./seed-members";

/** The demo seed at a small scale, in the shared test database (its tenant codes and usernames are its own). */
describe("member demo seed", () => {
  let cityId: string;
  beforeAll(async () => {
    const rnd = createRandom(20261124);
    const { tenants } = await seedFoundation(owner, rnd, 0.1);
    await seedMembers(owner, rnd, tenants);
    cityId = tenants[0]!.id;
  }, 120_000);

  it("gives every member account of every committee a profile and a term in the current session", async () => {
    const tenants = await owner.tenant.findMany({ where: { code: { startsWith: "datong" } } });
    expect(tenants).toHaveLength(11);
    for (const t of tenants) {
      const accounts = await owner.tenantMembership.findMany({ where: { tenantId: t.id, roles: { has: "MEMBER" } }, include: { user: true } });
      const profiles = await owner.memberProfile.findMany({ where: { tenantId: t.id }, include: { terms: { include: { session: true } } } });
      expect(profiles.map((p) => p.userId).sort()).toEqual(accounts.map((a) => a.userId).sort());
      for (const p of profiles) {
        expect(p.name).toBe(accounts.find((a) => a.userId === p.userId)!.user.displayName);
        expect(p.terms.filter((x) => x.session.isCurrent)).toHaveLength(1);
        expect(p.mobile).toMatch(/^enc:v1:/);
        expect(readMobile(p)).toMatch(/^1[3-9]\d{9}$/);
      }
      expect(await owner.committeeSession.count({ where: { tenantId: t.id, isCurrent: true } })).toBe(1);
      expect(await owner.dictItem.count({ where: { tenantId: t.id, kind: "PARTY" } })).toBe(10);
      expect(await owner.dictItem.count({ where: { tenantId: t.id, kind: "ETHNIC_GROUP" } })).toBe(56);
    }
  });

  it("makes the demo member 张华强, findable by staff as zhq, with a history of two sessions", async () => {
    const staffUser = await owner.user.findUniqueOrThrow({ where: { username: "staff" } });
    const staff = viewerOf(staffUser, cityId, ["STAFF", "MEMBER_AFFAIRS"]);
    const r = await execAs(staff, `{ members(filter: { name: "zhq" }, pageSize: 50) { items { name username mobile terms { session { name } party { name } } } } }`);
    const zhq = r.data.members.items.find((m: { username: string }) => m.username === "member");
    expect(zhq).toEqual({ name: "张华强", username: "member", mobile: "138****5678", terms: [
      { session: { name: "第十五届" }, party: { name: "中国民主同盟" } },
      { session: { name: "第十四届" }, party: { name: "中国民主同盟" } },
    ] });
  });

  it("has statistics that add up for the city's current session, and a plausible party mix", async () => {
    const staffUser = await owner.user.findUniqueOrThrow({ where: { username: "staff" } });
    const staff = viewerOf(staffUser, cityId, ["STAFF", "MEMBER_AFFAIRS"]);
    const current = await owner.committeeSession.findFirstOrThrow({ where: { tenantId: cityId, isCurrent: true } });
    const r = await execAs(staff, `query($s: ID!) { memberStatistics(sessionId: $s) { total byParty { label count percent } bySector { count } byGender { count } byAgeBand { count } byEducation { label count } } }`, { s: current.id });
    const s = r.data.memberStatistics;
    expect(s.total).toBe(await owner.tenantMembership.count({ where: { tenantId: cityId, roles: { has: "MEMBER" } } }));
    for (const dim of ["byParty", "bySector", "byGender", "byAgeBand", "byEducation"]) {
      expect(s[dim].reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(s.total);
    }
    expect(Math.abs(s.byParty.reduce((n: number, b: { percent: number }) => n + b.percent, 0) - 100)).toBeLessThan(0.1);
    const cpc = s.byParty.find((b: { label: string }) => b.label === "中国共产党");
    expect(cpc.percent).toBeGreaterThan(20);
    expect(cpc.percent).toBeLessThan(50);
    const higher = s.byEducation.filter((b: { label: string }) => /本科|研究生/.test(b.label)).reduce((n: number, b: { count: number }) => n + b.count, 0);
    expect(higher / s.total).toBeGreaterThan(0.7);
  });

  it("links the demo 承办单位 and 集体用户 accounts to their units", async () => {
    const unit = await owner.handlingUnit.findFirstOrThrow({ where: { tenantId: cityId, name: "大同市发展和改革委员会" } });
    const collective = await owner.collectiveSubmitter.findFirstOrThrow({ where: { tenantId: cityId, name: "民盟大同市委员会" } });
    expect((await owner.user.findUniqueOrThrow({ where: { id: unit.userId! } })).username).toBe("dt.fgw");
    expect((await owner.user.findUniqueOrThrow({ where: { id: collective.userId! } })).username).toBe("dt.minmeng");
  });
});
