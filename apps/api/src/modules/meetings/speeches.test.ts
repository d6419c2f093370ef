import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createCommittee, publishedMeeting } from "./meetings.fixtures";

const SUBMIT = `mutation($m: ID!, $i: MeetingSpeechInput!) { submitMeetingSpeech(meetingId: $m, input: $i) { id status title member { name } meeting { title } } }`;
const REVIEW = `mutation($id: ID!, $a: MeetingSpeechReviewAction!, $n: String) { reviewMeetingSpeech(id: $id, action: $a, note: $n) { status reviewerName reviewNote deliveredAt } }`;
const eventsFor = (tenantId: string, speechId: string) =>
  owner.performanceEvent.findMany({ where: { tenantId, sourceType: "MeetingSpeech", sourceId: speechId } }).then((rs) => rs.map((r) => [r.kind, r.revokedAt === null]));

describe("大会发言", () => {
  it("lets an invited member submit, staff select and mark delivered (SPEECH_DELIVERED), and take that back", async () => {
    const c = await createCommittee();
    const a = await c.member("甲");
    const id = await publishedMeeting(c, { allOfSession: true }, { title: "全体会议" });
    const s = await execAs(a.viewer, SUBMIT, { m: id, i: { title: "关于加快数字经济发展的建议", content: "……" } });
    expect(s.data.submitMeetingSpeech).toMatchObject({ status: "SUBMITTED", member: { name: "甲" }, meeting: { title: "全体会议" } });
    const sid = s.data.submitMeetingSpeech.id;
    expect((await execAs(c.staff, REVIEW, { id: sid, a: "deliver" })).errors?.[0]?.message).toBe("待审核的发言不能标记已发言");

    expect((await execAs(c.staff, REVIEW, { id: sid, a: "select", n: "拟安排大会发言" })).data.reviewMeetingSpeech).toMatchObject({ status: "SELECTED", reviewNote: "拟安排大会发言" });
    const edit = await execAs(a.viewer, `mutation($id: ID!) { updateMeetingSpeech(id: $id, input: { title: "改", content: "改" }) { id } }`, { id: sid });
    expect([edit.code, edit.errors?.[0]?.message]).toEqual(["INVALID_TRANSITION", "已选用的发言不能修改"]);

    const delivered = await execAs(c.staff, REVIEW, { id: sid, a: "deliver" });
    expect(delivered.data.reviewMeetingSpeech.status).toBe("DELIVERED");
    expect(await eventsFor(c.tenantId, sid)).toEqual([["SPEECH_DELIVERED", true]]);
    const event = await owner.performanceEvent.findFirstOrThrow({ where: { tenantId: c.tenantId, sourceId: sid } });
    expect(event.memberId).toBe(a.id);

    expect((await execAs(c.staff, REVIEW, { id: sid, a: "undeliver" })).data.reviewMeetingSpeech).toMatchObject({ status: "SELECTED", deliveredAt: null });
    expect(await eventsFor(c.tenantId, sid)).toEqual([["SPEECH_DELIVERED", false]]);

    const list = await execAs(c.staff, `query($m: ID) { meetingSpeeches(meetingId: $m, statuses: [SELECTED]) { total items { title } } }`, { m: id });
    expect(list.data.meetingSpeeches).toEqual({ total: 1, items: [{ title: "关于加快数字经济发展的建议" }] });
  });

  it("keeps speeches to invited members, lets them edit and withdraw while waiting, and not touch others' speeches", async () => {
    const c = await createCommittee();
    const a = await c.member("甲", { sector: 1 });
    const b = await c.member("乙", { sector: 0 });
    const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[1]!.id] });
    expect((await execAs(b.viewer, SUBMIT, { m: id, i: { title: "t", content: "c" } })).code).toBe("NOT_FOUND");
    const sid = (await execAs(a.viewer, SUBMIT, { m: id, i: { title: "初稿", content: "c" } })).data.submitMeetingSpeech.id;
    expect((await execAs(b.viewer, `mutation($id: ID!) { withdrawMeetingSpeech(id: $id) { id } }`, { id: sid })).code).toBe("NOT_FOUND");
    const edited = await execAs(a.viewer, `mutation($id: ID!) { updateMeetingSpeech(id: $id, input: { title: "定稿", content: "内容" }) { title } }`, { id: sid });
    expect(edited.data.updateMeetingSpeech.title).toBe("定稿");
    expect((await execAs(a.viewer, `mutation($id: ID!) { withdrawMeetingSpeech(id: $id) { status } }`, { id: sid })).data.withdrawMeetingSpeech.status).toBe("WITHDRAWN");
    expect((await execAs(c.staff, REVIEW, { id: sid, a: "select" })).code).toBe("INVALID_TRANSITION");
    expect((await execAs(a.viewer, `{ myMeetingSpeeches { title status } }`)).data.myMeetingSpeeches).toEqual([{ title: "定稿", status: "WITHDRAWN" }]);
    expect((await execAs(a.viewer, REVIEW, { id: sid, a: "select" })).code).toBe("FORBIDDEN");
  });
});
