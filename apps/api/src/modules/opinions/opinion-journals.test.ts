import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { adoptedItem, createCommittee, createMemberAccount, journalType, newIssue, ok } from "./opinions.fixtures";

const ISSUE = `query($i: ID!) { journalIssue(id: $i) { id version label status items { id title issueOrder version } } }`;
const ADD = `mutation($i: ID!, $o: [OpinionRefInput!]!) { addOpinionsToIssue(issueId: $i, opinions: $o) { version items { id title issueOrder version } } }`;

/** The paragraphs' text of word/document.xml, in document order. */
async function docxParagraphs(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, "base64"));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")).filter(Boolean);
}

describe("刊物: journal types, issues, composition, publishing, Word export", () => {
  it("numbers issues per type per year, sequentially, even when created at the same moment", async () => {
    const c = await createCommittee();
    const a = await journalType(c.editor, "社情民意");
    const b = await journalType(c.editor, "专报");
    const CREATE = `mutation($i: JournalIssueCreateInputType!) { createJournalIssue(input: $i) { number label } }`;
    const made = await Promise.all(Array.from({ length: 6 }, () => execAs(c.editor, CREATE, { i: { typeId: a.id, year: 2025 } })));
    expect(made.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    expect(made.map((r) => r.data.createJournalIssue.number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    // Another type and another year start at 1; a chosen number continues a paper series; a taken one is refused.
    expect((await ok(c.editor, CREATE, { i: { typeId: b.id, year: 2025 } })).createJournalIssue.label).toBe("2025年第1期");
    expect((await ok(c.editor, CREATE, { i: { typeId: a.id, year: 2026 } })).createJournalIssue.label).toBe("2026年第1期");
    expect((await ok(c.editor, CREATE, { i: { typeId: a.id, year: 2024, number: 12 } })).createJournalIssue.label).toBe("2024年第12期");
    expect((await ok(c.editor, CREATE, { i: { typeId: a.id, year: 2024 } })).createJournalIssue.label).toBe("2024年第13期");
    expect((await execAs(c.editor, CREATE, { i: { typeId: a.id, year: 2025, number: 3 } })).code).toBe("CONFLICT");
    const list = await ok(c.leader, `query($t: ID) { journalIssues(typeId: $t, year: 2025) { total items { label journalName itemCount } } }`, { t: a.id });
    expect(list.journalIssues.total).toBe(6);
    expect(list.journalIssues.items[0]).toEqual({ label: "2025年第6期", journalName: "社情民意", itemCount: 0 });
    expect((await execAs(c.leader, CREATE, { i: { typeId: a.id, year: 2025 } })).code).toBe("FORBIDDEN");
    const types = await ok(c.leader, `{ journalTypes { name issueCount reportTo } }`);
    expect(types.journalTypes).toContainEqual({ name: "专报", issueCount: 1, reportTo: "省政协，市委、市人大、市政府、市政协领导" });
  });

  it("composes an issue in the editor's order, exports it as an official bulletin, and publishes it", async () => {
    const c = await createCommittee({ name: "测试市政协" });
    const { viewer: m1 } = await createMemberAccount(c, "钱委员");
    const { viewer: m2 } = await createMemberAccount(c, "李委员");
    const x = await adoptedItem(m1, c.editor, "关于加快数字乡村建设的建议", "数字乡村建设滞后。\n建议统筹推进光纤入村。");
    const y = await adoptedItem(m2, c.editor, "关于完善养老服务体系的建议", "社区养老服务供给不足。");
    const z = await adoptedItem(m1, c.editor, "关于保护古村落的建议", "部分古村落损毁严重。");
    const type = await journalType(c.editor, "社情民意");
    const issue = await newIssue(c.editor, type.id, 2025);

    // Only adopted items with the version the editor read.
    const stale = await execAs(c.editor, ADD, { i: issue.id, o: [{ id: x.id, version: x.version - 1 }] });
    expect(stale.code).toBe("CONFLICT");
    let composed = (await ok(c.editor, ADD, { i: issue.id, o: [x, y, z].map((o) => ({ id: o.id, version: o.version })) })).addOpinionsToIssue;
    expect(composed.items.map((i: any) => [i.title, i.issueOrder])).toEqual([
      ["关于加快数字乡村建设的建议", 1],
      ["关于完善养老服务体系的建议", 2],
      ["关于保护古村落的建议", 3],
    ]);
    // Reorder: z, x, y. A stale issue version, or a list that is not exactly the issue's items, is refused.
    const REORDER = `mutation($i: ID!, $v: Int!, $o: [ID!]!) { reorderJournalIssue(issueId: $i, version: $v, opinionIds: $o) { version items { id issueOrder } } }`;
    expect((await execAs(c.editor, REORDER, { i: issue.id, v: composed.version - 1, o: [z.id, x.id, y.id] })).code).toBe("CONFLICT");
    expect((await execAs(c.editor, REORDER, { i: issue.id, v: composed.version, o: [z.id, x.id] })).code).toBe("VALIDATION_FAILED");
    composed = (await ok(c.editor, REORDER, { i: issue.id, v: composed.version, o: [z.id, x.id, y.id] })).reorderJournalIssue;
    expect(composed.items).toEqual([{ id: z.id, issueOrder: 1 }, { id: x.id, issueOrder: 2 }, { id: y.id, issueOrder: 3 }]);

    // Remove the middle one: the rest close ranks, and it goes back to the editing pool.
    const now = (await ok(c.editor, ISSUE, { i: issue.id })).journalIssue;
    const xr = now.items.find((i: any) => i.id === x.id);
    const removed = (await ok(c.editor, `mutation($i: ID!, $o: OpinionRefInput!) { removeOpinionFromIssue(issueId: $i, opinion: $o) { version items { id issueOrder } } }`, { i: issue.id, o: { id: x.id, version: xr.version } })).removeOpinionFromIssue;
    expect(removed.items).toEqual([{ id: z.id, issueOrder: 1 }, { id: y.id, issueOrder: 2 }]);
    expect((await owner.opinion.findFirstOrThrow({ where: { id: x.id } })).state).toBe("SECOND_REVIEWED");
    const back = await ok(c.editor, `query { opinions(filter: { states: [SECOND_REVIEWED] }) { items { id version } } }`);
    composed = (await ok(c.editor, ADD, { i: issue.id, o: back.opinions.items.map((o: any) => ({ id: o.id, version: o.version })) })).addOpinionsToIssue;
    expect(composed.items.map((i: any) => i.id)).toEqual([z.id, y.id, x.id]);

    await ok(c.editor, `mutation($i: ID!, $u: JournalIssueUpdateInputType!) { updateJournalIssue(id: $i, input: $u) { id } }`, {
      i: issue.id,
      u: { version: composed.version, issueDate: "2025-11-20", editorName: "王晓东", signerName: "张主任", reportTo: "省政协办公厅", sendTo: "市委办公室", distributeTo: "各县区政协" },
    });

    // The Word file: a zip whose document holds the title block, the items in order, then 报/送/发.
    const file = (await ok(c.leader, `query($i: ID!) { exportJournalIssue(id: $i) { filename contentType base64 rowCount } }`, { i: issue.id })).exportJournalIssue;
    expect(file.filename).toBe("社情民意2025年第1期.docx");
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.rowCount).toBe(3);
    const exported = await owner.auditLog.findMany({ where: { tenantId: c.tenant.id, action: "journal.export_docx" } });
    expect(exported.map((a) => [a.targetId, a.detail])).toEqual([[issue.id, { label: "社情民意2025年第1期", items: 3 }]]);
    const paras = await docxParagraphs(file.base64);
    expect(paras.slice(0, 3)).toEqual(["社情民意", "2025年第1期", "测试市政协办公室编\t2025年11月20日"]);
    const at = (t: string) => paras.indexOf(t);
    expect(at("关于保护古村落的建议")).toBeGreaterThan(2);
    expect(at("关于保护古村落的建议")).toBeLessThan(at("关于完善养老服务体系的建议"));
    expect(at("关于完善养老服务体系的建议")).toBeLessThan(at("关于加快数字乡村建设的建议"));
    expect(paras.slice(at("关于加快数字乡村建设的建议") + 1, at("关于加快数字乡村建设的建议") + 4)).toEqual(["数字乡村建设滞后。", "建议统筹推进光纤入村。", "（钱委员）"]);
    expect(paras.slice(-4)).toEqual(["报：省政协办公厅", "送：市委办公室", "发：各县区政协", "责任编辑：王晓东　　签发：张主任"]);

    // Publishing with a stale version is refused; then everything in it is published at once.
    const PUBLISH = `mutation($i: ID!, $v: Int!) { publishJournalIssue(id: $i, version: $v) { status version items { state } } }`;
    const cur = (await ok(c.editor, ISSUE, { i: issue.id })).journalIssue;
    expect((await execAs(c.editor, PUBLISH, { i: issue.id, v: cur.version - 1 })).code).toBe("CONFLICT");
    const pub = (await ok(c.editor, PUBLISH, { i: issue.id, v: cur.version })).publishJournalIssue;
    expect(pub.status).toBe("PUBLISHED");
    expect(pub.items.map((i: any) => i.state)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED"]);
    // A published issue is frozen.
    expect((await execAs(c.editor, PUBLISH, { i: issue.id, v: pub.version })).code).toBe("INVALID_TRANSITION");
    expect((await execAs(c.editor, `mutation($i: ID!, $o: OpinionRefInput!) { removeOpinionFromIssue(issueId: $i, opinion: $o) { id } }`, { i: issue.id, o: { id: z.id, version: 9 } })).code).toBe("INVALID_TRANSITION");
    expect((await execAs(c.editor, `mutation($i: ID!) { deleteJournalIssue(id: $i, version: 0) }`, { i: issue.id })).code).toBe("INVALID_TRANSITION");
    expect(await owner.auditLog.count({ where: { tenantId: c.tenant.id, action: "journal.issue.publish", targetId: issue.id } })).toBe(1);
  });

  it("an empty issue cannot be published, and an empty draft issue can be deleted", async () => {
    const c = await createCommittee();
    const type = await journalType(c.editor);
    const issue = await newIssue(c.editor, type.id, 2026);
    expect((await execAs(c.editor, `mutation($i: ID!, $v: Int!) { publishJournalIssue(id: $i, version: $v) { id } }`, { i: issue.id, v: issue.version })).code).toBe("INVALID_TRANSITION");
    expect((await ok(c.editor, `mutation($i: ID!, $v: Int!) { deleteJournalIssue(id: $i, version: $v) }`, { i: issue.id, v: issue.version })).deleteJournalIssue).toBe(true);
    expect(await owner.journalIssue.count({ where: { id: issue.id } })).toBe(0);
  });
});
