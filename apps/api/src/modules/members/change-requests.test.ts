import { readMobile } from "./member-pii";
import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createDicts, createMember, createSession } from "./members.fixtures";

const SUBMIT = `mutation($i: MemberProfilePatch!) { submitMemberChangeRequest(input: $i) { id status changes { field label from to } } }`;
const APPROVE = `mutation($id: ID!) { approveMemberChangeRequest(id: $id) { status reviewerName changes { field from to } } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectMemberChangeRequest(id: $id, reason: $r) { status rejectReason } }`;
const QUEUE = `query($s: ChangeRequestStatus) { memberChangeRequests(status: $s) { total items { id memberName status changes { field from to } } } }`;
const MINE = `{ myMemberChangeRequests { id status rejectReason reviewerName changes { field from to } } }`;

async function setup() {
  const t = await createTenant();
  const dicts = await createDicts(t.id);
  const session = await createSession(t.id, { number: 15, isCurrent: true });
  const { user, viewer: member } = await createUser(t.id, ["MEMBER"]);
  const memberId = await createMember(t.id, dicts, { name: "张华强", mobile: "13812345678", userId: user.id, terms: [{ sessionId: session.id }] });
  const { viewer: staff } = await createUser(t.id, ["STAFF", "MEMBER_AFFAIRS"]);
  return { t, dicts, member, memberId, staff };
}

