import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createSession } from "../members/members.fixtures";
import { adoptedItem, createCollectiveAccount, createCommittee, createMemberAccount, draftAndSubmit, journalType, newIssue, ok, type Committee } from "./opinions.fixtures";

const ADD = `mutation($i: ID!, $o: [OpinionRefInput!]!) { addOpinionsToIssue(issueId: $i, opinions: $o) { version } }`;
const INSTRUCT = `mutation($o: ID!, $i: InstructionInputType!) { recordOpinionInstruction(opinionId: $o, input: $i) { id } }`;
const SUMMARY = `query($f: OpinionStatisticsFilterInput) { opinionSummaryStatistics(filter: $f) {
  submitted pendingReview adopted inJournal published returned discarded instructed adoptionRate
  byState { key count } byOrigin { key count } byInstructionKind { kind instructions items }
  byPeriod { period submitted adopted inJournal published instructed } } }`;
const SUBMISSION = `query($f: OpinionStatisticsFilterInput) { opinionSubmissionStatistics(filter: $f) {
  bySubmitter { name kind party submitted adopted inJournal published instructed }
  byParty { name submitted adopted inJournal published instructed }
  byCollective { name submitted adopted inJournal published instructed }
  total { submitted adopted inJournal published instructed } } }`;

/** Submitted times as Beijing wall-clock times (the statistics count Beijing days and months). */
const at = (s: string) => new Date(`${s}+08:00`);
const counts = (submitted: number, adopted: number, inJournal: number, published: number, instructed: number) => ({ submitted, adopted, inJournal, published, instructed });

