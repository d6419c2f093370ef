import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import { createRuleSet, createWorld } from "./performance.fixtures";

const SCORE = `query($m: ID!) { performanceScoreExplanation(memberId: $m, period: { assessmentType: ANNUAL, year: 2025 }) { total lines { kind sourceType sourceId points note } } }`;
const MATERIAL = `id status statusLabel title occurredOn returnReason reviewerName enteredByStaff member { name } attachments { name size url }`;
const SUBMIT = `mutation($i: PerformanceMaterialInput!) { submitPerformanceMaterial(input: $i) { ${MATERIAL} } }`;
const input = { title: "调研报告：城区老旧小区改造", content: "参加市政协组织的专题调研并形成报告。", occurredOn: "2025-06-18", attachments: [{ name: "调研报告.pdf", size: 120034, contentType: "application/pdf", url: "/files/abc" }] };

async function world() {
  const w = await createWorld();
  const { user, viewer: memberViewer } = await createUser(w.tenantId, ["MEMBER"]);
  const memberId = await w.member({ name: "张委员", userId: user.id });
  await createRuleSet(w, { effectiveFrom: "2025-01-01", rules: [{ kind: "MATERIAL_ACCEPTED", points: 2 }, { kind: "BONUS", points: null, maxPointsPerYear: 10 }] });
  return { w, memberViewer, memberId };
}

