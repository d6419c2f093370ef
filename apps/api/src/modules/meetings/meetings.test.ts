import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createSession } from "../members/members.fixtures";
import { createCommittee, publishedMeeting, Q } from "./meetings.fixtures";

const invitedIds = async (tenantId: string, meetingId: string) =>
  (await owner.meetingInvitation.findMany({ where: { tenantId, meetingId }, select: { memberId: true } })).map((i) => i.memberId).sort();
const notices = async (tenantId: string, meetingId: string) =>
  (await owner.meetingNotice.findMany({ where: { tenantId, meetingId } }))
    .map((n) => ({ memberId: n.memberId, kind: n.kind, note: n.note }))
    .sort((x, y) => `${x.memberId}${x.kind}`.localeCompare(`${y.memberId}${y.kind}`));

describe("发布会议：邀请范围", () => {
  it("invites by sector exactly the members with a term in that sector in the item's session, and tells each of them", async () => {
    const c = await createCommittee();
    // sector 1 = 经济界 (index into the test dictionaries)
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 1, party: 1 });
    await c.member("丙", { sector: 0 });
    const older = await createSession(c.tenantId);
    await c.member("丁", { sector: 1 }, older.id); // 经济界, but in another session
    await c.member("戊", null); // no term at all
    const other = await createCommittee(); // another committee's 经济界 member
    await other.member("己", { sector: 1 });

    const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[1]!.id] });
    expect(await invitedIds(c.tenantId, id)).toEqual([a.id, b.id].sort());
    expect((await notices(c.tenantId, id)).map((n) => [n.memberId, n.kind]).sort()).toEqual([[a.id, "INVITED"], [b.id, "INVITED"]].sort());
    const detail = await execAs(c.staff, `query($id: ID!) { meeting(id: $id) { status counts { invited undecided } invitees { sectors { name } allOfSession } } }`, { id });
    expect(detail.data.meeting).toEqual({ status: "PUBLISHED", counts: { invited: 2, undecided: 2 }, invitees: { sectors: [{ name: "经济界" }], allOfSession: false } });
    const audit = await owner.auditLog.findFirst({ where: { tenantId: c.tenantId, action: "meetings.publish", targetId: id } });
    expect(audit?.detail).toMatchObject({ invited: 2 });
  });

  it("takes the union of party, special committee, individuals and all of the session, each member once", async () => {
    const c = await createCommittee();
    const byParty = await c.member("党派委员", { party: 1 });
    const byCommittee = await c.member("专委会委员", { committee: 0 });
    const both = await c.member("两者皆是", { party: 1, committee: 0 });
    const individual = await c.member("单独邀请", null);
    await c.member("不邀请", { party: 2 });
    const id = await publishedMeeting(c, { partyIds: [c.dicts.PARTY[1]!.id], specialCommitteeIds: [c.dicts.SPECIAL_COMMITTEE[0]!.id], memberIds: [individual.id] });
    expect(await invitedIds(c.tenantId, id)).toEqual([byParty.id, byCommittee.id, both.id, individual.id].sort());

    const all = await publishedMeeting(c, { allOfSession: true });
    expect((await invitedIds(c.tenantId, all)).length).toBe(4); // everyone with a term in the session: not 单独邀请
  });

  it("refuses to publish with nobody in range, twice, or a sector of another committee", async () => {
    const c = await createCommittee();
    await c.member("甲", { sector: 0 });
    const empty = await execAs(c.staff, Q.create, {
      i: { kindId: c.kinds.meeting.id, sessionId: c.session.id, title: "无人会议", startsAt: new Date(), endsAt: new Date(), place: "会议室", invitees: { sectorIds: [c.dicts.SECTOR[2]!.id] } },
    });
    const r = await execAs(c.staff, Q.publish, { id: empty.data.createMeeting.id });
    expect([r.code, r.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "邀请范围内没有委员（所选界别、党派或专委会在本届没有任职委员）"]);
    expect(await owner.meeting.findUnique({ where: { tenantId_id: { tenantId: c.tenantId, id: empty.data.createMeeting.id } } })).toMatchObject({ status: "DRAFT" });

    const id = await publishedMeeting(c, { allOfSession: true });
    expect((await execAs(c.staff, Q.publish, { id })).code).toBe("INVALID_TRANSITION");

    const other = await createCommittee();
    const foreign = await execAs(c.staff, Q.create, {
      i: { kindId: c.kinds.meeting.id, sessionId: c.session.id, title: "跨会", startsAt: new Date(), endsAt: new Date(), place: "会议室", invitees: { sectorIds: [other.dicts.SECTOR[0]!.id] } },
    });
    expect([foreign.code, foreign.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "所选界别无效"]);
  });

  it("notifies every invitee of a change to a published item, invites newly matched members, and keeps drafts silent", async () => {
    const c = await createCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 0 });
    const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[1]!.id] });
    const start = new Date(Date.now() + 86_400_000);
    const r = await execAs(c.staff, `mutation($id: ID!, $i: UpdateMeetingInput!) { updateMeeting(id: $id, input: $i) { place counts { invited } } }`, {
      id,
      i: { startsAt: start, endsAt: new Date(start.getTime() + 3600_000), place: "市政协一楼报告厅", invitees: { sectorIds: [c.dicts.SECTOR[1]!.id, c.dicts.SECTOR[0]!.id] } },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.updateMeeting).toEqual({ place: "市政协一楼报告厅", counts: { invited: 2 } });
    expect(await notices(c.tenantId, id)).toEqual(
      [
        { memberId: a.id, kind: "CHANGED", note: "变更：时间、地点" },
        { memberId: a.id, kind: "INVITED", note: null },
        { memberId: b.id, kind: "INVITED", note: null },
      ].sort((x, y) => `${x.memberId}${x.kind}`.localeCompare(`${y.memberId}${y.kind}`)),
    );
    const noChange = await execAs(c.staff, `mutation($id: ID!, $i: UpdateMeetingInput!) { updateMeeting(id: $id, input: $i) { id } }`, { id, i: { place: "市政协一楼报告厅" } });
    expect(noChange.errors).toBeUndefined();
    expect(await owner.meetingNotice.count({ where: { tenantId: c.tenantId, meetingId: id } })).toBe(3);

    const draft = await execAs(c.staff, Q.create, {
      i: { kindId: c.kinds.meeting.id, sessionId: c.session.id, title: "草稿", startsAt: new Date(), endsAt: new Date(), place: "会议室", invitees: { allOfSession: true } },
    });
    await execAs(c.staff, `mutation($id: ID!, $i: UpdateMeetingInput!) { updateMeeting(id: $id, input: $i) { id } }`, { id: draft.data.createMeeting.id, i: { place: "别处" } });
    expect(await owner.meetingNotice.count({ where: { tenantId: c.tenantId, meetingId: draft.data.createMeeting.id } })).toBe(0);
  });

  it("cancels with a reason: invitees told, item closed to replies, staying in history", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const id = await publishedMeeting(c, { allOfSession: true });
    expect((await execAs(c.staff, Q.cancel, { id, r: "  " })).errors?.[0]?.message).toBe("请填写取消原因");
    const r = await execAs(c.staff, Q.cancel, { id, r: "因故推迟" });
    expect(r.data.cancelMeeting).toEqual({ id, status: "CANCELLED", cancelReason: "因故推迟" });
    expect(await notices(c.tenantId, id)).toContainEqual({ memberId: a.id, kind: "CANCELLED", note: "因故推迟" });
    const reply = await execAs(a.viewer, Q.reply, { m: id, i: { reply: "ATTEND" } });
    expect([reply.code, reply.errors?.[0]?.message]).toEqual(["INVALID_TRANSITION", "已取消的会议不能回执"]);
    expect((await execAs(c.staff, `mutation($id: ID!, $i: UpdateMeetingInput!) { updateMeeting(id: $id, input: $i) { id } }`, { id, i: { place: "x" } })).code).toBe("INVALID_TRANSITION");
    expect((await execAs(c.staff, `mutation($id: ID!) { deleteMeeting(id: $id) }`, { id })).code).toBe("INVALID_TRANSITION");
  });
});

