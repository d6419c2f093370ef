import { describe, expect, it } from "vitest";
import { execAs } from "../../../test/support/gql";
import { addEvent, createRuleSet, createWorld } from "./performance.fixtures";

const SCORES = `query($p: PerformancePeriodInput!, $f: PerformanceScoreFilter, $d: SortDirection, $page: Int, $size: Int) {
  performanceScores(period: $p, filter: $f, direction: $d, page: $page, pageSize: $size) {
    total items { member { id name } total rawTotal cappedPoints eventCount rank grade }
    ruleSetVersions { version } grades { name minScore }
  }
}`;
const EXPLAIN = `query($m: ID!, $p: PerformancePeriodInput!, $run: ID) {
  performanceScoreExplanation(memberId: $m, period: $p, runId: $run) {
    total rawTotal cappedPoints grade rank rankOf
    lines { kind day year ruleId rulePoints itemIndex rawPoints points cappedPoints capReason capNote sourceType }
    summary { year kind count countedCount points cappedPoints }
  }
}`;
const Y2024 = { assessmentType: "ANNUAL", year: 2024 };

/** The rule set of most tests: effective 2024-03-01…2024-12-31. */
const RULES = [
  { kind: "SPEECH_DELIVERED", points: 5, maxItems: 3 },
  { kind: "MEETING_ATTENDED", points: 2, maxPointsPerYear: 5 },
  { kind: "MEETING_ABSENT", points: -5, maxPointsPerYear: 8 },
  { kind: "PROPOSAL_SUBMITTED", points: 3, enabled: false },
  { kind: "BONUS", points: null },
] as const;