describe("社情民意统计 on data built here, counted by hand", () => {
  let c: Committee;
  let oldSessionId: string;
  beforeAll(async () => {
    c = await createCommittee({ name: "统计测试政协" });
    const { viewer: a } = await createMemberAccount(c, "甲委员", 0); // 中国共产党
    const { viewer: b } = await createMemberAccount(c, "乙委员", 1); // 中国民主同盟
    const { viewer: cc, memberId: cId } = await createMemberAccount(c, "丙委员", 1);
    const { viewer: k } = await createCollectiveAccount(c.tenant.id, "测试民盟市委");
    await createCollectiveAccount(c.tenant.id, "测试民进市委"); // submits nothing: a zero row
    const e = c.editor;

    const a1 = await adoptedItem(a, e, "甲一");
    const a2 = await draftAndSubmit(a, "甲二");
    await ok(a, `mutation { createOpinionDraft(input: { title: "甲三（草稿）", content: "不计入" }) { id } }`);
    const b1 = await adoptedItem(b, e, "乙一");
    const b2 = await draftAndSubmit(b, "乙二");
    await ok(e, `mutation($id: ID!, $v: Int!) { discardOpinion(id: $id, version: $v) { id } }`, { id: b2.id, v: b2.version });
    const b3 = await draftAndSubmit(b, "乙三");
    await ok(e, `mutation($id: ID!, $v: Int!) { returnOpinion(id: $id, version: $v, reason: "补充") { id } }`, { id: b3.id, v: b3.version });
    const c1 = await adoptedItem(cc, e, "丙一");
    const k1 = await adoptedItem(k, e, "集体一");
    const k2 = await draftAndSubmit(k, "集体二");
    await ok(e, `mutation($id: ID!, $v: Int!) { passOpinionFirstReview(id: $id, version: $v) { id } }`, { id: k2.id, v: k2.version });

    const type = await journalType(e);
    const published = await newIssue(e, type.id, 2025);
    const p = await ok(e, ADD, { i: published.id, o: [a1, k1].map((x) => ({ id: x.id, version: x.version })) });
    await ok(e, `mutation($i: ID!, $v: Int!) { publishJournalIssue(id: $i, version: $v) { id } }`, { i: published.id, v: p.addOpinionsToIssue.version });
    const draftIssue = await newIssue(e, type.id, 2025);
    await ok(e, ADD, { i: draftIssue.id, o: [{ id: c1.id, version: c1.version }] });
    const instruct = (id: string, kind: string) => ok(e, INSTRUCT, { o: id, i: { kind, authorName: "某领导", instructedAt: "2025-07-01", content: "阅" } });
    await instruct(a1.id, "LEADER_INSTRUCTION");
    await instruct(a1.id, "DEPARTMENT_REPLY");
    await instruct(k1.id, "HIGHER_ADOPTION");

    // 提案转来, by 丙, in an earlier session (丙 has no term there: 未登记党派).
    oldSessionId = (await createSession(c.tenant.id)).id;
    const p1 = await owner.opinion.create({
      data: { tenantId: c.tenant.id, title: "提案转来", content: "正文", state: "SUBMITTED", origin: "FROM_PROPOSAL", sourceProposalId: "00000000-0000-4000-8000-0000000000aa", submitterKind: "MEMBER", memberId: cId, submitterName: "丙委员", sessionId: oldSessionId },
    });

    // Submission times: March; the first minutes of 1 May in Beijing (still 30 April in UTC); June.
    const when: [string[], string][] = [
      [[a1.id, a2.id, b1.id], "2025-03-10T10:00:00"],
      [[b2.id, b3.id, c1.id], "2025-05-01T00:30:00"],
      [[k1.id, k2.id, p1.id], "2025-06-15T09:00:00"],
    ];
    for (const [ids, t] of when) await owner.opinion.updateMany({ where: { id: { in: ids } }, data: { submittedAt: at(t) } });
  }, 120_000);

  it("社情民意统计总表: totals, states, origins, instruction kinds, months (Beijing time)", async () => {
    const s = (await ok(c.leader, SUMMARY)).opinionSummaryStatistics;
    expect(s).toMatchObject({ submitted: 9, pendingReview: 3, adopted: 4, inJournal: 3, published: 2, returned: 1, discarded: 1, instructed: 2, adoptionRate: 44.44 });
    expect(Object.fromEntries(s.byState.map((b: any) => [b.key, b.count]))).toEqual({ SUBMITTED: 2, FIRST_REVIEWED: 1, SECOND_REVIEWED: 1, EDITED: 1, PUBLISHED: 2, RETURNED: 1, DISCARDED: 1 });
    expect(s.byOrigin).toEqual([{ key: "DIRECT", count: 8 }, { key: "FROM_PROPOSAL", count: 1 }, { key: "FROM_COUNTY", count: 0 }]);
    expect(s.byInstructionKind).toEqual([
      { kind: "HIGHER_ADOPTION", instructions: 1, items: 1 },
      { kind: "LEADER_INSTRUCTION", instructions: 1, items: 1 },
      { kind: "DEPARTMENT_REPLY", instructions: 1, items: 1 },
    ]);
    expect(s.byPeriod).toEqual([
      { period: "2025-03", ...counts(3, 2, 1, 1, 1) },
      { period: "2025-05", ...counts(3, 1, 1, 0, 0) },
      { period: "2025-06", ...counts(3, 1, 1, 1, 1) },
    ]);
  });

  it("query conditions: Beijing days, and the session", async () => {
    const may = (await ok(c.leader, SUMMARY, { f: { from: "2025-05-01", to: "2025-05-31" } })).opinionSummaryStatistics;
    expect([may.submitted, may.adopted, may.discarded, may.returned]).toEqual([3, 1, 1, 1]);
    const april = (await ok(c.leader, SUMMARY, { f: { to: "2025-04-30" } })).opinionSummaryStatistics;
    expect(april.submitted).toBe(3);
    const current = (await ok(c.leader, SUMMARY, { f: { sessionId: c.session.id } })).opinionSummaryStatistics;
    expect(current.byOrigin[1]).toEqual({ key: "FROM_PROPOSAL", count: 0 });
    expect(current.submitted).toBe(8);
    const bad = await execAs(c.leader, SUMMARY, { f: { from: "2025-06-01", to: "2025-05-01" } });
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(bad.errors![0]!.message).toBe("开始日期不能晚于结束日期");
  });

  it("社情民意报送统计表: per submitter, per party, per collective", async () => {
    const s = (await ok(c.leader, SUBMISSION)).opinionSubmissionStatistics;
    const by = Object.fromEntries(s.bySubmitter.map((r: any) => [r.name, r]));
    expect(s.bySubmitter).toHaveLength(4);
    expect(s.bySubmitter[0].name).toBe("乙委员");
    expect(by["甲委员"]).toEqual({ name: "甲委员", kind: "MEMBER", party: "中国共产党", ...counts(2, 1, 1, 1, 1) });
    expect(by["乙委员"]).toEqual({ name: "乙委员", kind: "MEMBER", party: "中国民主同盟", ...counts(3, 1, 0, 0, 0) });
    expect(by["丙委员"]).toEqual({ name: "丙委员", kind: "MEMBER", party: "中国民主同盟", ...counts(2, 1, 1, 0, 0) });
    expect(by["测试民盟市委"]).toEqual({ name: "测试民盟市委", kind: "COLLECTIVE", party: null, ...counts(2, 1, 1, 1, 1) });
    expect(s.byParty).toEqual([
      { name: "中国共产党", ...counts(2, 1, 1, 1, 1) },
      { name: "中国民主同盟", ...counts(4, 2, 1, 0, 0) },
      { name: "无党派人士", ...counts(0, 0, 0, 0, 0) },
      { name: "未登记党派", ...counts(1, 0, 0, 0, 0) },
    ]);
    expect(s.byCollective).toEqual([
      { name: "测试民盟市委", ...counts(2, 1, 1, 1, 1) },
      { name: "测试民进市委", ...counts(0, 0, 0, 0, 0) },
    ]);
    expect(s.total).toEqual(counts(9, 4, 3, 2, 2));
    const current = (await ok(c.leader, SUBMISSION, { f: { sessionId: c.session.id } })).opinionSubmissionStatistics;
    expect(current.byParty.map((r: any) => r.name)).toEqual(["中国共产党", "中国民主同盟", "无党派人士"]);
    expect(current.total.submitted).toBe(8);
  });

  it("exports both tables to Excel; members cannot read statistics", async () => {
    const f = (await ok(c.leader, `query { exportOpinionStatistics(filter: { from: "2025-01-01", to: "2025-12-31" }) { filename contentType base64 rowCount } }`)).exportOpinionStatistics;
    expect(f.filename).toBe("社情民意统计2025-01-01至2025-12-31.xlsx");
    expect(f.rowCount).toBe(4);
    const exported = await owner.auditLog.findMany({ where: { tenantId: c.tenant.id, action: "opinion.statistics.export" } });
    expect(exported.map((a) => (a.detail as { rows: number; filter: { from: string } }).rows)).toEqual([4]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.base64, "base64") as any);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["社情民意统计总表", "社情民意报送统计表"]);
    const s1 = wb.getWorksheet("社情民意统计总表")!;
    expect(s1.getCell(1, 1).value).toBe("统计测试政协社情民意统计总表");
    expect(s1.getCell(2, 1).value).toBe("统计条件：届次 全部；报送日期 2025-01-01 至 2025-12-31");
    expect(s1.getRow(6).values).toEqual([undefined, 9, 3, 4, 3, 2, 1, 1, 2, 44.44]);
    const s2 = wb.getWorksheet("社情民意报送统计表")!;
    const rows = s2.getSheetValues().filter(Boolean).map((r: any) => Array.from({ length: 7 }, (_, i) => r[i + 1] ?? null));
    expect(rows).toContainEqual(["合计", null, 9, 4, 3, 2, 2]);
    expect(rows).toContainEqual(["甲委员", "中国共产党", 2, 1, 1, 1, 1]);
    expect(rows).toContainEqual(["测试民进市委", null, 0, 0, 0, 0, 0]);
    const { viewer: m } = await createMemberAccount(c, "丁委员");
    expect((await execAs(m, SUMMARY)).code).toBe("FORBIDDEN");
    expect((await ok(m, `{ myOpinionStatistics { drafts submitted } }`)).myOpinionStatistics).toEqual({ drafts: 0, submitted: 0 });
  });
});
