import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createCommittee, createMemberAccount, draftAndSubmit, ok } from "./opinions.fixtures";

const EDIT = `mutation($id: ID!, $i: OpinionTextEditInput!) { editOpinionText(id: $id, input: $i) { title content version state } }`;

describe("社情民意 review", () => {
  it("an editor's edit during review keeps the original: versions and a line diff", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "孙委员");
    const original = "大同古城旅游旺季交通拥堵。\n建议增设公交专线。\n建议开放机关停车场。";
    const s = await draftAndSubmit(member, "关于古城交通的建议", original);
    const edited = "大同古城旅游旺季交通拥堵严重。\n建议增设公交专线。\n建议节假日开放机关停车场。\n建议发布实时停车信息。";
    // A member may not edit once submitted; a leader may not edit at all.
    expect((await execAs(member, EDIT, { id: s.id, i: { version: s.version, title: "x", content: "y" } })).code).toBe("FORBIDDEN");
    expect((await execAs(c.leader, EDIT, { id: s.id, i: { version: s.version, title: "x", content: "y" } })).code).toBe("FORBIDDEN");
    const e = (await ok(c.editor, EDIT, { id: s.id, i: { version: s.version, title: "关于缓解古城旅游交通拥堵的建议", content: edited, note: "压缩文字" } })).editOpinionText;
    expect(e).toEqual({ title: "关于缓解古城旅游交通拥堵的建议", content: edited, version: s.version + 1, state: "SUBMITTED" });
    // The stale version is refused; an unchanged text too.
    expect((await execAs(c.editor, EDIT, { id: s.id, i: { version: s.version, title: "x", content: "y" } })).code).toBe("CONFLICT");
    expect((await execAs(c.editor, EDIT, { id: s.id, i: { version: e.version, title: e.title, content: edited } })).code).toBe("VALIDATION_FAILED");

    const v = await ok(c.editor, `query($id: ID!) { opinionVersions(id: $id) { no title content editorName note } }`, { id: s.id });
    expect(v.opinionVersions).toEqual([
      { no: 1, title: "关于古城交通的建议", content: original, editorName: "孙委员", note: "报送原稿" },
      { no: 2, title: "关于缓解古城旅游交通拥堵的建议", content: edited, editorName: "测试用户", note: "压缩文字" },
    ]);
    const d = (await ok(c.editor, `query($id: ID!) { opinionDiff(id: $id) { fromNo toNo titleChanged added removed lines { kind text oldLine newLine } } }`, { id: s.id })).opinionDiff;
    expect(d).toMatchObject({ fromNo: 1, toNo: 2, titleChanged: true, added: 3, removed: 2 });
    expect(d.lines).toEqual([
      { kind: "REMOVED", text: "大同古城旅游旺季交通拥堵。", oldLine: 1, newLine: null },
      { kind: "ADDED", text: "大同古城旅游旺季交通拥堵严重。", oldLine: null, newLine: 1 },
      { kind: "SAME", text: "建议增设公交专线。", oldLine: 2, newLine: 2 },
      { kind: "REMOVED", text: "建议开放机关停车场。", oldLine: 3, newLine: null },
      { kind: "ADDED", text: "建议节假日开放机关停车场。", oldLine: null, newLine: 3 },
      { kind: "ADDED", text: "建议发布实时停车信息。", oldLine: null, newLine: 4 },
    ]);
    // The submitter can see what was changed in their text.
    expect((await ok(member, `query($id: ID!) { opinionDiff(id: $id, fromNo: 1, toNo: 2) { added } }`, { id: s.id })).opinionDiff.added).toBe(3);
    expect((await execAs(c.editor, `query($id: ID!) { opinionDiff(id: $id, fromNo: 1, toNo: 9) { added } }`, { id: s.id })).code).toBe("NOT_FOUND");
    expect(await owner.auditLog.count({ where: { tenantId: c.tenant.id, action: "opinion.edit", targetId: s.id } })).toBe(1);
  });

  it("two reviewers acting on the same version at once: one wins, the other gets CONFLICT", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "周委员");
    const { viewer: editor2 } = await createMemberAccount(c, "第二编辑", 0, ["STAFF", "OPINION_EDITOR"]);
    const s = await draftAndSubmit(member, "关于冬季供暖的建议");
    const PASS = `mutation($id: ID!, $v: Int!) { passOpinionFirstReview(id: $id, version: $v) { state } }`;
    const DISCARD = `mutation($id: ID!, $v: Int!) { discardOpinion(id: $id, version: $v, reason: "重复") { state } }`;
    const results = await Promise.all([execAs(c.editor, PASS, { id: s.id, v: s.version }), execAs(editor2, DISCARD, { id: s.id, v: s.version })]);
    const codes = results.map((r) => r.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const row = await owner.opinion.findFirstOrThrow({ where: { id: s.id } });
    expect(row.version).toBe(s.version + 1);
    expect(["FIRST_REVIEWED", "DISCARDED"]).toContain(row.state);
    // Exactly one transition was recorded.
    expect(await owner.opinionEvent.count({ where: { opinionId: s.id, action: { in: ["passFirstReview", "discard"] } } })).toBe(1);

    // The same race with the same action.
    const t = await draftAndSubmit(member, "关于老旧小区改造的建议");
    const twice = await Promise.all([execAs(c.editor, PASS, { id: t.id, v: t.version }), execAs(editor2, PASS, { id: t.id, v: t.version })]);
    expect(twice.map((r) => r.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("a discarded item leaves review for good", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "吴委员");
    const s = await draftAndSubmit(member, "转弃测试");
    const x = (await ok(c.editor, `mutation($id: ID!, $v: Int!) { discardOpinion(id: $id, version: $v, reason: "内容与已采用信息重复") { state discardReason availableActions } }`, { id: s.id, v: s.version })).discardOpinion;
    expect(x).toEqual({ state: "DISCARDED", discardReason: "内容与已采用信息重复", availableActions: [] });
    expect((await execAs(c.editor, `mutation($id: ID!) { passOpinionFirstReview(id: $id, version: 1) { state } }`, { id: s.id })).code).toBe("INVALID_TRANSITION");
  });
});
