import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { readXlsx } from "../members/members.fixtures";
import { addEvent, createRuleSet, createWorld } from "./performance.fixtures";

const STATS = `query($p: ParticipationPeriodInput!, $f: PerformanceScoreFilter, $sort: PerformanceEventKind, $d: SortDirection) {
  participationStatistics(period: $p, filter: $f, sortBy: $sort, direction: $d) {
    total firstDay lastDay totals { kind count }
    items { member { name } meetingsAttended meetingsOnLeave meetingsAbsent meetingAttendanceRate activitiesAttended proposals opinions speeches counts { kind count } }
  }
}`;

async function world() {
  const w = await createWorld();
  const a = await w.member({ name: "甲委员" });
  const b = await w.member({ name: "乙委员", sector: 1 });
  const ev = (m: string, kind: Parameters<typeof addEvent>[2], day: string, revoked = false) => addEvent(w.tenantId, m, kind, day, { revoked });
  await ev(a, "MEETING_ATTENDED", "2024-01-10");
  await ev(a, "MEETING_ATTENDED", "2024-03-10");
  await ev(a, "MEETING_ATTENDED", "2024-06-10");
  await ev(a, "MEETING_LEAVE", "2024-09-10");
  await ev(a, "ACTIVITY_ATTENDED", "2024-04-01");
  await ev(a, "PROPOSAL_SUBMITTED", "2024-01-12");
  await ev(a, "SPEECH_DELIVERED", "2024-01-11");
  await ev(a, "MEETING_ABSENT", "2025-01-10"); // another year
  await ev(b, "MEETING_ABSENT", "2024-01-10");
  await ev(b, "MEETING_ATTENDED", "2024-03-10", true); // revoked: not counted
  await ev(b, "OPINION_SUBMITTED", "2024-05-05");
  await ev(b, "OPINION_SUBMITTED", "2024-05-06");
  return { w, a, b };
}

