import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { addEvent, createRuleSet, createWorld, ruleId } from "./performance.fixtures";

const RESULT = `ruleSet { id version deleted rules { kind points enabled } } recomputedRuns { id year memberCount trigger note ruleSetVersions { version } }`;
const UPDATE_RULE = `mutation($id: ID!, $i: UpdatePerformanceRuleInput!) { updatePerformanceRule(id: $id, input: $i) { ${RESULT} } }`;
const HISTORY = `query($m: ID!) { performanceScoreHistory(memberId: $m, assessmentType: ANNUAL, year: 2024) { total grade rank run { id trigger ruleSetVersions { version name } } } }`;
const EXPLAIN = `query($m: ID!, $run: ID) { performanceScoreExplanation(memberId: $m, period: { assessmentType: ANNUAL, year: 2024 }, runId: $run) { total grade lines { kind rulePoints points ruleSetVersion } } }`;

async function world() {
  const w = await createWorld();
  const a = await w.member({ name: "甲委员" });
  for (const d of ["2024-03-01", "2024-04-01", "2024-05-01"]) await addEvent(w.tenantId, a, "SPEECH_DELIVERED", d);
  await addEvent(w.tenantId, a, "MEETING_ATTENDED", "2024-03-10");
  const set = await createRuleSet(w, {
    effectiveFrom: "2024-01-01",
    grades: [{ name: "优秀", minScore: 17 }, { name: "合格", minScore: null }],
    rules: [{ kind: "SPEECH_DELIVERED", points: 5 }, { kind: "MEETING_ATTENDED", points: 2 }],
  });
  return { w, a, set };
}

