import { describe, expect, it } from "vitest";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { addEvent, createRuleSet, createWorld } from "./performance.fixtures";

const MINE = `query($p: PerformancePeriodInput) { myPerformance(period: $p) { rankVisible counts { kind count } score { member { name } total grade rank rankOf lines { kind points } } } }`;

describe("我的履职 (portal)", () => {
  it("a member sees only their own score, lines and counts; the rank only when the committee shows it", async () => {
    const w = await createWorld();
    const { user: u1, viewer: zhang } = await createUser(w.tenantId, ["MEMBER"]);
    const { user: u2, viewer: li } = await createUser(w.tenantId, ["MEMBER"]);
    const mZhang = await w.member({ name: "张委员", userId: u1.id });
    const mLi = await w.member({ name: "李委员", userId: u2.id });
    await addEvent(w.tenantId, mZhang, "SPEECH_DELIVERED", "2025-03-01");
    await addEvent(w.tenantId, mLi, "SPEECH_DELIVERED", "2025-03-02");
    await addEvent(w.tenantId, mLi, "PROPOSAL_SUBMITTED", "2025-03-03");
    const set = await createRuleSet(w, { effectiveFrom: "2025-01-01", rules: [{ kind: "SPEECH_DELIVERED", points: 5 }, { kind: "PROPOSAL_SUBMITTED", points: 3 }] });
    const p = { assessmentType: "ANNUAL", year: 2025 };

    const mine = await execAs(zhang, MINE, { p });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.myPerformance.score).toEqual({ member: { name: "张委员" }, total: 5, grade: null, rank: null, rankOf: null, lines: [{ kind: "SPEECH_DELIVERED", points: 5 }] });
    expect(mine.data.myPerformance.rankVisible).toBe(false);
    expect(mine.data.myPerformance.counts.filter((c: any) => c.count)).toEqual([{ kind: "SPEECH_DELIVERED", count: 1 }]);
    const his = (await execAs(li, MINE, { p })).data.myPerformance.score;
    expect([his.member.name, his.total]).toEqual(["李委员", 8]);

    await execAs(w.staff, `mutation($id: ID!) { updatePerformanceRuleSet(id: $id, input: { showRankInPortal: true }) { ruleSet { showRankInPortal } } }`, { id: set.ruleSet.id });
    const ranked = (await execAs(zhang, MINE, { p })).data.myPerformance;
    expect([ranked.rankVisible, ranked.score.rank, ranked.score.rankOf]).toEqual([true, 2, 2]);

    // No way to ask for someone else's: the staff queries are closed to members.
    const other = await execAs(zhang, `query($m: ID!) { performanceScoreExplanation(memberId: $m, period: { assessmentType: ANNUAL, year: 2025 }) { total } }`, { m: mLi });
    expect(other.code).toBe("FORBIDDEN");
    const doc = await execAs(zhang, `mutation($p: PerformancePeriodInput) { exportMyPerformanceArchive(period: $p) { filename } }`, { p });
    expect(doc.data.exportMyPerformanceArchive.filename).toMatch(/^张委员履职档案-/);

    const { viewer: noProfile } = await createUser(w.tenantId, ["MEMBER"]);
    expect((await execAs(noProfile, MINE, { p })).errors![0]!.message).toBe("尚未建立您的委员档案，请联系委员工作部门");
    expect((await execAs(w.staff, MINE, { p })).code).toBe("FORBIDDEN");
  });
});