describe("履职详情统计 and 履职档案 exports", () => {
  it("counts each member's acts by kind over a year, a date range or the whole session", async () => {
    const { w } = await world();
    const r = await execAs(w.staff, STATS, { p: { sessionId: w.session.id, year: 2024 } });
    expect(r.errors).toBeUndefined();
    const s = r.data.participationStatistics;
    expect([s.total, s.firstDay, s.lastDay]).toEqual([2, "2024-01-01", "2024-12-31"]);
    const [jia, yi] = s.items;
    expect(jia).toMatchObject({ member: { name: "甲委员" }, meetingsAttended: 3, meetingsOnLeave: 1, meetingsAbsent: 0, meetingAttendanceRate: 75, activitiesAttended: 1, proposals: 1, speeches: 1, opinions: 0 });
    expect(yi).toMatchObject({ member: { name: "乙委员" }, meetingsAttended: 0, meetingsAbsent: 1, meetingAttendanceRate: 0, opinions: 2 });
    expect(jia.counts.find((c: any) => c.kind === "BONUS")).toBeUndefined();
    const totals = Object.fromEntries(s.totals.filter((t: any) => t.count).map((t: any) => [t.kind, t.count]));
    expect(totals).toEqual({ MEETING_ATTENDED: 3, MEETING_LEAVE: 1, MEETING_ABSENT: 1, ACTIVITY_ATTENDED: 1, PROPOSAL_SUBMITTED: 1, SPEECH_DELIVERED: 1, OPINION_SUBMITTED: 2 });

    const session = (await execAs(w.staff, STATS, { p: { sessionId: w.session.id } })).data.participationStatistics;
    expect([session.firstDay, session.lastDay, session.items[0].meetingsAbsent]).toEqual(["2022-01-01", "2026-12-31", 1]);
    const range = (await execAs(w.staff, STATS, { p: { sessionId: w.session.id, from: "2024-01-10", to: "2024-01-11" } })).data.participationStatistics;
    expect(range.items.map((i: any) => [i.member.name, i.meetingsAttended, i.speeches, i.proposals])).toEqual([["甲委员", 1, 1, 0], ["乙委员", 0, 0, 0]]);
    const sorted = (await execAs(w.staff, STATS, { p: { sessionId: w.session.id, year: 2024 }, sort: "OPINION_SUBMITTED", d: "DESC" })).data.participationStatistics;
    expect(sorted.items.map((i: any) => i.member.name)).toEqual(["乙委员", "甲委员"]);
    const bySector = (await execAs(w.staff, STATS, { p: { sessionId: w.session.id, year: 2024 }, f: { sectorIds: [w.dicts.SECTOR[1]!.id] } })).data.participationStatistics;
    expect([bySector.total, bySector.totals.find((t: any) => t.kind === "OPINION_SUBMITTED").count, bySector.totals.find((t: any) => t.kind === "MEETING_ATTENDED").count]).toEqual([1, 2, 0]);
  });

  it("exports the statistics and the archive list as .xlsx that parse back, and a member's archive as .docx; each audited", async () => {
    const { w, a } = await world();
    await createRuleSet(w, { effectiveFrom: "2024-01-01", grades: [{ name: "合格", minScore: 5 }, { name: "不合格", minScore: null }], rules: [{ kind: "MEETING_ATTENDED", points: 2 }, { kind: "SPEECH_DELIVERED", points: 5 }] });

    const stats = await execAs(w.staff, `mutation($p: ParticipationPeriodInput!) { exportParticipationStatistics(period: $p) { filename contentType base64 rowCount } }`, { p: { sessionId: w.session.id, year: 2024 } });
    expect(stats.errors).toBeUndefined();
    expect(stats.data.exportParticipationStatistics.filename).toMatch(/^第十五届履职详情统计-\d{8}\.xlsx$/);
    const ws = (await readXlsx(stats.data.exportParticipationStatistics.base64)).getWorksheet("履职详情统计")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual(["序号", "姓名", "性别", "界别", "党派", "委员类型", "提交提案", "联名提案", "提案立案"]);
    const col = (h: string) => header.indexOf(h) + 1;
    expect([ws.getRow(2).getCell(2).value, ws.getRow(2).getCell(col("出席会议")).value, ws.getRow(2).getCell(col("会议出席率（%）")).value]).toEqual(["甲委员", 3, 75]);
    expect([ws.getRow(4).getCell(1).value, ws.getRow(4).getCell(col("报送社情民意")).value]).toEqual(["合计", 2]);

    const list = await execAs(w.staff, `mutation($p: PerformancePeriodInput!) { exportPerformanceArchive(period: $p) { filename base64 rowCount } }`, { p: { assessmentType: "ANNUAL", year: 2024 } });
    expect(list.data.exportPerformanceArchive).toMatchObject({ filename: expect.stringMatching(/^2024年度委员履职档案-\d{8}\.xlsx$/), rowCount: 2 });
    const sheet = (await readXlsx(list.data.exportPerformanceArchive.base64)).getWorksheet("履职档案")!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([1, "甲委员", "男", "中国共产党", "中国共产党", "委员", "", "大同市某单位 主任", 11, 0, 4, "合格"]);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 3)).toEqual([2, "乙委员"]);

    const doc = await execAs(w.staff, `mutation($m: ID!, $p: PerformancePeriodInput!) { exportMemberPerformanceArchive(memberId: $m, period: $p) { filename contentType base64 rowCount } }`, { m: a, p: { assessmentType: "ANNUAL", year: 2024 } });
    expect(doc.errors).toBeUndefined();
    expect(doc.data.exportMemberPerformanceArchive).toMatchObject({ filename: expect.stringMatching(/^甲委员履职档案-\d{8}\.docx$/), contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", rowCount: 8 });
    const zip = await JSZip.loadAsync(Buffer.from(doc.data.exportMemberPerformanceArchive.base64, "base64"));
    const xml = (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(xml).toContain("委员履职档案");
    expect(xml).toContain("2024年度评分");
    expect(xml).toContain("总分 11 分；等级 合格；名次 1/2");
    expect(xml).toContain("2025 年：会议缺席 1");
    expect(xml).not.toContain("139"); // no phone number in the archive

    const actions = (await owner.auditLog.findMany({ where: { tenantId: w.tenantId, action: { startsWith: "performance." } }, orderBy: { id: "asc" } })).map((x) => x.action);
    expect(actions).toEqual(["performance.rule_set.create", "performance.participation.export", "performance.archive.export", "performance.archive.export_member"]);
  });
});