describe("评分规则: a change recomputes and keeps history", () => {
  it("scores every begun year of a new rule set at once, as version 1", async () => {
    const { set } = await world();
    // Effective from 2024, open-ended: 2024, 2025 and the current year 2026 (all inside the 2022–2026 session).
    expect(set.recomputedRuns.map((r) => [r.year, r.memberCount, r.ruleSetVersions[0]!.version])).toEqual([[2024, 1, 1], [2025, 1, 1], [2026, 1, 1]]);
  });

  it("editing a rule makes version 2 and new runs; the old run keeps its score, its version and its explanation", async () => {
    const { w, a, set } = await world();
    const old2024 = set.recomputedRuns.find((r) => r.year === 2024)!.id;
    const r = await execAs(w.staff, UPDATE_RULE, { id: ruleId(set.ruleSet, "SPEECH_DELIVERED"), i: { points: 6, maxItems: 2 } });
    expect(r.errors).toBeUndefined();
    const res = r.data.updatePerformanceRule;
    expect(res.ruleSet.version).toBe(2);
    expect(res.recomputedRuns.map((x: any) => [x.year, x.trigger, x.ruleSetVersions[0].version])).toEqual([[2024, "RULE_CHANGE", 2], [2025, "RULE_CHANGE", 2], [2026, "RULE_CHANGE", 2]]);
    expect(res.recomputedRuns[0].note).toBe("测试考核办法 第 2 版：修改规则“大会发言”：每项分值 +5 分/项 → +6 分/项；每年计分次数上限 不限 → 2");

    const history = (await execAs(w.staff, HISTORY, { m: a })).data.performanceScoreHistory;
    expect(history.map((h: any) => [h.total, h.grade, h.run.trigger, h.run.ruleSetVersions[0].version])).toEqual([[14, "合格", "RULE_CHANGE", 2], [17, "优秀", "RULE_CHANGE", 1]]);

    const now = (await execAs(w.staff, EXPLAIN, { m: a })).data.performanceScoreExplanation;
    expect([now.total, now.grade]).toEqual([14, "合格"]);
    expect(now.lines.map((l: any) => [l.kind, l.rulePoints, l.points, l.ruleSetVersion])).toEqual([
      ["SPEECH_DELIVERED", 6, 6, 2], ["MEETING_ATTENDED", 2, 2, 2], ["SPEECH_DELIVERED", 6, 6, 2], ["SPEECH_DELIVERED", 6, 0, 2],
    ]);
    const then = (await execAs(w.staff, EXPLAIN, { m: a, run: old2024 })).data.performanceScoreExplanation;
    expect([then.total, then.grade]).toEqual([17, "优秀"]);
    expect(then.lines.map((l: any) => [l.rulePoints, l.points, l.ruleSetVersion])).toEqual([[5, 5, 1], [2, 2, 1], [5, 5, 1], [5, 5, 1]]);

    const versions = (await execAs(w.staff, `query($id: ID!) { performanceRuleSetVersions(ruleSetId: $id) { version change changedByName rules { kind points maxItems } } }`, { id: set.ruleSet.id })).data.performanceRuleSetVersions;
    expect(versions.map((v: any) => [v.version, v.rules.find((x: any) => x.kind === "SPEECH_DELIVERED").points])).toEqual([[2, 6], [1, 5]]);
    expect(versions[1].change).toBe("新建年度考核办法（2 条规则）");
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tenantId: w.tenantId, action: "performance.rule.update" } });
    expect(audit.detail).toMatchObject({ from: "大会发言 +5 分/项", to: "大会发言 +6 分/项，每年最多 2 项", version: 2 });
    expect(audit.userId).toBe(w.staff.userId);
  });

  it("disabling, deleting a rule and deleting the rule set each make a version and re-score; earlier versions stay", async () => {
    const { w, a, set } = await world();
    const total = async () => (await execAs(w.staff, EXPLAIN, { m: a })).data.performanceScoreExplanation.total;
    const disable = await execAs(w.staff, `mutation($id: ID!) { setPerformanceRuleEnabled(id: $id, enabled: false) { ${RESULT} } }`, { id: ruleId(set.ruleSet, "MEETING_ATTENDED") });
    expect(disable.data.setPerformanceRuleEnabled.ruleSet.version).toBe(2);
    expect(await total()).toBe(15);
    const del = await execAs(w.staff, `mutation($id: ID!) { deletePerformanceRule(id: $id) { ${RESULT} } }`, { id: ruleId(set.ruleSet, "SPEECH_DELIVERED") });
    expect(del.data.deletePerformanceRule.ruleSet.rules).toEqual([{ kind: "MEETING_ATTENDED", points: 2, enabled: false }]);
    expect(await total()).toBe(0);
    const add = await execAs(w.staff, `mutation($id: ID!) { addPerformanceRule(ruleSetId: $id, input: { kind: SPEECH_DELIVERED, points: 1 }) { ${RESULT} } }`, { id: set.ruleSet.id });
    expect(add.data.addPerformanceRule.ruleSet.version).toBe(4);
    expect(await total()).toBe(3);
    const dup = await execAs(w.staff, `mutation($id: ID!) { addPerformanceRule(ruleSetId: $id, input: { kind: SPEECH_DELIVERED, points: 1 }) { ruleSet { id } } }`, { id: set.ruleSet.id });
    expect(dup.errors![0]!.message).toBe("该考核办法已有“大会发言”的规则，请修改原规则");
    const gone = await execAs(w.staff, `mutation($id: ID!) { deletePerformanceRuleSet(id: $id, note: "改用新办法") { ${RESULT} } }`, { id: set.ruleSet.id });
    expect(gone.data.deletePerformanceRuleSet.ruleSet).toMatchObject({ version: 5, deleted: true });
    expect(gone.data.deletePerformanceRuleSet.recomputedRuns.every((r: any) => r.ruleSetVersions.length === 0)).toBe(true);
    expect(await total()).toBe(0);
    expect((await execAs(w.staff, `{ performanceRuleSets { id } }`)).data.performanceRuleSets).toEqual([]);
    expect((await execAs(w.staff, `{ performanceRuleSets(includeDeleted: true) { id deleted } }`)).data.performanceRuleSets).toEqual([{ id: set.ruleSet.id, deleted: true }]);
    expect(await owner.performanceRuleSetVersion.count({ where: { tenantId: w.tenantId, ruleSetId: set.ruleSet.id } })).toBe(5);
    expect(await owner.auditLog.count({ where: { tenantId: w.tenantId, action: { startsWith: "performance.rule" } } })).toBe(5);
  });

  it("changing the grades or the period re-scores; a name change makes a version without re-scoring; only 委员工作 may edit", async () => {
    const { w, a, set } = await world();
    const upd = (i: Record<string, unknown>) => execAs(w.staff, `mutation($id: ID!, $i: UpdatePerformanceRuleSetInput!) { updatePerformanceRuleSet(id: $id, input: $i) { ${RESULT} } }`, { id: set.ruleSet.id, i });
    const renamed = await upd({ name: "2024 年起考核办法" });
    expect(renamed.data.updatePerformanceRuleSet).toMatchObject({ ruleSet: { version: 2 }, recomputedRuns: [] });
    const graded = await upd({ grades: [{ name: "优秀", minScore: 20 }, { name: "合格", minScore: null }] });
    expect(graded.data.updatePerformanceRuleSet.recomputedRuns).toHaveLength(3);
    expect((await execAs(w.staff, EXPLAIN, { m: a })).data.performanceScoreExplanation.grade).toBe("合格");
    // Narrowing the period to 2025 on: 2024 is re-scored without it.
    const narrowed = await upd({ effectiveFrom: "2025-01-01" });
    expect(narrowed.data.updatePerformanceRuleSet.recomputedRuns.map((r: any) => [r.year, r.ruleSetVersions.length])).toEqual([[2024, 0], [2025, 1], [2026, 1]]);
    expect((await execAs(w.staff, EXPLAIN, { m: a })).data.performanceScoreExplanation.total).toBe(0);
    const badGrades = await upd({ grades: [{ name: "合格", minScore: null }, { name: "优秀", minScore: 20 }] });
    expect(badGrades.errors![0]!.message).toBe("只有最低一档可以不设分数线");

    const { viewer: staff } = await createUser(w.tenantId, ["STAFF"]);
    expect((await execAs(staff, UPDATE_RULE, { id: ruleId(set.ruleSet, "SPEECH_DELIVERED"), i: { points: 9 } })).code).toBe("FORBIDDEN");
    expect((await execAs(staff, `{ performanceRuleSets { name } }`)).data.performanceRuleSets).toEqual([{ name: "2024 年起考核办法" }]);
    const points = await execAs(w.staff, UPDATE_RULE, { id: ruleId(set.ruleSet, "SPEECH_DELIVERED"), i: { points: null } });
    expect(points.errors![0]!.message).toBe("请输入每项分值（仅“其他考核加减分”可按录入分值计）");
  });
});
