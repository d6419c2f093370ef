import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { readXlsx } from "../members/members.fixtures";
import { createProposalRow, createWorld, ok, type World } from "./proposals.fixtures";

/** Builds the table the statistics must reproduce (counted by hand in the test below). */
async function build(w: World) {
  const [u1, u2] = w.units;
  const { industry, education } = w.categories;
  const past = new Date("2020-01-01");
  const future = new Date("2099-01-01");
  const assign = (proposalId: string, unitId: string, role: "LEAD" | "CO", o: { signed?: boolean; replied?: boolean; deadline?: Date } = {}) =>
    owner.proposalAssignment.create({ data: { tenantId: w.tenantId, proposalId, unitId, role, deadline: o.deadline ?? future, assignedBy: w.office.userId, signedAt: o.signed ? new Date() : null, repliedAt: o.replied ? new Date() : null } });
  const reply = (proposalId: string, assignmentId: string, unitId: string, result: "A" | "B") =>
    owner.proposalReply.create({ data: { tenantId: w.tenantId, proposalId, assignmentId, unitId, isLead: true, result, content: "<p>答复</p>", round: 1, repliedBy: w.office.userId, repliedByName: "单位" } });
  const feedback = (proposalId: string, satisfaction: "SATISFIED" | "DISSATISFIED") =>
    owner.proposalFeedback.create({ data: { tenantId: w.tenantId, proposalId, round: 1, satisfaction, comment: satisfaction === "DISSATISFIED" ? "未解决" : null, submittedBy: w.members[0]!.viewer.userId } });

  const p = {
    submitted: await createProposalRow(w, { state: "SUBMITTED", categoryId: industry, title: "关于工业园区用地的建议" }),
    notFiled: await createProposalRow(w, { state: "NOT_FILED", categoryId: industry, title: "关于某事项的建议" }),
    filed: await createProposalRow(w, { state: "FILED", categoryId: education, caseSeq: 1, title: "关于课后服务的建议" }),
    closed: await createProposalRow(w, { state: "CLOSED", categoryId: education, caseSeq: 2, submitterType: "COLLECTIVE", title: "关于职业教育的建议" }),
    handling: await createProposalRow(w, { state: "HANDLING", categoryId: industry, caseSeq: 3, title: "关于中小企业融资的建议", isKey: true }),
    dissatisfied: await createProposalRow(w, { state: "DISSATISFIED", categoryId: education, caseSeq: 4, title: "关于校车安全的建议" }),
    draft: await createProposalRow(w, { state: "DRAFT", categoryId: education, title: "草稿不计" }),
    uncategorised: await createProposalRow(w, { state: "SUBMITTED", categoryId: null, submitterType: "COLLECTIVE", title: "关于未分类的建议" }),
  };
  const a4 = await assign(p.closed, u1!.unitId, "LEAD", { signed: true, replied: true });
  await reply(p.closed, a4.id, u1!.unitId, "A");
  await feedback(p.closed, "SATISFIED");
  await assign(p.handling, u1!.unitId, "LEAD", { signed: true, deadline: past });
  await assign(p.handling, u2!.unitId, "CO");
  const a6 = await assign(p.dissatisfied, u2!.unitId, "LEAD", { signed: true, replied: true });
  await reply(p.dissatisfied, a6.id, u2!.unitId, "B");
  await feedback(p.dissatisfied, "DISSATISFIED");
  return p;
}

const STATS = `query($s: ID) { proposalStatistics(sessionId: $s) {
  total byState { state count } byCategory { path total counts { state count } }
  bySubmitterType { submitterType total filed notFiled closed }
  bySector { sector { id } label total filed notFiled closed }
  byUnit { unit { name } assigned lead co signed notSigned replied overdue resultA resultB resultC satisfied basicallySatisfied dissatisfied }
  bySatisfaction { satisfaction count } } }`;

const nonZero = (xs: { state: string; count: number }[]) => Object.fromEntries(xs.filter((x) => x.count).map((x) => [x.state, x.count]));

