import { describe, expect, it } from "vitest";
import type { MeetingAttendance, MeetingCategory, MeetingStatus } from "@zhzx/shared";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { readXlsx } from "../members/members.fixtures";
import { createCommittee, createKind, createMeetingRow } from "./meetings.fixtures";

type C = Awaited<ReturnType<typeof createCommittee>>;

/** An item built row by row: its invitations carry the given final states (null = undecided). */
async function item(c: C, kindId: string, category: MeetingCategory, startsAt: string, att: [string, MeetingAttendance | null][], status: MeetingStatus = "FINISHED") {
  const m = await createMeetingRow(c.tenantId, { sessionId: c.session.id, kindId, category, status, startsAt: new Date(startsAt) });
  await owner.meetingInvitation.createMany({ data: att.map(([memberId, attendance]) => ({ tenantId: c.tenantId, meetingId: m.id, memberId, attendance })) });
  return m.id;
}

/**
 * Three members 甲 乙 丙 over Jan–Feb 2026 (Beijing time):
 *   常委会 1月10日  甲 出席, 乙 出席, 丙 缺席
 *   常委会 1月31日 23:30 (= Jan 31 in Beijing, Jan 31 15:30 UTC)  甲 出席, 乙 请假
 *   专委会 2月01日 00:30 Beijing (= Jan 31 16:30 UTC!)          甲 出席, 丙 出席
 *   视察   2月20日  甲 缺席, 乙 出席, 丙 未定 (still published)
 * Not counted: a cancelled 常委会 and a draft in January; another committee's meeting.
 */
async function build() {
  const c = await createCommittee();
  const [a, b, x] = [await c.member("甲"), await c.member("乙"), await c.member("丙")];
  const special = await owner.meetingKind.update({
    where: { tenantId_id: { tenantId: c.tenantId, id: (await createKind(c.tenantId, "MEETING", "专委会会议")).id } },
    data: { sortOrder: 20 },
  });
  await item(c, c.kinds.meeting.id, "MEETING", "2026-01-10T09:00:00+08:00", [[a.id, "ATTENDED"], [b.id, "ATTENDED"], [x.id, "ABSENT"]]);
  await item(c, c.kinds.meeting.id, "MEETING", "2026-01-31T23:30:00+08:00", [[a.id, "ATTENDED"], [b.id, "LEAVE"]]);
  await item(c, special.id, "MEETING", "2026-02-01T00:30:00+08:00", [[a.id, "ATTENDED"], [x.id, "ATTENDED"]]);
  await item(c, c.kinds.activity.id, "ACTIVITY", "2026-02-20T09:00:00+08:00", [[a.id, "ABSENT"], [b.id, "ATTENDED"], [x.id, null]], "PUBLISHED");
  await item(c, c.kinds.meeting.id, "MEETING", "2026-01-15T09:00:00+08:00", [[a.id, "ABSENT"], [b.id, "ABSENT"]], "CANCELLED");
  await item(c, c.kinds.meeting.id, "MEETING", "2026-01-16T09:00:00+08:00", [], "DRAFT");
  const other = await createCommittee();
  const o = await other.member("外会");
  await item(other, other.kinds.meeting.id, "MEETING", "2026-01-10T09:00:00+08:00", [[o.id, "ABSENT"]]);
  return { c, a, b, x, special };
}

const STATS = `query($f: MeetingStatisticsFilter) { meetingStatistics(filter: $f) {
  total { label meetings invited attended leave absent undecided attendanceRate }
  byKind { label category meetings invited attended leave absent undecided attendanceRate }
  byMonth { key meetings invited attended leave absent attendanceRate } } }`;

