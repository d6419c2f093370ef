import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createCommittee, eventsOf, publishedMeeting, Q } from "./meetings.fixtures";

const live = (events: Awaited<ReturnType<typeof eventsOf>>) => events.filter((e) => e.live).map((e) => [e.memberId, e.kind]).sort();

describe("回执与请假", () => {
  it("takes a reply, needs a reason for leave, and approval makes it 请假 with a MEETING_LEAVE event", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const id = await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date(Date.now() + 3600_000) });

    expect((await execAs(a.viewer, Q.reply, { m: id, i: { reply: "ATTEND" } })).data.replyMeeting).toEqual({ reply: "ATTEND", leaveStatus: null, leaveReason: null, attendance: null });
    const noReason = await execAs(a.viewer, Q.reply, { m: id, i: { reply: "LEAVE", leaveReason: " " } });
    expect([noReason.code, noReason.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "请填写请假事由"]);
    const asked = await execAs(a.viewer, Q.reply, { m: id, i: { reply: "LEAVE", leaveReason: "赴省外出差" } });
    expect(asked.data.replyMeeting).toEqual({ reply: "LEAVE", leaveStatus: "PENDING", leaveReason: "赴省外出差", attendance: null });
    expect(await eventsOf(c.tenantId, id)).toEqual([]);

    const approved = await execAs(c.staff, Q.review, { m: id, u: a.id, a: true, n: "同意" });
    expect(approved.data.reviewMeetingLeave).toEqual({ leaveStatus: "APPROVED", attendance: "LEAVE", attendanceMethod: "LEAVE_APPROVAL" });
    expect(live(await eventsOf(c.tenantId, id))).toEqual([[a.id, "MEETING_LEAVE"]]);
    expect(await owner.meetingNotice.findFirst({ where: { tenantId: c.tenantId, meetingId: id, kind: "LEAVE_APPROVED" } })).toMatchObject({ memberId: a.id, note: "同意" });
    expect((await execAs(c.staff, Q.review, { m: id, u: a.id, a: false })).code).toBe("INVALID_TRANSITION");

    // Changing their mind: attending after all withdraws the leave and its event.
    expect((await execAs(a.viewer, Q.reply, { m: id, i: { reply: "ATTEND" } })).data.replyMeeting).toEqual({ reply: "ATTEND", leaveStatus: null, leaveReason: null, attendance: null });
    expect(live(await eventsOf(c.tenantId, id))).toEqual([]);
    expect((await eventsOf(c.tenantId, id)).map((e) => [e.kind, e.live])).toEqual([["MEETING_LEAVE", false]]);
  });

  it("rejects leave (member expected to attend, told so), and a staff member cannot approve their own leave", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const id = await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date(Date.now() + 3600_000) });
    await execAs(a.viewer, Q.reply, { m: id, i: { reply: "LEAVE", leaveReason: "身体不适" } });
    const r = await execAs(c.staff, Q.review, { m: id, u: a.id, a: false, n: "本次会议须全员出席" });
    expect(r.data.reviewMeetingLeave).toEqual({ leaveStatus: "REJECTED", attendance: null, attendanceMethod: null });
    expect(await owner.meetingNotice.count({ where: { tenantId: c.tenantId, meetingId: id, memberId: a.id, kind: "LEAVE_REJECTED" } })).toBe(1);

    const { createUser } = await import("../../../test/support/factories");
    const { createMember } = await import("../members/members.fixtures");
    const staffMember = await createUser(c.tenantId, ["MEETING_AFFAIRS", "MEMBER"]);
    const sm = await createMember(c.tenantId, c.dicts, { name: "兼任委员", userId: staffMember.user.id, terms: [{ sessionId: c.session.id }] });
    const id2 = await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date(Date.now() + 3600_000) });
    await execAs(staffMember.viewer, Q.reply, { m: id2, i: { reply: "LEAVE", leaveReason: "另有公务" } });
    const own = await execAs(staffMember.viewer, Q.review, { m: id2, u: sm, a: true });
    expect([own.code, own.errors?.[0]?.message]).toEqual(["FORBIDDEN", "不能审批本人的请假申请"]);
  });

  it("closes replies once the item has ended", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const id = await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date(Date.now() - 3 * 3600_000), endsAt: new Date(Date.now() - 3600_000) });
    const r = await execAs(a.viewer, Q.reply, { m: id, i: { reply: "ATTEND" } });
    expect([r.code, r.errors?.[0]?.message]).toEqual(["INVALID_TRANSITION", "会议已结束，不能回执"]);
  });
});

