import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { beijingToday } from "@zhzx/shared";
import { createDicts, createMember, createSession } from "../members/members.fixtures";

const FIELDS = `id title status recipientCount readCount version`;
const CREATE = `mutation($i: NoticeInputType!) { createNotice(input: $i) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { ${FIELDS} } }`;
const READ = `mutation($id: ID!) { readMyNotice(id: $id) { title readAt } }`;
const MINE = `{ myNotices { total unread items { id title readAt } } }`;

async function committee(members: number) {
  const tenant = await createTenant();
  const dicts = await createDicts(tenant.id);
  const session = await createSession(tenant.id, { isCurrent: true });
  const old = await createSession(tenant.id, { number: 14 });
  const { viewer: office } = await createUser(tenant.id, ["STAFF", "MEMBER_AFFAIRS"]);
  const { viewer: staff } = await createUser(tenant.id, ["STAFF"]);
  const people = [];
  for (let i = 0; i < members; i++) {
    const { user, viewer } = await createUser(tenant.id, ["MEMBER"]);
    await createMember(tenant.id, dicts, { name: `委员${i}`, userId: user.id, terms: [{ sessionId: session.id, sector: i % 2 }, { sessionId: old.id, sector: 2 }] });
    people.push(viewer);
  }
  return { tenant, dicts, office, staff, people };
}