describe("会议活动：权限与委员端", () => {
  it("lets staff with meeting:read list but not publish, and members see only items they are invited to", async () => {
    const c = await createCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 0 });
    const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[1]!.id] }, { title: "经济界协商会" });
    await execAs(c.staff, Q.create, { i: { kindId: c.kinds.meeting.id, sessionId: c.session.id, title: "草稿", startsAt: new Date(), endsAt: new Date(), place: "x", invitees: { allOfSession: true } } });

    const reader = (await createUser(c.tenantId, ["STAFF"])).viewer;
    const list = await execAs(reader, `{ meetings(filter: { category: MEETING }) { total items { title status counts { invited } } } }`);
    expect(list.data.meetings.total).toBe(2);
    expect((await execAs(reader, Q.publish, { id })).code).toBe("FORBIDDEN");
    expect((await execAs(a.viewer, `{ meetings { total } }`)).code).toBe("FORBIDDEN");

    const mine = await execAs(a.viewer, `{ myMeetings { total items { title myInvitation { reply member { name } } } } }`);
    expect(mine.data.myMeetings).toEqual({ total: 1, items: [{ title: "经济界协商会", myInvitation: { reply: "NONE", member: { name: "甲" } } }] });
    expect((await execAs(b.viewer, `{ myMeetings { total } }`)).data.myMeetings.total).toBe(0);
    const peek = await execAs(b.viewer, `query($id: ID!) { myMeeting(id: $id) { title } }`, { id });
    expect(peek.code).toBe("NOT_FOUND");
    const detail = await execAs(a.viewer, `query($id: ID!) { myMeeting(id: $id) { title invitees { allOfSession } myInvitation { reply } } }`, { id });
    expect(detail.data.myMeeting).toEqual({ title: "经济界协商会", invitees: null, myInvitation: { reply: "NONE" } });
  });

  it("filters the staff list by type, status and period (Beijing dates)", async () => {
    const c = await createCommittee();
    await c.member("甲");
    await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date("2026-03-01T01:00:00+08:00"), title: "三月一日" });
    await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date("2026-02-28T23:30:00+08:00"), title: "二月末" });
    await publishedMeeting(c, { allOfSession: true }, { startsAt: new Date("2026-03-05T09:00:00+08:00"), title: "视察", category: "ACTIVITY" });
    const q = `query($f: MeetingFilter) { meetings(filter: $f) { total items { title } } }`;
    expect((await execAs(c.staff, q, { f: { from: "2026-03-01", to: "2026-03-31" } })).data.meetings.items.map((m: any) => m.title)).toEqual(["视察", "三月一日"]);
    expect((await execAs(c.staff, q, { f: { kindIds: [c.kinds.activity.id] } })).data.meetings.total).toBe(1);
    expect((await execAs(c.staff, q, { f: { statuses: ["DRAFT"] } })).data.meetings.total).toBe(0);
    expect((await execAs(c.staff, q, { f: { from: "2026-04-01", to: "2026-03-01" } })).errors?.[0]?.message).toBe("起始日期不能晚于截止日期");
  });
});