describe("签到登记与结束", () => {
  it("marks attendance in bulk, finishes marking the rest absent, records each final state's event and corrects it", async () => {
    const c = await createCommittee();
    const [a, b, x, y] = [await c.member("甲"), await c.member("乙"), await c.member("丙"), await c.member("丁")];
    const id = await publishedMeeting(c, { allOfSession: true });
    await execAs(b.viewer, Q.reply, { m: id, i: { reply: "LEAVE", leaveReason: "出差" } });

    const marked = await execAs(c.staff, Q.mark, { m: id, e: [{ memberId: a.id, attendance: "ATTENDED" }] });
    expect(marked.data.markMeetingAttendance).toEqual({ changed: 1, counts: { attended: 1, leave: 0, absent: 0, undecided: 3 } });
    const blocked = await execAs(c.staff, Q.finish, { id });
    expect([blocked.code, blocked.errors?.[0]?.message]).toEqual(["INVALID_TRANSITION", "尚有 1 条请假申请未审批，请先审批再结束会议"]);
    await execAs(c.staff, Q.review, { m: id, u: b.id, a: true });

    const finished = await execAs(c.staff, Q.finish, { id });
    expect(finished.data.finishMeeting).toEqual({ id, status: "FINISHED", counts: { invited: 4, attended: 1, leave: 1, absent: 2, undecided: 0 } });
    expect(live(await eventsOf(c.tenantId, id))).toEqual(
      [[a.id, "MEETING_ATTENDED"], [b.id, "MEETING_LEAVE"], [x.id, "MEETING_ABSENT"], [y.id, "MEETING_ABSENT"]].sort(),
    );
    const absentRow = await owner.meetingInvitation.findUniqueOrThrow({ where: { tenantId_meetingId_memberId: { tenantId: c.tenantId, meetingId: id, memberId: x.id } } });
    expect([absentRow.attendance, absentRow.attendanceMethod]).toEqual(["ABSENT", "FINISH"]);

    // 丙 did come (signed the paper list): the correction swaps the event; the revoked one stays as history.
    const fixed = await execAs(c.staff, Q.mark, { m: id, e: [{ memberId: x.id, attendance: "ATTENDED" }, { memberId: a.id, attendance: "ATTENDED" }] });
    expect(fixed.data.markMeetingAttendance).toEqual({ changed: 1, counts: { attended: 2, leave: 1, absent: 1, undecided: 0 } });
    expect(live(await eventsOf(c.tenantId, id))).toEqual(
      [[a.id, "MEETING_ATTENDED"], [b.id, "MEETING_LEAVE"], [x.id, "MEETING_ATTENDED"], [y.id, "MEETING_ABSENT"]].sort(),
    );
    expect((await eventsOf(c.tenantId, id)).filter((e) => e.memberId === x.id).map((e) => [e.kind, e.live])).toEqual([["MEETING_ABSENT", false], ["MEETING_ATTENDED", true]]);
    const cleared = await execAs(c.staff, Q.mark, { m: id, e: [{ memberId: y.id, attendance: null }] });
    expect([cleared.code, cleared.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "已结束的会议须为每位委员登记出席、请假或缺席"]);
    expect((await execAs(c.staff, Q.finish, { id })).code).toBe("INVALID_TRANSITION");
  });

  it("records ACTIVITY_* kinds for an activity, refuses members who are not invited, and revokes everything on cancel", async () => {
    const c = await createCommittee();
    const a = await c.member("甲", { sector: 1 });
    const outsider = await c.member("乙", { sector: 0 });
    const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[1]!.id] }, { category: "ACTIVITY" });
    const wrong = await execAs(c.staff, Q.mark, { m: id, e: [{ memberId: outsider.id, attendance: "ATTENDED" }] });
    expect([wrong.code, wrong.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "所选委员中有 1 人不在本活动的邀请名单中"]);
    await execAs(c.staff, Q.mark, { m: id, e: [{ memberId: a.id, attendance: "ATTENDED" }] });
    expect(live(await eventsOf(c.tenantId, id))).toEqual([[a.id, "ACTIVITY_ATTENDED"]]);
    await execAs(c.staff, Q.cancel, { id, r: "天气原因" });
    expect(live(await eventsOf(c.tenantId, id))).toEqual([]);
  });

  it("cannot finish an item that has not started, and members cannot mark attendance", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const id = await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date(Date.now() + 86_400_000) });
    const r = await execAs(c.staff, Q.finish, { id });
    expect([r.code, r.errors?.[0]?.message]).toEqual(["INVALID_TRANSITION", "会议尚未开始，不能结束"]);
    expect((await execAs(a.viewer, Q.mark, { m: id, e: [{ memberId: a.id, attendance: "ATTENDED" }] })).code).toBe("FORBIDDEN");
  });

  it("lists the attendance of one item with sector and party of its session, filtered and paginated, with whole-list counts", async () => {
    const c = await createCommittee();
    const a = await c.member("张三", { sector: 1, party: 1 });
    const b = await c.member("李四", { sector: 0 });
    await c.member("王五", { sector: 0 });
    const id = await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date(Date.now() + 3600_000) });
    await execAs(b.viewer, Q.reply, { m: id, i: { reply: "LEAVE", leaveReason: "出差" } });
    await execAs(a.viewer, Q.reply, { m: id, i: { reply: "ATTEND" } });
    const q = `query($m: ID!, $f: MeetingAttendanceFilter, $p: Int) { meetingAttendance(meetingId: $m, filter: $f, page: $p, pageSize: 2) {
      total counts { invited replyAttend leavePending undecided } items { member { name } sector party reply leaveStatus leaveReason } } }`;
    const all = await execAs(c.staff, q, { m: id });
    expect(all.errors).toBeUndefined();
    expect(all.data.meetingAttendance.total).toBe(3);
    expect(all.data.meetingAttendance.counts).toEqual({ invited: 3, replyAttend: 1, leavePending: 1, undecided: 3 });
    // by pinyin: li si, wang wu | zhang san
    expect(all.data.meetingAttendance.items.map((i: any) => i.member.name)).toEqual(["李四", "王五"]);
    expect((await execAs(c.staff, q, { m: id, p: 2 })).data.meetingAttendance.items).toEqual([
      { member: { name: "张三" }, sector: "经济界", party: "中国民主同盟", reply: "ATTEND", leaveStatus: null, leaveReason: null },
    ]);
    const pending = await execAs(c.staff, q, { m: id, f: { leaveStatus: "PENDING" } });
    expect(pending.data.meetingAttendance.items).toEqual([{ member: { name: "李四" }, sector: "中国共产党", party: "中国共产党", reply: "LEAVE", leaveStatus: "PENDING", leaveReason: "出差" }]);
    expect((await execAs(c.staff, q, { m: id, f: { name: "王" } })).data.meetingAttendance.total).toBe(1);
  });
});