describe("通知公告", () => {
  it("publishing fixes the recipients, one receipt and one notification each; reading stamps the receipt once", async () => {
    const c = await committee(4);
    const d = (await execAs(c.office, CREATE, { i: { title: "关于召开十五届三次常委会议的通知", body: "各位委员：\n定于 12 月 5 日召开……", audience: "ALL_MEMBERS" } })).data.createNotice;
    expect(d).toMatchObject({ status: "DRAFT", recipientCount: 0 });
    expect((await execAs(c.people[0]!, MINE)).data.myNotices.total).toBe(0);

    const p = (await execAs(c.office, PUBLISH, { id: d.id, v: d.version })).data.publishNotice;
    expect(p).toMatchObject({ status: "PUBLISHED", recipientCount: 4, readCount: 0 });
    expect(await owner.notification.count({ where: { tenantId: c.tenant.id, sourceId: d.id, kind: "notice.published" } })).toBe(4);
    expect((await execAs(c.office, PUBLISH, { id: d.id, v: p.version })).code).toBe("INVALID_TRANSITION");
    // Staff who are not members are not recipients of an ALL_MEMBERS notice.
    expect((await execAs(c.staff, MINE)).data.myNotices.total).toBe(0);

    const first = (await execAs(c.people[0]!, READ, { id: d.id })).data.readMyNotice;
    const again = (await execAs(c.people[0]!, READ, { id: d.id })).data.readMyNotice;
    expect(again.readAt).toBe(first.readAt);
    expect((await execAs(c.people[0]!, MINE)).data.myNotices).toMatchObject({ total: 1, unread: 0 });
    expect(await owner.notification.count({ where: { tenantId: c.tenant.id, sourceId: d.id, userId: c.people[0]!.userId, readAt: null } })).toBe(0);
    expect((await execAs(c.office, `query($id: ID!) { notice(id: $id) { readCount } }`, { id: d.id })).data.notice.readCount).toBe(1);
    const unread = (await execAs(c.office, `query($id: ID!) { noticeReceipts(noticeId: $id, read: false) { total items { userId } } }`, { id: d.id })).data.noticeReceipts;
    expect(unread.total).toBe(3);
    expect(unread.items.map((x: { userId: string }) => x.userId)).not.toContain(c.people[0]!.userId);

    // Remind the unread: once, not again within the hour.
    expect((await execAs(c.office, `mutation($id: ID!) { remindNoticeUnread(id: $id) }`, { id: d.id })).data.remindNoticeUnread).toBe(3);
    expect((await execAs(c.office, `mutation($id: ID!) { remindNoticeUnread(id: $id) }`, { id: d.id })).code).toBe("VALIDATION_FAILED");

    // Withdrawn: gone from the members' lists, the reason kept.
    const w = await execAs(c.office, `mutation($id: ID!, $v: Int!) { withdrawNotice(id: $id, version: $v, reason: "时间调整，另行通知") { status withdrawReason } }`, { id: d.id, v: p.version });
    expect(w.data.withdrawNotice).toEqual({ status: "WITHDRAWN", withdrawReason: "时间调整，另行通知" });
    expect((await execAs(c.people[1]!, MINE)).data.myNotices.total).toBe(0);
    expect((await execAs(c.people[1]!, READ, { id: d.id })).code).toBe("NOT_FOUND");
    const audit = await owner.auditLog.findMany({ where: { tenantId: c.tenant.id, targetId: d.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["notice.create", "notice.publish", "notice.remind", "notice.withdraw"]);
  });

  it("SELECTED reaches members whose current term is in a chosen group; bad input gets Chinese messages", async () => {
    const c = await committee(4);
    const none = await execAs(c.office, CREATE, { i: { title: "经济界座谈", body: "正文", audience: "SELECTED" } });
    expect([none.code, none.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "请至少选择一个界别、党派或专委会"]);
    const empty = await execAs(c.office, CREATE, { i: { title: "  ", body: "正文", audience: "ALL_MEMBERS" } });
    expect(empty.errors?.[0]?.message).toBe("请输入标题");
    // The 14th session's sector (index 2) does not count: only the current term does.
    const old = (await execAs(c.office, CREATE, { i: { title: "旧界别", body: "正文", audience: "SELECTED", sectorIds: [c.dicts.SECTOR[2]!.id] } })).data.createNotice;
    expect((await execAs(c.office, PUBLISH, { id: old.id, v: old.version })).errors?.[0]?.message).toBe("发送范围内没有接收人，请调整发送范围");
    const n = (await execAs(c.office, CREATE, { i: { title: "经济界座谈", body: "正文", audience: "SELECTED", sectorIds: [c.dicts.SECTOR[0]!.id] } })).data.createNotice;
    const p = (await execAs(c.office, PUBLISH, { id: n.id, v: n.version })).data.publishNotice;
    expect(p.recipientCount).toBe(2);
    expect((await execAs(c.people[0]!, MINE)).data.myNotices.total).toBe(1);
    expect((await execAs(c.people[1]!, MINE)).data.myNotices.total).toBe(0);
    // A group of another committee is refused.
    const other = await createTenant();
    const otherDicts = await createDicts(other.id, "x");
    const foreign = await execAs(c.office, CREATE, { i: { title: "跨会", body: "正文", audience: "SELECTED", partyIds: [otherDicts.PARTY[0]!.id] } });
    expect(foreign.errors?.[0]?.message).toBe("所选界别、党派或专委会不存在");
    // Only notice:manage may publish; a member may not read the staff list.
    expect((await execAs(c.staff, CREATE, { i: { title: "x", body: "y", audience: "ALL_MEMBERS" } })).code).toBe("FORBIDDEN");
    expect((await execAs(c.people[0]!, `{ notices { total } }`)).code).toBe("FORBIDDEN");
  });

  it("a notice to 400 members is 400 receipts and 400 notifications written by two statements", async () => {
    const tenant = await createTenant();
    const { viewer: office } = await createUser(tenant.id, ["STAFF", "MEETING_AFFAIRS"]);
    // Members as bare accounts (the fan-out reads tenant_membership only for ALL_MEMBERS).
    const users = await owner.user.createManyAndReturn({ data: Array.from({ length: 400 }, (_, i) => ({ username: `fan-${tenant.id.slice(0, 8)}-${i}`, displayName: `委员${i}`, passwordHash: "x" })) });
    await owner.tenantMembership.createMany({ data: users.map((u) => ({ tenantId: tenant.id, userId: u.id, roles: ["MEMBER" as const] })) });
    const n = (await execAs(office, CREATE, { i: { title: "全体委员通知", body: "正文", audience: "ALL_MEMBERS" } })).data.createNotice;
    const p = (await execAs(office, PUBLISH, { id: n.id, v: n.version })).data.publishNotice;
    expect(p.recipientCount).toBe(400);
    expect(await owner.noticeReceipt.count({ where: { tenantId: tenant.id, noticeId: n.id } })).toBe(400);
    expect(await owner.notification.count({ where: { tenantId: tenant.id, sourceId: n.id } })).toBe(400);
  });
  it("征集通知: a call needs a closing day, reaches members and collective users, and is open through that day", async () => {
    const c = await committee(2);
    const { viewer: collective } = await createUser(c.tenant.id, ["COLLECTIVE"]);
    const { viewer: unit } = await createUser(c.tenant.id, ["HANDLING_UNIT"]);
    const call = (deadline?: string) => ({ i: { kind: "PROPOSAL_CALL", deadline, title: "关于征集十五届四次会议提案的通知", body: "请围绕中心工作提出提案。", audience: "MEMBERS_AND_COLLECTIVES" } });
    const noDay = await execAs(c.office, CREATE, call());
    expect([noDay.code, noDay.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "征集通知须填写截止日期"]);
    expect((await execAs(c.office, CREATE, call("2020-01-01"))).errors?.[0]?.message).toBe("截止日期不能早于今天");
    expect((await execAs(c.office, CREATE, call("2026-02-30"))).errors?.[0]?.message).toBe("截止日期无效");

    const today = beijingToday();
    const n = (await execAs(c.office, CREATE, call(today))).data.createNotice;
    const p = (await execAs(c.office, PUBLISH, { id: n.id, v: n.version })).data.publishNotice;
    expect(p.recipientCount).toBe(3); // two members and the collective user, not the handling unit
    expect((await execAs(unit, MINE)).data.myNotices.total).toBe(0);
    const OPEN = `{ myNotices(openCallsOnly: true) { total items { kind deadline open title } } }`;
    expect((await execAs(collective, OPEN)).data.myNotices).toEqual({ total: 1, items: [{ kind: "PROPOSAL_CALL", deadline: today, open: true, title: "关于征集十五届四次会议提案的通知" }] });
    const notifications = await owner.notification.findMany({ where: { tenantId: c.tenant.id, sourceId: n.id } });
    expect(notifications.map((x) => x.title)).toEqual(Array(3).fill("提案征集：关于征集十五届四次会议提案的通知"));

    // After its closing day the call is still readable but no longer open; a general notice has no day.
    await owner.notice.update({ where: { tenantId_id: { tenantId: c.tenant.id, id: n.id } }, data: { deadline: new Date("2026-01-01T00:00:00Z") } });
    expect((await execAs(collective, OPEN)).data.myNotices.total).toBe(0);
    expect((await execAs(collective, `{ myNotices(kind: PROPOSAL_CALL) { items { open deadline } } }`)).data.myNotices.items).toEqual([{ open: false, deadline: "2026-01-01" }]);
    const g = (await execAs(c.office, CREATE, { i: { kind: "GENERAL", deadline: today, title: "普通通知", body: "正文", audience: "ALL_MEMBERS" } })).data.createNotice;
    const listed = (await execAs(c.office, `{ notices(kind: GENERAL) { total items { id kind deadline } } }`)).data.notices;
    expect(listed).toEqual({ total: 1, items: [{ id: g.id, kind: "GENERAL", deadline: null }] });
  });
});