describe("会议活动统计", () => {
  it("counts per type and per Beijing month with attendance rates, leaving out drafts, cancelled items and other committees", async () => {
    const { c } = await build();
    const r = await execAs(c.staff, STATS, { f: { from: "2026-01-01", to: "2026-03-31" } });
    expect(r.errors).toBeUndefined();
    const s = r.data.meetingStatistics;
    // 10 invitations: 6 出席, 1 请假, 2 缺席, 1 未定 → 6 / 9 = 66.67 %
    expect(s.total).toEqual({ label: "合计", meetings: 4, invited: 10, attended: 6, leave: 1, absent: 2, undecided: 1, attendanceRate: 66.67 });
    expect(s.byKind).toEqual([
      { label: "常委会", category: "MEETING", meetings: 2, invited: 5, attended: 3, leave: 1, absent: 1, undecided: 0, attendanceRate: 60 },
      { label: "专委会会议", category: "MEETING", meetings: 1, invited: 2, attended: 2, leave: 0, absent: 0, undecided: 0, attendanceRate: 100 },
      { label: "视察", category: "ACTIVITY", meetings: 1, invited: 3, attended: 1, leave: 0, absent: 1, undecided: 1, attendanceRate: 50 },
    ]);
    expect(s.byMonth).toEqual([
      { key: "2026-01", meetings: 2, invited: 5, attended: 3, leave: 1, absent: 1, attendanceRate: 60 },
      { key: "2026-02", meetings: 2, invited: 5, attended: 3, leave: 0, absent: 1, attendanceRate: 75 },
      { key: "2026-03", meetings: 0, invited: 0, attended: 0, leave: 0, absent: 0, attendanceRate: null },
    ]);
    const meetingsOnly = await execAs(c.staff, STATS, { f: { category: "MEETING" } });
    expect(meetingsOnly.data.meetingStatistics.total).toMatchObject({ label: "会议合计", meetings: 3, invited: 7, attendanceRate: 71.43 });
    expect(meetingsOnly.data.meetingStatistics.byKind.map((k: any) => k.label)).toEqual(["常委会", "专委会会议"]);
  });

  it("gives each member's attendance rate, sorted by rate, and the member their own", async () => {
    const { c, a, b, x } = await build();
    const q = `query($s: MeetingMemberStatSort!) { meetingMemberStatistics(sort: $s) { total items { member { name } sector invited attended leave absent undecided attendanceRate } } }`;
    const r = await execAs(c.staff, q, { s: "RATE_DESC" });
    expect(r.data.meetingMemberStatistics).toEqual({
      total: 3,
      items: [
        // 乙: 出席 2, 请假 1 → 2/3; 丙: 出席 1, 缺席 1, 未定 1 → 1/2; 甲: 出席 3, 缺席 1 → 3/4
        { member: { name: "甲" }, sector: "中国共产党", invited: 4, attended: 3, leave: 0, absent: 1, undecided: 0, attendanceRate: 75 },
        { member: { name: "乙" }, sector: "中国共产党", invited: 3, attended: 2, leave: 1, absent: 0, undecided: 0, attendanceRate: 66.67 },
        { member: { name: "丙" }, sector: "中国共产党", invited: 3, attended: 1, leave: 0, absent: 1, undecided: 1, attendanceRate: 50 },
      ],
    });
    expect((await execAs(c.staff, q, { s: "RATE_ASC" })).data.meetingMemberStatistics.items.map((i: any) => i.member.name)).toEqual(["丙", "乙", "甲"]);
    const mine = await execAs(b.viewer, `{ myMeetingStatistics { member { name } invited attended leave attendanceRate } }`);
    expect(mine.data.myMeetingStatistics).toEqual({ member: { name: "乙" }, invited: 3, attended: 2, leave: 1, attendanceRate: 66.67 });
    expect((await execAs(a.viewer, q, { s: "NAME" })).code).toBe("FORBIDDEN");
    void x;
  });

  it("exports the statistics and one item's attendance list as workbooks that read back", async () => {
    const { c } = await build();
    const leader = (await createUser(c.tenantId, ["LEADER"])).viewer;
    const r = await execAs(leader, `mutation($f: MeetingStatisticsFilter) { exportMeetingStatistics(filter: $f) { filename contentType base64 rowCount } }`, { f: { from: "2026-01-01", to: "2026-02-28" } });
    expect(r.errors).toBeUndefined();
    expect(r.data.exportMeetingStatistics).toMatchObject({ contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", rowCount: 3 });
    expect(r.data.exportMeetingStatistics.filename).toMatch(/^会议活动统计-\d{8}\.xlsx$/);
    const wb = await readXlsx(r.data.exportMeetingStatistics.base64);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["按类型", "按月份", "委员出勤"]);
    const rows = (name: string) => wb.getWorksheet(name)!.getSheetValues().slice(1).map((v) => (v as unknown[]).slice(1));
    expect(rows("按类型")).toEqual([
      ["类别", "会议活动数", "受邀人次", "出席", "请假", "缺席", "未定", "出席率（%）"],
      ["常委会", 2, 5, 3, 1, 1, 0, 60],
      ["专委会会议", 1, 2, 2, 0, 0, 0, 100],
      ["视察", 1, 3, 1, 0, 1, 1, 50],
      ["合计", 4, 10, 6, 1, 2, 1, 66.67],
    ]);
    expect(rows("按月份").map((row) => row[0])).toEqual(["类别", "2026-01", "2026-02", "合计"]);
    expect(rows("委员出勤").slice(1).map((row) => [row[1], row[9]])).toEqual([["丙", 50], ["甲", 75], ["乙", 66.67]]);
    expect(await owner.auditLog.count({ where: { tenantId: c.tenantId, action: "meetings.statistics.export" } })).toBe(1);

    const first = await owner.meeting.findFirstOrThrow({ where: { tenantId: c.tenantId, startsAt: new Date("2026-01-10T01:00:00Z") } });
    await owner.meetingGuest.create({ data: { tenantId: c.tenantId, meetingId: first.id, name: "王列席", unit: "市发展和改革委员会", role: "副主任" } });
    const list = await execAs(c.staff, `mutation($m: ID!) { exportMeetingAttendance(meetingId: $m) { filename base64 rowCount } }`, { m: first.id });
    expect(list.errors).toBeUndefined();
    expect(list.data.exportMeetingAttendance).toMatchObject({ filename: "测试会议-出勤名单-20260110.xlsx", rowCount: 3 });
    const wb2 = await readXlsx(list.data.exportMeetingAttendance.base64);
    const att = wb2.getWorksheet("出勤名单")!.getSheetValues().slice(2).map((v) => [(v as unknown[])[2], (v as unknown[])[8]]);
    expect(att).toEqual([["丙", "缺席"], ["甲", "出席"], ["乙", "出席"]]);
    expect((wb2.getWorksheet("列席人员")!.getRow(2).values as unknown[]).slice(1)).toEqual([1, "王列席", "市发展和改革委员会", "副主任"]);
  });
});