describe("scoring rules on hand-built events", () => {
  it("applies per-item and per-year caps (deductions too), ignores disabled rules, respects the effective period and revocations", async () => {
    const w = await createWorld();
    const a = await w.member({ name: "甲委员" });
    const b = await w.member({ name: "乙委员" });
    const E = (kind: Parameters<typeof addEvent>[2], when: string, opts?: Parameters<typeof addEvent>[4]) => addEvent(w.tenantId, a, kind, when, opts);
    for (const d of ["2024-04-01", "2024-05-01", "2024-06-01", "2024-07-01"]) await E("SPEECH_DELIVERED", d); // 5+5+5, 4th over the count cap
    for (const d of ["2024-03-05", "2024-04-05", "2024-05-05", "2024-06-05"]) await E("MEETING_ATTENDED", d); // 2+2+1, then 0: year cap 5
    await E("MEETING_ABSENT", "2024-08-01"); // −5
    await E("MEETING_ABSENT", "2024-09-01"); // −3: deductions are capped at 8 a year too
    await E("PROPOSAL_SUBMITTED", "2024-05-10"); // rule disabled → 0
    await E("BONUS", "2024-10-01", { points: 4 });
    await E("BONUS", "2024-10-02", { points: -1.5 });
    await E("SPEECH_DELIVERED", "2024-02-10"); // before the rule set takes effect → 0
    await E("SPEECH_DELIVERED", "2024-12-31T23:30"); // New Year's Eve in Datong: counts in 2024 …
    await E("SPEECH_DELIVERED", "2025-01-01T00:30"); // … but 00:30 on 1 January does not (China time)
    await E("MEETING_ATTENDED", "2024-07-07", { revoked: true }); // undone: never counts
    await createRuleSet(w, { effectiveFrom: "2024-03-01", effectiveTo: "2024-12-31", rules: [...RULES] });

    const r = await execAs(w.staff, SCORES, { p: Y2024 });
    expect(r.errors).toBeUndefined();
    const rows = r.data.performanceScores.items;
    // counted: 15 (speeches) + 5 (meetings) − 8 (absences) + 0 (disabled) + 2.5 (bonus) = 14.5
    // before caps: 25 (5 speeches in effect) + 8 − 10 + 2.5 = 25.5; 13 events priced by an enabled rule
    expect(rows.map((x: any) => [x.member.name, x.total, x.rawTotal, x.cappedPoints, x.eventCount, x.rank])).toEqual([
      ["甲委员", 14.5, 25.5, 11, 13, 1],
      ["乙委员", 0, 0, 0, 0, 2],
    ]);

    const ex = (await execAs(w.staff, EXPLAIN, { m: a, p: Y2024 })).data.performanceScoreExplanation;
    expect(ex.total).toBe(14.5);
    expect(ex.lines.reduce((s: number, l: any) => s + l.points, 0)).toBeCloseTo(14.5, 10);
    expect(ex.lines.reduce((s: number, l: any) => s + l.cappedPoints, 0)).toBeCloseTo(11, 10);
    expect([ex.rawTotal, ex.cappedPoints]).toEqual([25.5, 11]);
    expect(ex.lines).toHaveLength(15);
    const byDay = (day: string, kind: string) => ex.lines.find((l: any) => l.day === day && l.kind === kind);
    expect(byDay("2024-07-01", "SPEECH_DELIVERED")).toMatchObject({ itemIndex: 4, rawPoints: 5, points: 0, cappedPoints: 5, capReason: "COUNT_CAP" });
    expect(byDay("2024-12-31", "SPEECH_DELIVERED")).toMatchObject({ itemIndex: 5, points: 0, capReason: "COUNT_CAP" });
    expect(byDay("2024-05-05", "MEETING_ATTENDED")).toMatchObject({ rawPoints: 2, points: 1, cappedPoints: 1, capReason: "YEAR_CAP" });
    expect(byDay("2024-06-05", "MEETING_ATTENDED")).toMatchObject({ points: 0, cappedPoints: 2, capReason: "YEAR_CAP" });
    expect(byDay("2024-09-01", "MEETING_ABSENT")).toMatchObject({ rawPoints: -5, points: -3, cappedPoints: -2, capReason: "YEAR_CAP" });
    expect(byDay("2024-09-01", "MEETING_ABSENT").capNote).toBe("每年最多计 8 分，本项少计 -2 分");
    expect(byDay("2024-05-10", "PROPOSAL_SUBMITTED")).toMatchObject({ rulePoints: 3, points: 0, capReason: "RULE_DISABLED" });
    expect(byDay("2024-02-10", "SPEECH_DELIVERED")).toMatchObject({ ruleId: null, points: 0, capReason: "NO_RULE" });
    expect(byDay("2024-10-02", "BONUS")).toMatchObject({ rulePoints: null, points: -1.5, capReason: null });
    expect(ex.lines.some((l: any) => l.day === "2025-01-01")).toBe(false);
    expect(ex.summary.find((s: any) => s.kind === "SPEECH_DELIVERED")).toEqual({ year: 2024, kind: "SPEECH_DELIVERED", count: 6, countedCount: 3, points: 15, cappedPoints: 10 });
    expect([ex.rank, ex.rankOf]).toEqual([1, 2]);
  });

  it("prices each event by the rule set in effect on its day, and caps per calendar year in a 届内考核", async () => {
    const w = await createWorld({ startYear: 2022, endYear: 2026 });
    const a = await w.member({ name: "甲委员" });
    for (const d of ["2022-05-01", "2022-06-01", "2023-05-01", "2023-06-01", "2023-07-01"]) await addEvent(w.tenantId, a, "SPEECH_DELIVERED", d);
    await createRuleSet(w, { name: "旧办法", assessmentType: "SESSION", effectiveFrom: "2022-01-01", effectiveTo: "2022-12-31", rules: [{ kind: "SPEECH_DELIVERED", points: 4, maxItems: 1 }] });
    await createRuleSet(w, { name: "新办法", assessmentType: "SESSION", effectiveFrom: "2023-01-01", rules: [{ kind: "SPEECH_DELIVERED", points: 6, maxItems: 2 }] });
    const ex = (await execAs(w.staff, EXPLAIN, { m: a, p: { assessmentType: "SESSION", sessionId: w.session.id } })).data.performanceScoreExplanation;
    // 2022: 4 (one item a year under the old rules); 2023: 6 + 6 (two a year under the new).
    expect(ex.lines.map((l: any) => [l.day, l.rulePoints, l.points])).toEqual([
      ["2022-05-01", 4, 4], ["2022-06-01", 4, 0], ["2023-05-01", 6, 6], ["2023-06-01", 6, 6], ["2023-07-01", 6, 0],
    ]);
    expect(ex.total).toBe(16);
    // An annual assessment has no rule set here: nothing is priced.
    const annual = await execAs(w.staff, SCORES, { p: { assessmentType: "ANNUAL", year: 2023 } });
    expect(annual.data.performanceScores.items[0].total).toBe(0);
    expect(annual.data.performanceScores.ruleSetVersions).toEqual([]);
  });

  it("refuses two rule sets of one assessment type in effect on the same day", async () => {
    const w = await createWorld();
    await createRuleSet(w, { effectiveFrom: "2024-01-01", effectiveTo: "2024-12-31", rules: [] });
    await expect(createRuleSet(w, { effectiveFrom: "2024-12-31", rules: [] })).rejects.toThrow(/生效期与“测试考核办法”重叠/);
    await createRuleSet(w, { effectiveFrom: "2025-01-01", rules: [] });
    await createRuleSet(w, { assessmentType: "SESSION", effectiveFrom: "2024-06-01", rules: [] });
    const bad = await execAs(w.staff, `mutation { createPerformanceRuleSet(input: { name: "x", assessmentType: ANNUAL, effectiveFrom: "2030-01-01", effectiveTo: "2029-01-01", grades: [], rules: [{ kind: SPEECH_DELIVERED }] }) { ruleSet { id } } }`);
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(bad.errors![0]!.extensions!.fields).toEqual({ effectiveTo: "失效日期不能早于生效日期", "rules.0.points": "请输入每项分值（仅“其他考核加减分”可按录入分值计）" });
  });
});