describe("member change requests (委员信息审核)", () => {
  it("a member's edit waits for approval; approval applies it and is audited; the member sees the outcome", async () => {
    const { t, dicts, member, memberId, staff } = await setup();
    const sub = await execAs(member, SUBMIT, { i: { mobile: "13900001111", workUnitTitle: "大同市教育局 副局长", educationId: dicts.EDUCATION[1]!.id, nativePlace: null } });
    expect(sub.errors).toBeUndefined();
    const req = sub.data.submitMemberChangeRequest;
    expect(req.status).toBe("PENDING");
    // nativePlace was already empty: only real changes are recorded; the member sees their own number in full.
    expect(req.changes).toEqual([
      { field: "educationId", label: "学历", from: "研究生", to: "本科" },
      { field: "workUnitTitle", label: "工作单位职务", from: "大同市某单位 主任", to: "大同市教育局 副局长" },
      { field: "mobile", label: "手机号码", from: "13812345678", to: "13900001111" },
    ]);
    // Nothing applied yet.
    expect(readMobile(await owner.memberProfile.findFirstOrThrow({ where: { id: memberId } }))).toBe("13812345678");

    const queue = await execAs(staff, QUEUE, { s: "PENDING" });
    expect(queue.data.memberChangeRequests.total).toBe(1);
    // The office's inbox shows it as a to-do; the member has no to-do.
    const TODOS = `{ myTodos { items { kind title } } }`;
    expect((await execAs(staff, TODOS)).data.myTodos.items).toEqual([{ kind: "member.change_request.review", title: "张华强 申请修改委员信息，待审核" }]);
    expect((await execAs(member, TODOS)).data.myTodos.items).toEqual([]);
    expect(queue.data.memberChangeRequests.items[0].changes.find((c: any) => c.field === "mobile")).toEqual({ field: "mobile", from: "138****5678", to: "13900001111" });

    // The member cannot approve, and cannot stack a second request.
    expect((await execAs(member, APPROVE, { id: req.id })).code).toBe("FORBIDDEN");
    const second = await execAs(member, SUBMIT, { i: { workAddress: "大同市平城区文兴路 1 号" } });
    expect(second.code).toBe("CONFLICT");
    expect(second.errors![0]!.message).toMatch(/待审核/);

    const ok = await execAs(staff, APPROVE, { id: req.id });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.approveMemberChangeRequest).toMatchObject({ status: "APPROVED", reviewerName: "测试用户" });
    const after = await owner.memberProfile.findFirstOrThrow({ where: { id: memberId } });
    expect([readMobile(after), after.workUnitTitle, after.educationId]).toEqual(["13900001111", "大同市教育局 副局长", dicts.EDUCATION[1]!.id]);

    const audits = await owner.auditLog.findMany({ where: { tenantId: t.id, action: { startsWith: "member." } }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["member.change_request.submit", "member.change_request.approve", "member.update"]);
    expect(audits[2]!.targetId).toBe(memberId);
    expect(JSON.stringify(audits[2]!.detail)).toContain("139****1111");
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain("13900001111");

    const mine = await execAs(member, MINE);
    expect(mine.data.myMemberChangeRequests.map((r: any) => r.status)).toEqual(["APPROVED"]);
    // Decided: off the office's queue, and the member is told.
    expect((await execAs(staff, `{ myTodos { total } }`)).data.myTodos.total).toBe(0);
    expect((await execAs(member, `{ myNotifications { unread items { kind title } } }`)).data.myNotifications).toEqual({
      unread: 1,
      items: [{ kind: "member.change_request.approved", title: "您的信息修改申请已通过，已生效" }],
    });
    expect((await execAs(staff, APPROVE, { id: req.id })).code).toBe("INVALID_TRANSITION");
  });

  it("staff reject with a reason; nothing changes; the member sees the reason and may submit again", async () => {
    const { t, memberId, member, staff } = await setup();
    const req = (await execAs(member, SUBMIT, { i: { name: "张华" } })).data.submitMemberChangeRequest;
    const noReason = await execAs(staff, REJECT, { id: req.id, r: "  " });
    expect(noReason.code).toBe("VALIDATION_FAILED");
    expect(noReason.errors![0]!.message).toBe("请填写驳回理由");
    const rej = await execAs(staff, REJECT, { id: req.id, r: "姓名变更须提供户籍证明" });
    expect(rej.data.rejectMemberChangeRequest).toEqual({ status: "REJECTED", rejectReason: "姓名变更须提供户籍证明" });
    expect((await owner.memberProfile.findFirstOrThrow({ where: { id: memberId } })).name).toBe("张华强");
    const mine = await execAs(member, MINE);
    expect(mine.data.myMemberChangeRequests[0]).toMatchObject({ status: "REJECTED", rejectReason: "姓名变更须提供户籍证明", reviewerName: "测试用户" });
    expect(await owner.auditLog.count({ where: { tenantId: t.id, action: "member.change_request.reject", targetId: req.id } })).toBe(1);
    expect((await execAs(member, SUBMIT, { i: { name: "张华" } })).errors).toBeUndefined();
  });

  it("checks the member's input with Chinese messages, and refuses an empty change", async () => {
    const { member } = await setup();
    const bad = await execAs(member, SUBMIT, { i: { mobile: "12345" } });
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(bad.errors![0]!.extensions!.fields).toEqual({ mobile: "手机号码应为 11 位大陆手机号" });
    const future = await execAs(member, SUBMIT, { i: { birthDate: "2999-01-01" } });
    expect(future.errors![0]!.message).toBe("出生日期不能晚于今天");
    const same = await execAs(member, SUBMIT, { i: { name: "张华强", mobile: "13812345678" } });
    expect(same.errors![0]!.message).toBe("没有修改任何内容");
    const { viewer: noProfile } = await createUser(member.activeTenantId, ["MEMBER"]);
    expect((await execAs(noProfile, SUBMIT, { i: { name: "李四" } })).code).toBe("NOT_FOUND");
  });

  it("staff of another committee can neither see nor decide the request", async () => {
    const { member, memberId } = await setup();
    const b = await createTenant();
    const { viewer: staffB } = await createUser(b.id, ["STAFF", "MEMBER_AFFAIRS"]);
    const req = (await execAs(member, SUBMIT, { i: { workAddress: "大同市云冈区" } })).data.submitMemberChangeRequest;
    expect((await execAs(staffB, QUEUE, {})).data.memberChangeRequests.total).toBe(0);
    expect((await execAs(staffB, APPROVE, { id: req.id })).code).toBe("NOT_FOUND");
    expect((await execAs(staffB, `query($id: ID!) { member(id: $id) { id } }`, { id: memberId })).code).toBe("NOT_FOUND");
    expect((await owner.memberChangeRequest.findFirstOrThrow({ where: { id: req.id } })).status).toBe("PENDING");
  });

  it("refuses to approve over a profile changed since, and refuses self-review", async () => {
    const { t, dicts, memberId, member, staff } = await setup();
    const req = (await execAs(member, SUBMIT, { i: { mobile: "13700000000" } })).data.submitMemberChangeRequest;
    const upd = await execAs(staff, `mutation($id: ID!) { updateMember(id: $id, input: { mobile: "13600000000" }) { mobile } }`, { id: memberId });
    expect(upd.data.updateMember.mobile).toBe("136****0000");
    const stale = await execAs(staff, APPROVE, { id: req.id });
    expect(stale.code).toBe("CONFLICT");
    expect(stale.errors![0]!.message).toMatch(/手机号码已被修改/);

    // A staff member who is also a member cannot approve their own request.
    const { user, viewer: both } = await createUser(t.id, ["STAFF", "MEMBER_AFFAIRS", "MEMBER"]);
    await createMember(t.id, dicts, { name: "王五", userId: user.id });
    const own = (await execAs(both, SUBMIT, { i: { name: "王武" } })).data.submitMemberChangeRequest;
    expect((await execAs(both, APPROVE, { id: own.id })).code).toBe("FORBIDDEN");
  });

  it("a member withdraws a pending request once", async () => {
    const { member } = await setup();
    const req = (await execAs(member, SUBMIT, { i: { formerName: "张小强" } })).data.submitMemberChangeRequest;
    const CANCEL = `mutation($id: ID!) { cancelMemberChangeRequest(id: $id) { status } }`;
    expect((await execAs(member, CANCEL, { id: req.id })).data.cancelMemberChangeRequest.status).toBe("CANCELLED");
    expect((await execAs(member, CANCEL, { id: req.id })).code).toBe("CONFLICT");
  });
});