describe("其他考核 and 履职材料", () => {
  it("a bonus with its reason is a BONUS event, audited; revoking it keeps the row and takes the points away", async () => {
    const { w, memberId } = await world();
    const add = await execAs(w.staff, `mutation($i: PerformanceBonusInput!) { addPerformanceBonus(input: $i) { id points reason occurredOn createdByName member { name } } }`, {
      i: { memberId, points: 3.5, reason: "牵头完成重点课题调研", occurredOn: "2025-05-04" },
    });
    expect(add.errors).toBeUndefined();
    expect(add.data.addPerformanceBonus).toMatchObject({ points: 3.5, reason: "牵头完成重点课题调研", occurredOn: "2025-05-04", member: { name: "张委员" } });
    const id = add.data.addPerformanceBonus.id;
    await execAs(w.staff, `mutation($i: PerformanceBonusInput!) { addPerformanceBonus(input: $i) { id } }`, { i: { memberId, points: -1, reason: "无故缺席专题协商会", occurredOn: "2025-07-01" } });
    const s = (await execAs(w.staff, SCORE, { m: memberId })).data.performanceScoreExplanation;
    expect(s.total).toBe(2.5);
    expect(s.lines.find((l: any) => l.sourceId === id)).toEqual({ kind: "BONUS", sourceType: "Bonus", sourceId: id, points: 3.5, note: "牵头完成重点课题调研" });
    const audit = await owner.auditLog.findFirstOrThrow({ where: { tenantId: w.tenantId, action: "performance.bonus.add", targetId: id } });
    expect(audit.detail).toMatchObject({ memberId, points: 3.5, reason: "牵头完成重点课题调研" });
    expect(audit.userId).toBe(w.staff.userId);

    const noReason = await execAs(w.staff, `mutation($i: PerformanceBonusInput!) { addPerformanceBonus(input: $i) { id } }`, { i: { memberId, points: 0, reason: "", occurredOn: "2025-05-04" } });
    expect(noReason.errors![0]!.extensions!.fields).toEqual({ points: "分值不能为 0", reason: "请填写加减分理由" });

    const revoke = await execAs(w.staff, `mutation($id: ID!) { revokePerformanceBonus(id: $id, reason: "重复录入") { revoked revokeReason revokedByName } }`, { id });
    expect(revoke.data.revokePerformanceBonus).toEqual({ revoked: true, revokeReason: "重复录入", revokedByName: "测试用户" });
    expect((await execAs(w.staff, SCORE, { m: memberId })).data.performanceScoreExplanation.total).toBe(-1);
    expect(await owner.auditLog.count({ where: { tenantId: w.tenantId, action: "performance.bonus.revoke", targetId: id } })).toBe(1);
    const list = await execAs(w.staff, `{ a: performanceBonuses { total } b: performanceBonuses(includeRevoked: true, year: 2025) { total items { reason revoked } } }`);
    expect([list.data.a.total, list.data.b.total]).toEqual([1, 2]);
  });

  it("a staff member who is also the member cannot score themself; a member cannot add bonuses", async () => {
    const w = await createWorld();
    const { user, viewer } = await createUser(w.tenantId, ["STAFF", "MEMBER_AFFAIRS", "MEMBER"]);
    const own = await w.member({ name: "兼任委员", userId: user.id });
    const r = await execAs(viewer, `mutation($i: PerformanceBonusInput!) { addPerformanceBonus(input: $i) { id } }`, { i: { memberId: own, points: 5, reason: "自评加分", occurredOn: "2025-01-02" } });
    expect([r.code, r.errors![0]!.message]).toEqual(["FORBIDDEN", "不能给本人加减分"]);
    const { viewer: member } = await createUser(w.tenantId, ["MEMBER"]);
    expect((await execAs(member, `mutation($i: PerformanceBonusInput!) { addPerformanceBonus(input: $i) { id } }`, { i: { memberId: own, points: 5, reason: "加分", occurredOn: "2025-01-02" } })).code).toBe("FORBIDDEN");
  });

  it("a member submits; staff accept (an event, scored) and return after all (the event revoked); the member fixes and resubmits", async () => {
    const { w, memberViewer, memberId } = await world();
    const sub = await execAs(memberViewer, SUBMIT, { i: input });
    expect(sub.errors).toBeUndefined();
    const m = sub.data.submitPerformanceMaterial;
    expect(m).toMatchObject({ status: "SUBMITTED", statusLabel: "待审核", enteredByStaff: false, member: { name: "张委员" }, attachments: [{ name: "调研报告.pdf", size: 120034, url: "/files/abc" }] });

    const accept = await execAs(w.staff, `mutation($id: ID!) { acceptPerformanceMaterial(id: $id) { status reviewerName } }`, { id: m.id });
    expect(accept.data.acceptPerformanceMaterial).toEqual({ status: "ACCEPTED", reviewerName: "测试用户" });
    const event = await owner.performanceEvent.findFirstOrThrow({ where: { tenantId: w.tenantId, sourceType: "Material", sourceId: m.id } });
    expect([event.kind, event.memberId, event.revokedAt, event.occurredAt.toISOString()]).toEqual(["MATERIAL_ACCEPTED", memberId, null, "2025-06-17T16:00:00.000Z"]);
    expect((await execAs(w.staff, SCORE, { m: memberId })).data.performanceScoreExplanation.total).toBe(2);
    const again = await execAs(w.staff, `mutation($id: ID!) { acceptPerformanceMaterial(id: $id) { status } }`, { id: m.id });
    expect([again.code, again.errors![0]!.message]).toEqual(["INVALID_TRANSITION", "材料已采纳"]);
    expect((await execAs(memberViewer, `mutation($id: ID!, $i: PerformanceMaterialInput!) { updateMyPerformanceMaterial(id: $id, input: $i) { id } }`, { id: m.id, i: input })).code).toBe("INVALID_TRANSITION");

    const ret = await execAs(w.staff, `mutation($id: ID!) { returnPerformanceMaterial(id: $id, reason: "请补充调研报告全文") { status returnReason } }`, { id: m.id });
    expect(ret.data.returnPerformanceMaterial).toEqual({ status: "RETURNED", returnReason: "请补充调研报告全文" });
    expect((await owner.performanceEvent.findFirstOrThrow({ where: { id: event.id } })).revokedAt).not.toBeNull();
    expect((await execAs(w.staff, SCORE, { m: memberId })).data.performanceScoreExplanation.total).toBe(0);
    expect((await execAs(w.staff, `mutation($id: ID!) { acceptPerformanceMaterial(id: $id) { status } }`, { id: m.id })).errors![0]!.message).toBe("已退回的材料须委员修改后重新提交");

    const fixed = await execAs(memberViewer, `mutation($id: ID!, $i: PerformanceMaterialInput!) { updateMyPerformanceMaterial(id: $id, input: $i) { status returnReason content } }`, { id: m.id, i: { ...input, content: "补充了调研报告全文。" } });
    expect(fixed.data.updateMyPerformanceMaterial).toEqual({ status: "SUBMITTED", returnReason: null, content: "补充了调研报告全文。" });
    await execAs(w.staff, `mutation($id: ID!) { acceptPerformanceMaterial(id: $id) { status } }`, { id: m.id });
    expect(await owner.performanceEvent.count({ where: { tenantId: w.tenantId, sourceId: m.id, revokedAt: null } })).toBe(1);
    expect((await execAs(w.staff, SCORE, { m: memberId })).data.performanceScoreExplanation.total).toBe(2);
    const actions = (await owner.auditLog.findMany({ where: { tenantId: w.tenantId, targetId: m.id }, orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["performance.material.submit", "performance.material.accept", "performance.material.return", "performance.material.resubmit", "performance.material.accept"]);
  });

  it("staff enter and edit on a member's behalf; members see only their own; lists filter by status and name", async () => {
    const { w, memberViewer, memberId } = await world();
    const other = await w.member({ name: "李委员" });
    const entered = await execAs(w.staff, `mutation($m: ID!, $i: PerformanceMaterialInput!) { createPerformanceMaterial(memberId: $m, input: $i) { ${MATERIAL} } }`, { m: other, i: { ...input, title: "视察报告" } });
    expect(entered.data.createPerformanceMaterial).toMatchObject({ enteredByStaff: true, status: "SUBMITTED", member: { name: "李委员" } });
    const otherId = entered.data.createPerformanceMaterial.id;
    await execAs(memberViewer, SUBMIT, { i: input });
    const mine = await execAs(memberViewer, `{ myPerformanceMaterials { total items { title member { name } } } }`);
    expect(mine.data.myPerformanceMaterials).toEqual({ total: 1, items: [{ title: input.title, member: { name: "张委员" } }] });
    // Someone else's material is invisible to the member, whatever the id.
    const steal = await execAs(memberViewer, `mutation($id: ID!, $i: PerformanceMaterialInput!) { updateMyPerformanceMaterial(id: $id, input: $i) { id } }`, { id: otherId, i: input });
    expect(steal.code).toBe("NOT_FOUND");
    expect((await execAs(memberViewer, `mutation($id: ID!) { deleteMyPerformanceMaterial(id: $id) }`, { id: otherId })).code).toBe("NOT_FOUND");
    expect((await execAs(memberViewer, `{ performanceMaterials { total } }`)).code).toBe("FORBIDDEN");

    await execAs(w.staff, `mutation($id: ID!) { acceptPerformanceMaterial(id: $id) { id } }`, { id: otherId });
    const edit = await execAs(w.staff, `mutation($id: ID!, $i: PerformanceMaterialInput!) { updatePerformanceMaterial(id: $id, input: $i) { occurredOn status } }`, { id: otherId, i: { ...input, title: "视察报告", occurredOn: "2025-08-01" } });
    expect(edit.data.updatePerformanceMaterial).toEqual({ occurredOn: "2025-08-01", status: "ACCEPTED" });
    expect((await owner.performanceEvent.findFirstOrThrow({ where: { tenantId: w.tenantId, sourceId: otherId } })).occurredAt.toISOString()).toBe("2025-07-31T16:00:00.000Z");

    const q = (args: string) => execAs(w.staff, `{ performanceMaterials(${args}) { total items { title } } }`);
    expect((await q("status: SUBMITTED")).data.performanceMaterials).toEqual({ total: 1, items: [{ title: input.title }] });
    expect((await q(`search: "李委员"`)).data.performanceMaterials).toEqual({ total: 1, items: [{ title: "视察报告" }] });
    expect((await q(`memberId: "${memberId}", year: 2025`)).data.performanceMaterials.total).toBe(1);
    const future = await execAs(memberViewer, SUBMIT, { i: { ...input, occurredOn: "2099-01-01" } });
    expect(future.errors![0]!.message).toBe("履职日期不能晚于今天");
  });
});
