import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { addEvent, createRuleSet, createWorld } from "./performance.fixtures";

const SCORES = `query($p: PerformancePeriodInput!, $f: PerformanceScoreFilter, $d: SortDirection, $page: Int, $size: Int, $run: ID) {
  performanceScores(period: $p, filter: $f, direction: $d, page: $page, pageSize: $size, runId: $run) {
    total items { member { name gender } sector { name } party { name } memberType { name } total rank grade }
    period { year session { name } firstDay lastDay } grades { name } run { id trigger }
  }
}`;
const Y2024 = { assessmentType: "ANNUAL", year: 2024 };
const GRADES = [{ name: "优秀", minScore: 15 }, { name: "良好", minScore: 10 }, { name: "合格", minScore: 5 }, { name: "不合格", minScore: null }];

async function rankingWorld() {
  const w = await createWorld();
  const jia = await w.member({ name: "甲", sector: 0, party: 0, memberType: 1 });
  const yi = await w.member({ name: "乙", sector: 1, party: 1, memberType: 0, gender: "FEMALE" });
  const bing = await w.member({ name: "丙", sector: 1, party: 0, memberType: 1 });
  await w.member({ name: "丁", sector: 2, party: 2, gender: "FEMALE" });
  // 戊 served only in another session: not ranked in this one, whatever he did.
  const other = await owner.committeeSession.create({ data: { tenantId: w.tenantId, name: "第十四届", number: 14, startYear: 2017, endYear: 2021 } });
  const wu = await w.member({ name: "戊", sessionId: other.id });
  const speeches = async (m: string, n: number) => { for (let i = 1; i <= n; i++) await addEvent(w.tenantId, m, "SPEECH_DELIVERED", `2024-0${i}-15`); };
  await speeches(jia, 3);
  await speeches(yi, 2);
  await speeches(bing, 2);
  await speeches(wu, 5);
  const set = await createRuleSet(w, { effectiveFrom: "2024-01-01", effectiveTo: "2024-12-31", grades: GRADES, rules: [{ kind: "SPEECH_DELIVERED", points: 5 }] });
  return { w, set };
}

const rows = (r: any) => r.data.performanceScores.items.map((x: any) => `${x.member.name}:${x.total}:${x.rank}:${x.grade}`);

describe("委员评分: ranking", () => {
  it("ranks descending and ascending, ties share a rank and are ordered by pinyin, members without events score 0", async () => {
    const { w } = await rankingWorld();
    const desc = await execAs(w.staff, SCORES, { p: Y2024 });
    expect(desc.errors).toBeUndefined();
    expect(rows(desc)).toEqual(["甲:15:1:优秀", "丙:10:2:良好", "乙:10:2:良好", "丁:0:4:不合格"]);
    expect(desc.data.performanceScores.period).toEqual({ year: 2024, session: { name: "第十五届" }, firstDay: "2024-01-01", lastDay: "2024-12-31" });
    expect(desc.data.performanceScores.grades.map((g: any) => g.name)).toEqual(["优秀", "良好", "合格", "不合格"]);
    const asc = await execAs(w.staff, SCORES, { p: Y2024, d: "ASC" });
    expect(rows(asc)).toEqual(["丁:0:4:不合格", "丙:10:2:良好", "乙:10:2:良好", "甲:15:1:优秀"]);
    const page2 = await execAs(w.staff, SCORES, { p: Y2024, page: 2, size: 3 });
    expect([page2.data.performanceScores.total, rows(page2)]).toEqual([4, ["丁:0:4:不合格"]]);
    const beyond = await execAs(w.staff, SCORES, { p: Y2024, page: 5, size: 3 });
    expect([beyond.data.performanceScores.total, rows(beyond)]).toEqual([4, []]);
  });

  it("filters by 界别, 党派, 委员类型, 性别 (ranked within the filter) and by 等级 and name (after ranking)", async () => {
    const { w } = await rankingWorld();
    const d = w.dicts;
    const by = async (f: Record<string, unknown>) => rows(await execAs(w.staff, SCORES, { p: Y2024, f }));
    expect(await by({ sectorIds: [d.SECTOR[1]!.id] })).toEqual(["丙:10:1:良好", "乙:10:1:良好"]);
    expect(await by({ partyIds: [d.PARTY[0]!.id] })).toEqual(["甲:15:1:优秀", "丙:10:2:良好"]);
    expect(await by({ memberTypeIds: [d.MEMBER_TYPE[0]!.id] })).toEqual(["乙:10:1:良好"]);
    expect(await by({ gender: "FEMALE" })).toEqual(["乙:10:1:良好", "丁:0:2:不合格"]);
    expect(await by({ grades: ["良好", "优秀"] })).toEqual(["甲:15:1:优秀", "丙:10:2:良好", "乙:10:2:良好"]);
    expect(await by({ name: "丙" })).toEqual(["丙:10:2:良好"]);
    expect(await by({ name: "bing" })).toEqual(["丙:10:2:良好"]);
    expect(await by({ sectorIds: [d.SECTOR[1]!.id], gender: "MALE" })).toEqual(["丙:10:1:良好"]);
    const r = await execAs(w.staff, SCORES, { p: Y2024, f: { sectorIds: ["not-a-uuid"] } });
    expect(r.code).toBe("VALIDATION_FAILED");
  });

  it("reads a stored run's scores when asked, and needs performance:read", async () => {
    const { w, set } = await rankingWorld();
    const run = set.recomputedRuns.find((x) => x.year === 2024)!;
    expect(run.memberCount).toBe(4);
    // A later event changes the live ranking but not the stored run.
    const ding = (await owner.memberProfile.findFirstOrThrow({ where: { tenantId: w.tenantId, name: "丁" } })).id;
    for (const day of ["2024-05-01", "2024-06-01", "2024-07-01", "2024-08-01"]) await addEvent(w.tenantId, ding, "SPEECH_DELIVERED", day);
    expect(rows(await execAs(w.staff, SCORES, { p: Y2024, size: 1 }))).toEqual(["丁:20:1:优秀"]);
    const stored = await execAs(w.staff, SCORES, { p: Y2024, run: run.id });
    expect(rows(stored)).toEqual(["甲:15:1:优秀", "丙:10:2:良好", "乙:10:2:良好", "丁:0:4:不合格"]);
    expect(stored.data.performanceScores.run).toEqual({ id: run.id, trigger: "RULE_CHANGE" });

    const { viewer: member } = await createUser(w.tenantId, ["MEMBER"]);
    expect((await execAs(member, SCORES, { p: Y2024 })).code).toBe("FORBIDDEN");
    const { viewer: leader } = await createUser(w.tenantId, ["LEADER"]);
    expect((await execAs(leader, SCORES, { p: Y2024 })).errors).toBeUndefined();
    const noSession = await execAs(w.staff, SCORES, { p: { assessmentType: "ANNUAL", year: 2031 } });
    expect(noSession.errors![0]!.message).toBe("2031 年没有对应的届次，请先选择届次");
    expect((await execAs(w.staff, SCORES, { p: { assessmentType: "SESSION" } })).errors![0]!.message).toBe("届内考核请选择届次");
  });
});
