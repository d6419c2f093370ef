import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { adoptedItem, createCommittee, createMemberAccount, draftAndSubmit, ok } from "./opinions.fixtures";

const todos = async (tenantId: string, id: string) =>
  (await owner.todoItem.findMany({ where: { tenantId, sourceId: id, doneAt: null } })).map((t) => `${t.kind}→${t.assigneePermission ?? t.assigneeUserId}`);
const notices = async (tenantId: string, userId: string, id: string) =>
  (await owner.notification.findMany({ where: { tenantId, userId, sourceId: id }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
const perf = async (tenantId: string, id: string) =>
  (await owner.performanceEvent.findMany({ where: { tenantId, sourceId: id, revokedAt: null }, orderBy: { kind: "asc" } })).map((e) => e.kind);

describe("社情民意 moves reach the inbox and duty performance", () => {
  it("submitting queues it for the editors and counts 报送; adoption clears the queue, tells the member and counts 采用", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "周委员");
    const s = await draftAndSubmit(member, "关于规范共享单车停放的建议");
    expect(await todos(c.tenant.id, s.id)).toEqual(["opinion.review→opinion:review"]);
    expect(await perf(c.tenant.id, s.id)).toEqual(["OPINION_SUBMITTED"]);

    const a = await adoptedItem(member, c.editor, "关于增设城区公共厕所的建议");
    expect(await todos(c.tenant.id, a.id)).toEqual([]);
    expect(await perf(c.tenant.id, a.id)).toEqual(["OPINION_ADOPTED", "OPINION_SUBMITTED"]);
    expect(await notices(c.tenant.id, member.userId, a.id)).toEqual(["opinion.adopted"]);
  });

  it("returning it takes back the 报送 count until it is submitted again, and tells the member", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "吴委员");
    const s = await draftAndSubmit(member, "关于加强老年人防诈骗宣传的建议");
    await ok(c.editor, `mutation($id: ID!, $v: Int!) { returnOpinion(id: $id, version: $v, reason: "请补充具体案例") { state } }`, { id: s.id, v: s.version });
    expect(await todos(c.tenant.id, s.id)).toEqual([]);
    expect(await perf(c.tenant.id, s.id)).toEqual([]);
    expect(await notices(c.tenant.id, member.userId, s.id)).toEqual(["opinion.returned"]);
  });
});