describe("proposal statistics, tracking, feedback and Excel exports", () => {
  it("counts exactly what the test built: category × state, submitter type, units, satisfaction", async () => {
    const w = await createWorld({ members: 1, units: 2 });
    await build(w);
    const s = (await ok(w.staff, STATS, { s: w.sessionId })).proposalStatistics;
    expect(s.total).toBe(7);
    expect(nonZero(s.byState)).toEqual({ SUBMITTED: 2, NOT_FILED: 1, FILED: 1, HANDLING: 1, DISSATISFIED: 1, CLOSED: 1 });
    expect(s.byCategory.map((r: any) => [r.path, r.total, nonZero(r.counts)])).toEqual([
      ["经济建设", 0, {}],
      ["经济建设 / 工业经济", 3, { SUBMITTED: 1, NOT_FILED: 1, HANDLING: 1 }],
      ["社会建设", 0, {}],
      ["社会建设 / 教育", 3, { FILED: 1, DISSATISFIED: 1, CLOSED: 1 }],
      ["未分类", 1, { SUBMITTED: 1 }],
    ]);
    expect(s.bySubmitterType).toEqual([
      { submitterType: "MEMBER", total: 5, filed: 3, notFiled: 1, closed: 0 },
      { submitterType: "COLLECTIVE", total: 2, filed: 1, notFiled: 0, closed: 1 },
    ]);
    // Every member of the world has a term in the session, in the first 界别 of the dictionary.
    expect(s.bySector.map(({ sector, ...r }: any) => ({ ...r, hasSector: !!sector }))).toEqual([{ label: expect.any(String), total: 5, filed: 3, notFiled: 1, closed: 0, hasSector: true }]);
    expect(s.byUnit).toEqual([
      { unit: { name: "大同市教育局" }, assigned: 2, lead: 2, co: 0, signed: 2, notSigned: 0, replied: 1, overdue: 1, resultA: 1, resultB: 0, resultC: 0, satisfied: 1, basicallySatisfied: 0, dissatisfied: 0 },
      { unit: { name: "大同市财政局" }, assigned: 2, lead: 1, co: 1, signed: 1, notSigned: 1, replied: 1, overdue: 0, resultA: 0, resultB: 1, resultC: 0, satisfied: 0, basicallySatisfied: 0, dissatisfied: 1 },
    ]);
    expect(s.bySatisfaction).toEqual([{ satisfaction: "SATISFIED", count: 1 }, { satisfaction: "BASICALLY_SATISFIED", count: 0 }, { satisfaction: "DISSATISFIED", count: 1 }]);
    // A member and a unit may not read the statistics.
    expect((await execAs(w.members[0]!.viewer, STATS, {})).code).toBe("FORBIDDEN");
    expect((await execAs(w.units[0]!.viewer, STATS, {})).code).toBe("FORBIDDEN");
  });

  it("tracking shows overdue and unsigned assignments; the feedback query lists the 不满意 waiting for the office", async () => {
    const w = await createWorld({ members: 1, units: 2 });
    const p = await build(w);
    const T = `query($f: ProposalTrackingFilter) { proposalTracking(filter: $f) { total items { assignment { unit { name } role overdue signedAt daysLeft } proposal { id title } } } }`;
    const overdue = (await ok(w.office, T, { f: { overdueOnly: true } })).proposalTracking;
    expect(overdue.items.map((r: any) => [r.proposal.id, r.assignment.unit.name, r.assignment.role, r.assignment.overdue])).toEqual([[p.handling, "大同市教育局", "LEAD", true]]);
    expect(overdue.items[0].assignment.daysLeft).toBeLessThan(0);
    const unsigned = (await ok(w.office, T, { f: { notSignedOnly: true } })).proposalTracking;
    expect(unsigned.items.map((r: any) => [r.proposal.id, r.assignment.unit.name])).toEqual([[p.handling, "大同市财政局"]]);
    expect((await ok(w.office, T, {})).proposalTracking.total).toBe(3);
    const F = `{ proposalFeedbacks(filter: { undecidedOnly: true }) { total items { feedback { satisfaction comment } proposal { id } } } }`;
    expect((await ok(w.office, F)).proposalFeedbacks).toEqual({ total: 1, items: [{ feedback: { satisfaction: "DISSATISFIED", comment: "未解决" }, proposal: { id: p.dissatisfied } }] });
    const key = await ok(w.staff, `{ proposals(filter: { list: KEY }) { total items { id } } }`);
    expect(key.proposals).toEqual({ total: 1, items: [{ id: p.handling }] });
    const dissatisfied = await ok(w.staff, `{ proposals(filter: { list: DISSATISFIED }) { items { id } } }`);
    expect(dissatisfied.proposals.items).toEqual([{ id: p.dissatisfied }]);
  });

  it("exports the list and the statistics as .xlsx files that parse back with the right rows", async () => {
    const w = await createWorld({ members: 1, units: 2 });
    await build(w);
    const list = (await ok(w.staff, `mutation { exportProposals(filter: { list: ALL }, sort: { field: CASE_NUMBER, direction: ASC }) { filename base64 rowCount } }`)).exportProposals;
    expect(list.rowCount).toBe(7);
    expect(list.filename).toMatch(/^提案列表-\d{8}\.xlsx$/);
    const ws = (await readXlsx(list.base64)).getWorksheet("提案列表")!;
    expect(ws.rowCount).toBe(8);
    expect(ws.getRow(1).getCell(2).value).toBe("案号");
    const rows = Array.from({ length: 7 }, (_, i) => ws.getRow(i + 2));
    expect(rows.map((r) => r.getCell(2).value)).toEqual(["15-03-001", "15-03-002", "15-03-003", "15-03-004", "", "", ""]);
    expect(rows.slice(0, 4).map((r) => r.getCell(3).value)).toEqual(["关于课后服务的建议", "关于职业教育的建议", "关于中小企业融资的建议", "关于校车安全的建议"]);
    expect(rows[2]!.getCell(11).value).toBe("是");
    expect(rows[2]!.getCell(13).value).toBe("大同市教育局");
    expect(rows[2]!.getCell(14).value).toBe("大同市财政局");
    expect(await owner.auditLog.count({ where: { tenantId: w.tenantId, action: "proposal.export" } })).toBe(1);

    const stats = (await ok(w.staff, `query($s: ID) { exportProposalStatistics(sessionId: $s) { base64 rowCount } }`, { s: w.sessionId })).exportProposalStatistics;
    const wb = await readXlsx(stats.base64);
    expect(wb.worksheets.map((x) => x.name)).toEqual(["分类×状态", "提案人类型", "界别", "承办单位", "委员评价"]);
    const cat = wb.getWorksheet("分类×状态")!;
    const col = (h: string) => (cat.getRow(1).values as unknown[]).indexOf(h);
    const table = Array.from({ length: cat.rowCount - 1 }, (_, i) => cat.getRow(i + 2)).map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(col("办理中")).value]);
    expect(table).toEqual([["经济建设", 0, 0], ["经济建设 / 工业经济", 3, 1], ["社会建设", 0, 0], ["社会建设 / 教育", 3, 0], ["未分类", 1, 0], ["合计", 7, 1]]);
    const units = wb.getWorksheet("承办单位")!;
    expect([units.getRow(2).getCell(1).value, units.getRow(2).getCell(8).value, units.getRow(3).getCell(14).value]).toEqual(["大同市教育局", 1, 1]);
  });

  it("filters the office list by keyword (title, text, case number, submitter) and by Beijing submission days", async () => {
    const w = await createWorld({ members: 1, units: 2 });
    const p = await build(w);
    await owner.proposal.update({ where: { tenantId_id: { tenantId: w.tenantId, id: p.submitted } }, data: { content: "<p>园区停车难</p>", submittedAt: new Date("2024-03-01T16:30:00Z") } });
    await owner.proposal.update({ where: { tenantId_id: { tenantId: w.tenantId, id: p.filed } }, data: { submittedAt: new Date("2024-03-01T15:30:00Z") } });
    const L = `query($f: ProposalFilter) { proposals(filter: $f, sort: { field: TITLE, direction: ASC }) { total items { id } } }`;
    const ids = async (f: object) => (await ok(w.staff, L, { f })).proposals.items.map((x: any) => x.id);
    expect(await ids({ keyword: "停车" })).toEqual([p.submitted]);
    expect(await ids({ keyword: "15-03-003" })).toEqual([p.handling]);
    expect((await ids({ keyword: "%" })).length).toBe(0);
    // 16:30Z is 3月2日 00:30 in Beijing; 15:30Z is still 3月1日.
    expect(await ids({ submittedFrom: "2024-03-02", submittedTo: "2024-03-02" })).toEqual([p.submitted]);
    expect(await ids({ submittedFrom: "2024-03-01", submittedTo: "2024-03-01" })).toEqual([p.filed]);
    const bad = await execAs(w.staff, L, { f: { submittedFrom: "2024-02-30" } });
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(JSON.stringify(bad.errors)).toContain("提交日期起不是有效日期");
  });
});