describe("会议活动类型", () => {
  it("restores the 14 default types once, refuses duplicates, and keeps disabled types off new items", async () => {
    const c = await createCommittee();
    const restored = await execAs(c.staff, `mutation { restoreDefaultMeetingKinds { category name } }`);
    // The committee already had 常委会 and 视察 (sort order 0): they stay, the other twelve are added after them.
    const names = (cat: string) => restored.data.restoreDefaultMeetingKinds.filter((k: any) => k.category === cat).map((k: any) => k.name);
    expect(names("MEETING")).toEqual(["常委会", "全会", "专委会会议", "专题议政会", "对口协商会议", "界别协商会议", "提案办理协商会议", "其他会议"]);
    expect(names("ACTIVITY")).toEqual(["视察", "考察", "调研", "学习培训", "委员讲坛", "其他活动"]);
    const again = await execAs(c.staff, `mutation { restoreDefaultMeetingKinds { id } }`);
    expect(again.data.restoreDefaultMeetingKinds).toHaveLength(14);
    const dup = await execAs(c.staff, `mutation { createMeetingKind(input: { category: ACTIVITY, name: "调研" }) { id } }`);
    expect([dup.code, dup.errors?.[0]?.message]).toEqual(["CONFLICT", "活动类型“调研”已存在"]);

    const off = await execAs(c.staff, `mutation($id: ID!) { updateMeetingKind(id: $id, input: { disabled: true }) { disabled } }`, { id: c.kinds.meeting.id });
    expect(off.data.updateMeetingKind.disabled).toBe(true);
    const offered = await execAs(c.staff, `{ meetingKinds(category: MEETING) { name } }`);
    expect(offered.data.meetingKinds.map((k: any) => k.name)).not.toContain("常委会");
    const r = await execAs(c.staff, Q.create, { i: { kindId: c.kinds.meeting.id, sessionId: c.session.id, title: "x", startsAt: new Date(), endsAt: new Date(), place: "x" } });
    expect([r.code, r.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "会议类型“常委会”已停用"]);
  });
});
