import { describe, expect, it } from "vitest";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createDicts, createMember, createSession, readXlsx } from "./members.fixtures";

const STATS = `query($s: ID!, $d: String) { memberStatistics(sessionId: $s, asOf: $d) {
  total asOf session { name }
  byParty { label count percent } bySector { label count percent } bySpecialCommittee { label count percent }
  byMemberType { label count percent } byGender { key label count percent } byAgeBand { key count percent }
  byEducation { label count percent } byEthnicGroup { label count percent } } }`;

describe("届内委员统计", () => {
  it("counts by party, sector, committee, type, gender, age band, education and ethnic group, with percentages", async () => {
    const t = await createTenant();
    const dicts = await createDicts(t.id);
    const s15 = (await createSession(t.id, { number: 15 })).id;
    const s14 = (await createSession(t.id, { number: 14 })).id;
    // party 0 中共 ×3, 1 民盟 ×2, 2 无党派 ×1; sector 0 ×4, 1 ×2, 2 ×0; committee 0 ×2, 1 ×1, none ×3; 常委 ×1.
    const people = [
      { name: "甲", birthDate: "1991-01-01", gender: "MALE", party: 0, sector: 0, committee: 0, memberType: 0, education: 0 }, // 35
      { name: "乙", birthDate: "1990-12-31", gender: "FEMALE", party: 0, sector: 0, committee: 0, education: 0 }, // 35 (36 tomorrow)
      { name: "丙", birthDate: "1980-06-01", gender: "MALE", party: 0, sector: 0, committee: 1, education: 0 }, // 45
      { name: "丁", birthDate: "1975-01-02", gender: "MALE", party: 1, sector: 0, committee: null, education: 1 }, // 50
      { name: "戊", birthDate: "1966-01-01", gender: "FEMALE", party: 1, sector: 1, committee: null, education: 1, ethnic: 1 }, // 60
      { name: "己", birthDate: "1960-05-05", gender: "MALE", party: 2, sector: 1, committee: null, education: 1 }, // 65
    ] as const;
    for (const p of people) {
      await createMember(t.id, dicts, { name: p.name, birthDate: p.birthDate, gender: p.gender, education: p.education, ethnic: "ethnic" in p ? p.ethnic : 0,
        terms: [{ sessionId: s15, party: p.party, sector: p.sector, committee: p.committee, memberType: "memberType" in p ? p.memberType : 1 }] });
    }
    // Not in the 15th session: counted nowhere here. Another committee's members neither.
    await createMember(t.id, dicts, { name: "庚", terms: [{ sessionId: s14, party: 2, sector: 2 }] });
    const b = await createTenant();
    const bd = await createDicts(b.id);
    await createMember(b.id, bd, { name: "辛", terms: [{ sessionId: (await createSession(b.id, { number: 15 })).id }] });

    const { viewer } = await createUser(t.id, ["STAFF"]);
    const r = await execAs(viewer, STATS, { s: s15, d: "2026-01-01" });
    expect(r.errors).toBeUndefined();
    const s = r.data.memberStatistics;
    expect([s.total, s.asOf, s.session.name]).toEqual([6, "2026-01-01", "第15届"]);
    expect(s.byParty).toEqual([
      { label: "中国共产党", count: 3, percent: 50 },
      { label: "中国民主同盟", count: 2, percent: 33.33 },
      { label: "无党派人士", count: 1, percent: 16.67 },
    ]);
    expect(s.bySector).toEqual([
      { label: "中国共产党", count: 4, percent: 66.67 },
      { label: "经济界", count: 2, percent: 33.33 },
      { label: "教育界", count: 0, percent: 0 },
    ]);
    expect(s.bySpecialCommittee).toEqual([
      { label: "提案委员会", count: 2, percent: 33.33 },
      { label: "经济委员会", count: 1, percent: 16.67 },
      { label: "未分配专委会", count: 3, percent: 50 },
    ]);
    expect(s.byMemberType).toEqual([
      { label: "常委", count: 1, percent: 16.67 },
      { label: "委员", count: 5, percent: 83.33 },
    ]);
    expect(s.byGender).toEqual([
      { key: "MALE", label: "男", count: 4, percent: 66.67 },
      { key: "FEMALE", label: "女", count: 2, percent: 33.33 },
    ]);
    expect(s.byAgeBand).toEqual([
      { key: "UNDER_36", count: 2, percent: 33.33 },
      { key: "36_45", count: 1, percent: 16.67 },
      { key: "46_55", count: 1, percent: 16.67 },
      { key: "56_60", count: 1, percent: 16.67 },
      { key: "OVER_60", count: 1, percent: 16.67 },
    ]);
    expect(s.byEducation).toEqual([
      { label: "研究生", count: 3, percent: 50 },
      { label: "本科", count: 3, percent: 50 },
      { label: "大专", count: 0, percent: 0 },
    ]);
    expect(s.byEthnicGroup).toEqual([
      { label: "汉族", count: 5, percent: 83.33 },
      { label: "回族", count: 1, percent: 16.67 },
    ]);

    // On 2026-12-31 乙 has turned 36 and 丙 46: age is whole years at the reference day.
    const later = (await execAs(viewer, STATS, { s: s15, d: "2026-12-31" })).data.memberStatistics.byAgeBand;
    expect(later.map((b: { count: number }) => b.count)).toEqual([1, 1, 2, 1, 1]);

    // The same numbers as a workbook, one sheet per dimension.
    const file = await execAs(viewer, `query($s: ID!) { exportMemberStatistics(sessionId: $s, asOf: "2026-01-01") { filename base64 } }`, { s: s15 });
    expect(file.data.exportMemberStatistics.filename).toMatch(/^第15届委员统计-\d{8}\.xlsx$/);
    const wb = await readXlsx(file.data.exportMemberStatistics.base64);
    const party = wb.getWorksheet("党派")!;
    expect([2, 3, 4, 5].map((r) => party.getRow(r).values)).toEqual([
      [undefined, "中国共产党", 3, 50], [undefined, "中国民主同盟", 2, 33.33], [undefined, "无党派人士", 1, 16.67], [undefined, "合计", 6, 100],
    ]);
  });

  it("is for staff only, and another committee's session is not found", async () => {
    const t = await createTenant();
    const s = await createSession(t.id);
    const { viewer: member } = await createUser(t.id, ["MEMBER"]);
    expect((await execAs(member, STATS, { s: s.id })).code).toBe("FORBIDDEN");
    const { viewer: other } = await createUser((await createTenant()).id, ["STAFF"]);
    expect((await execAs(other, STATS, { s: s.id })).code).toBe("NOT_FOUND");
    const { viewer: staff } = await createUser(t.id, ["STAFF"]);
    expect((await execAs(staff, STATS, { s: s.id, d: "2026-02-30" })).errors![0]!.message).toBe("基准日不是有效日期");
  });
});
