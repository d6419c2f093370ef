import { beforeAll, describe, expect, it } from "vitest";
import { execAs } from "../../../test/support/gql";
import { issueCheckInCode, verifyCheckInCode } from "./check-in-code";
import { createCommittee, eventsOf, publishedMeeting, Q } from "./meetings.fixtures";

beforeAll(() => {
  process.env.CHECKIN_SECRET = "test-secret-for-check-in-codes-0123456789";
});

async function setup() {
  const c = await createCommittee();
  const a = await c.member("甲", { sector: 1 });
  const outsider = await c.member("乙", { sector: 0 });
  const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[1]!.id] });
  const code = (await execAs(c.staff, Q.code, { m: id, v: 10 })).data.meetingCheckInCode;
  return { c, a, outsider, id, code };
}
const failure = (r: { code?: string; errors?: { message: string }[] }) => [r.code, r.errors?.[0]?.message];

describe("扫码签到", () => {
  it("checks a member in with the code on screen: 出席 by QR, one event, harmless when scanned again", async () => {
    const { c, a, id, code } = await setup();
    expect(code.meetingId).toBe(id);
    expect(new Date(code.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    const r = await execAs(a.viewer, Q.checkIn, { m: id, c: code.code });
    expect(r.data.checkInMeeting).toEqual({ attendance: "ATTENDED", attendanceMethod: "QR", member: { name: "甲" } });
    expect((await execAs(a.viewer, Q.checkIn, { m: id, c: code.code })).data.checkInMeeting.attendance).toBe("ATTENDED");
    expect(await eventsOf(c.tenantId, id)).toEqual([{ memberId: a.id, kind: "MEETING_ATTENDED", live: true }]);
  });

  it("refuses an expired code", async () => {
    const { c, a, id } = await setup();
    const expired = issueCheckInCode(c.tenantId, id, new Date(Date.now() - 1000));
    expect(failure(await execAs(a.viewer, Q.checkIn, { m: id, c: expired }))).toEqual(["VALIDATION_FAILED", "签到码已过期，请扫描会场刷新后的二维码"]);
    expect(await eventsOf(c.tenantId, id)).toEqual([]);
  });

  it("refuses another meeting's code", async () => {
    const { c, a, id } = await setup();
    const other = await publishedMeeting(c, { allOfSession: true }, { title: "另一场" });
    const otherCode = (await execAs(c.staff, Q.code, { m: other })).data.meetingCheckInCode.code;
    expect(failure(await execAs(a.viewer, Q.checkIn, { m: id, c: otherCode }))).toEqual(["VALIDATION_FAILED", "该签到码属于另一场会议活动，请扫描本场会议的签到二维码"]);
  });

  it("refuses another committee's code, even for a meeting id of its own", async () => {
    const { a, id } = await setup();
    const b = await createCommittee();
    await b.member("外会委员");
    const theirs = await publishedMeeting(b, { allOfSession: true });
    const theirCode = (await execAs(b.staff, Q.code, { m: theirs })).data.meetingCheckInCode.code;
    expect(failure(await execAs(a.viewer, Q.checkIn, { m: id, c: theirCode }))).toEqual(["FORBIDDEN", "该签到码属于其他委员会的会议，不能在本委员会签到"]);
    expect(failure(await execAs(a.viewer, Q.checkIn, { m: theirs, c: theirCode }))).toEqual(["FORBIDDEN", "该签到码属于其他委员会的会议，不能在本委员会签到"]);
  });

  it("refuses a tampered or malformed code", async () => {
    const { a, id, code } = await setup();
    const [v, t, m, exp, sig] = code.code.split(".");
    const longer = [v, t, m, Number(exp) + 86_400, sig].join(".");
    const flipped = [v, t, m, exp, (sig[0] === "A" ? "B" : "A") + sig.slice(1)].join(".");
    for (const bad of [longer, flipped]) expect(failure(await execAs(a.viewer, Q.checkIn, { m: id, c: bad }))).toEqual(["VALIDATION_FAILED", "签到码无效或已被篡改，请重新扫描会场二维码"]);
    for (const junk of ["hello", `${code.code}.x`, "v2." + code.code.slice(3)])
      expect(failure(await execAs(a.viewer, Q.checkIn, { m: id, c: junk }))).toEqual(["VALIDATION_FAILED", "签到码无效，请扫描会场显示的签到二维码"]);
  });

  it("refuses a member who is not invited, codes for unpublished items, and codes signed with another secret", async () => {
    const { c, outsider, id, code } = await setup();
    expect(failure(await execAs(outsider.viewer, Q.checkIn, { m: id, c: code.code }))).toEqual(["FORBIDDEN", "您不在本次会议的邀请名单中"]);
    expect((await execAs(outsider.viewer, Q.code, { m: id })).code).toBe("FORBIDDEN");
    const draft = await execAs(c.staff, Q.create, { i: { kindId: c.kinds.meeting.id, sessionId: c.session.id, title: "草稿", startsAt: new Date(), endsAt: new Date(), place: "x" } });
    expect(failure(await execAs(c.staff, Q.code, { m: draft.data.createMeeting.id }))).toEqual(["INVALID_TRANSITION", "草稿的会议不能签到"]);

    const secret = process.env.CHECKIN_SECRET;
    process.env.CHECKIN_SECRET = "another-deployment-secret-9876543210-abcdef";
    const foreign = issueCheckInCode(c.tenantId, id, new Date(Date.now() + 60_000));
    process.env.CHECKIN_SECRET = secret;
    expect(() => verifyCheckInCode(foreign, { tenantId: c.tenantId, meetingId: id })).toThrow("签到码无效或已被篡改");
  });

  it("closes check-in when the item is finished", async () => {
    const { c, a, id, code } = await setup();
    await execAs(c.staff, Q.finish, { id });
    expect(failure(await execAs(a.viewer, Q.checkIn, { m: id, c: code.code }))).toEqual(["INVALID_TRANSITION", "会议已结束，不能签到"]);
  });
});
