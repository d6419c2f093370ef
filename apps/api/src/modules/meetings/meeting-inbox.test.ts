import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createCommittee, publishedMeeting, Q } from "./meetings.fixtures";

const todosOf = (tenantId: string, userId: string, meetingId: string) =>
  owner.todoItem.findMany({ where: { tenantId, assigneeUserId: userId, sourceId: meetingId, kind: "meeting.rsvp" } });
const noticesOf = async (tenantId: string, userId: string, meetingId: string) =>
  (await owner.notification.findMany({ where: { tenantId, userId, sourceId: meetingId }, orderBy: { createdAt: "asc" } })).map((n) => `${n.kind}:${n.title}`);

describe("会议活动通知进入消息与待办", () => {
  it("an invitation is a message and a 回执 to-do; replying closes it; cancelling tells everyone and closes the rest", async () => {
    const c = await createCommittee();
    const a = await c.member("甲委员", { sector: 0 });
    const b = await c.member("乙委员", { sector: 0 });
    const start = new Date(Date.now() + 86_400_000);
    const id = await publishedMeeting(c, { sectorIds: [c.dicts.SECTOR[0]!.id] }, { title: "常委会第六次会议", startsAt: start, endsAt: new Date(start.getTime() + 7200_000) });

    expect(await noticesOf(c.tenantId, a.user.id, id)).toEqual(["meeting.invited:会议活动邀请：常委会第六次会议"]);
    const [todo] = await todosOf(c.tenantId, a.user.id, id);
    expect(todo).toMatchObject({ title: "请回执：常委会第六次会议", link: `/portal/meetings/${id}`, doneAt: null });
    expect(todo!.dueAt?.getTime()).toBe(start.getTime());
    expect(await owner.meetingNotice.count({ where: { tenantId: c.tenantId, meetingId: id, deliveredAt: null } })).toBe(0);

    const r = await execAs(a.viewer, Q.reply, { m: id, i: { reply: "ATTEND" } });
    expect(r.errors).toBeUndefined();
    expect((await todosOf(c.tenantId, a.user.id, id))[0]!.doneAt).not.toBeNull();
    expect((await todosOf(c.tenantId, b.user.id, id))[0]!.doneAt).toBeNull();

    await execAs(c.staff, Q.cancel, { id, r: "会期调整" });
    expect(await noticesOf(c.tenantId, b.user.id, id)).toEqual(["meeting.invited:会议活动邀请：常委会第六次会议", "meeting.cancelled:会议活动已取消：常委会第六次会议"]);
    const cancelled = await owner.notification.findFirstOrThrow({ where: { tenantId: c.tenantId, userId: b.user.id, kind: "meeting.cancelled" } });
    expect(cancelled.body).toContain("原因：会期调整");
    expect((await todosOf(c.tenantId, b.user.id, id))[0]!.doneAt).not.toBeNull();
  });
});
