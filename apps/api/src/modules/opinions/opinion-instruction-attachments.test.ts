import { describe, expect, it } from "vitest";
import { OPINION_INSTRUCTION_MAX_ATTACHMENTS } from "@zhzx/shared";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { adoptedItem, createCommittee, createMemberAccount, journalType, newIssue, ok, type Committee } from "./opinions.fixtures";

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").toString("base64");
const UPLOAD = `mutation($i: UploadInstructionAttachmentInput!) { uploadInstructionAttachment(input: $i) { id name mime size } }`;
const DELETE = `mutation($id: ID!) { deleteInstructionAttachment(id: $id) }`;
const GET = `query($o: ID!, $id: ID!) { instructionAttachment(opinionId: $o, id: $id) { filename contentType base64 } }`;
const INSTRUCT = `mutation($o: ID!, $i: InstructionInputType!) { recordOpinionInstruction(opinionId: $o, input: $i) { id attachments { id } } }`;
const LEADER = { kind: "LEADER_INSTRUCTION", authorName: "李建华", authorTitle: "市长", instructedAt: "2025-07-01", content: "请认真研究落实。" };

type Viewer = Parameters<typeof execAs>[0];

/** An adopted item of `member`, put in a journal issue of `c` and published (instructions need that). */
async function publishedItem(c: Committee, member: Viewer, title: string) {
  const a = await adoptedItem(member, c.editor, title);
  return publish(c, { id: a.id, version: a.version });
}
async function publish(c: Committee, item: { id: string; version: number }) {
  const type = await journalType(c.editor);
  const issue = await newIssue(c.editor, type.id);
  const added = (await ok(c.editor, `mutation($i: ID!, $o: [OpinionRefInput!]!) { addOpinionsToIssue(issueId: $i, opinions: $o) { version } }`, { i: issue.id, o: [item] })).addOpinionsToIssue;
  await ok(c.editor, `mutation($i: ID!, $v: Int!) { publishJournalIssue(id: $i, version: $v) { id } }`, { i: issue.id, v: added.version });
  return item.id;
}

describe("批示反馈附件", () => {
  it("staff attach files checked by content and size; the submitting member downloads them; a deletion is audited", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "张华强");
    const { viewer: otherMember } = await createMemberAccount(c, "李秀英");
    const itemId = await publishedItem(c, member, "关于老旧小区加装电梯的建议");
    const otherItemId = await publishedItem(c, otherMember, "关于社区食堂的建议");
    const instruction = (await ok(c.editor, INSTRUCT, { o: itemId, i: LEADER })).recordOpinionInstruction;
    expect(instruction.attachments).toEqual([]);

    // Type by content, not by name; size limit; who may upload.
    const fake = await execAs(c.editor, UPLOAD, { i: { instructionId: instruction.id, name: "批示件.pdf", fileBase64: Buffer.from("MZ\x90\x00 not a pdf").toString("base64") } });
    expect([fake.code, fake.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG 文件"]);
    const big = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(5 * 1024 * 1024)]).toString("base64");
    const tooBig = await execAs(c.editor, UPLOAD, { i: { instructionId: instruction.id, name: "大文件.pdf", fileBase64: big } });
    expect([tooBig.code, tooBig.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "附件过大（最大 5 MB）"]);
    const noName = await execAs(c.editor, UPLOAD, { i: { instructionId: instruction.id, name: " ", fileBase64: PNG } });
    expect(noName.code).toBe("VALIDATION_FAILED");
    expect((await execAs(member, UPLOAD, { i: { instructionId: instruction.id, name: "x.png", fileBase64: PNG } })).code).toBe("FORBIDDEN");
    expect((await execAs(c.leader, UPLOAD, { i: { instructionId: instruction.id, name: "x.png", fileBase64: PNG } })).code).toBe("FORBIDDEN");
    expect(await owner.opinionInstructionAttachment.count({ where: { tenantId: c.tenant.id } })).toBe(0);

    const png = (await ok(c.editor, UPLOAD, { i: { instructionId: instruction.id, name: "批示件扫描.jpg", fileBase64: PNG } })).uploadInstructionAttachment;
    expect(png).toMatchObject({ name: "批示件扫描.png", mime: "image/png", size: Buffer.from(PNG, "base64").length });
    const pdf = (await ok(c.editor, UPLOAD, { i: { instructionId: instruction.id, name: "答复函.pdf", fileBase64: PDF } })).uploadInstructionAttachment;

    // Shown with the instruction in the detail, in the 已批示 click and to the member.
    const detail = (await ok(c.editor, `query($id: ID!) { opinion(id: $id) { instructions { id attachments { id name } } } }`, { id: itemId })).opinion;
    expect(detail.instructions).toEqual([{ id: instruction.id, attachments: [{ id: png.id, name: "批示件扫描.png" }, { id: pdf.id, name: "答复函.pdf" }] }]);
    const click = (await ok(member, `query($o: ID!) { opinionInstructions(opinionId: $o) { attachments { name } } }`, { o: itemId })).opinionInstructions;
    expect(click).toEqual([{ attachments: [{ name: "批示件扫描.png" }, { name: "答复函.pdf" }] }]);
    expect((await ok(member, GET, { o: itemId, id: png.id })).instructionAttachment).toEqual({ filename: "批示件扫描.png", contentType: "image/png", base64: PNG });
    expect((await ok(c.leader, GET, { o: itemId, id: pdf.id })).instructionAttachment.base64).toBe(PDF);

    // Not to another member, nor through another item (even one the viewer may read).
    expect((await execAs(otherMember, GET, { o: itemId, id: png.id })).code).toBe("NOT_FOUND");
    expect((await execAs(otherMember, GET, { o: otherItemId, id: png.id })).code).toBe("NOT_FOUND");
    expect((await execAs(c.editor, GET, { o: otherItemId, id: png.id })).code).toBe("NOT_FOUND");

    // Another committee's staff and members reach nothing.
    const elsewhere = await createCommittee();
    const { viewer: stranger } = await createMemberAccount(elsewhere, "王建国");
    for (const v of [elsewhere.editor, elsewhere.leader, stranger]) expect((await execAs(v, GET, { o: itemId, id: png.id })).code).toBe("NOT_FOUND");
    expect((await execAs(elsewhere.editor, DELETE, { id: png.id })).code).toBe("NOT_FOUND");
    expect((await execAs(elsewhere.editor, UPLOAD, { i: { instructionId: instruction.id, name: "x.png", fileBase64: PNG } })).code).toBe("NOT_FOUND");

    // Deleting: staff with opinion:instruct only; audited with the file's name.
    expect((await execAs(member, DELETE, { id: pdf.id })).code).toBe("FORBIDDEN");
    expect((await ok(c.editor, DELETE, { id: pdf.id })).deleteInstructionAttachment).toBe(true);
    expect((await execAs(member, GET, { o: itemId, id: pdf.id })).code).toBe("NOT_FOUND");
    expect((await execAs(c.editor, DELETE, { id: pdf.id })).code).toBe("NOT_FOUND");
    const audit = await owner.auditLog.findMany({ where: { tenantId: c.tenant.id, action: { startsWith: "opinion.instruction.attachment" } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.targetId, (a.detail as { name: string }).name])).toEqual([
      ["opinion.instruction.attachment.upload", itemId, "批示件扫描.png"],
      ["opinion.instruction.attachment.upload", itemId, "答复函.pdf"],
      ["opinion.instruction.attachment.delete", itemId, "答复函.pdf"],
    ]);

    // Removing the instruction removes its files; the audit names them.
    await ok(c.editor, `mutation($id: ID!) { deleteOpinionInstruction(id: $id) }`, { id: instruction.id });
    expect(await owner.opinionInstructionAttachment.count({ where: { tenantId: c.tenant.id } })).toBe(0);
    const gone = await owner.auditLog.findFirstOrThrow({ where: { tenantId: c.tenant.id, action: "opinion.instruction.delete" } });
    expect((gone.detail as { attachments: unknown }).attachments).toEqual([{ id: png.id, name: "批示件扫描.png" }]);
  });

  it(`at most ${OPINION_INSTRUCTION_MAX_ATTACHMENTS} files per instruction, and none on an unknown instruction`, async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "张华强");
    const itemId = await publishedItem(c, member, "关于公交线网优化的建议");
    const instruction = (await ok(c.editor, INSTRUCT, { o: itemId, i: { ...LEADER, kind: "DEPARTMENT_REPLY", authorName: "市交通运输局" } })).recordOpinionInstruction;
    for (let n = 0; n < OPINION_INSTRUCTION_MAX_ATTACHMENTS; n++) await ok(c.editor, UPLOAD, { i: { instructionId: instruction.id, name: `答复${n}.png`, fileBase64: PNG } });
    const over = await execAs(c.editor, UPLOAD, { i: { instructionId: instruction.id, name: "多余.png", fileBase64: PNG } });
    expect([over.code, over.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", `每条批示反馈最多 ${OPINION_INSTRUCTION_MAX_ATTACHMENTS} 个附件`]);
    const unknown = await execAs(c.editor, UPLOAD, { i: { instructionId: "00000000-0000-4000-8000-000000000000", name: "x.png", fileBase64: PNG } });
    expect([unknown.code, unknown.errors?.[0]?.message]).toEqual(["NOT_FOUND", "批示反馈不存在"]);
  });

  it("上报: files of the city's instruction on the county's item flow back to the county with the instruction, nowhere else", async () => {
    const city = await createCommittee({ name: "测试市政协" });
    const county = await createCommittee({ level: "COUNTY", parentId: city.tenant.id, name: "测试县政协" });
    const otherCounty = await createCommittee({ level: "COUNTY", parentId: city.tenant.id, name: "邻县政协" });
    const { viewer: member } = await createMemberAccount(county, "县委员");
    const { viewer: neighbour } = await createMemberAccount(county, "县委员二");
    const item = await adoptedItem(member, county.editor, "关于县域冷链物流的建议");
    const mine = await adoptedItem(neighbour, county.editor, "关于县域快递进村的建议");
    await ok(county.editor, `mutation($id: ID!) { forwardOpinionToParent(id: $id) { id } }`, { id: item.id });

    const copy = (await ok(city.editor, `{ opinions(filter: { states: [SUBMITTED] }) { items { id version } } }`)).opinions.items[0];
    const f = (await ok(city.editor, `mutation($id: ID!, $v: Int!) { passOpinionFirstReview(id: $id, version: $v) { version } }`, { id: copy.id, v: copy.version })).passOpinionFirstReview;
    const s = (await ok(city.editor, `mutation($id: ID!, $v: Int!) { passOpinionSecondReview(id: $id, version: $v) { version } }`, { id: copy.id, v: f.version })).passOpinionSecondReview;
    await publish(city, { id: copy.id, version: s.version });
    const instruction = (await ok(city.editor, INSTRUCT, { o: copy.id, i: { ...LEADER, kind: "HIGHER_ADOPTION", authorName: "省政协办公厅" } })).recordOpinionInstruction;
    const file = (await ok(city.editor, UPLOAD, { i: { instructionId: instruction.id, name: "录用通知.pdf", fileBase64: PDF } })).uploadInstructionAttachment;

    // The county sees the file where it sees the instruction (detail's upward panel, the 已批示 click) and downloads it.
    const up = (await ok(county.editor, `query($id: ID!) { opinion(id: $id) { upward { instructions { authorName attachments { id name size } } } } }`, { id: item.id })).opinion.upward;
    expect(up.instructions).toEqual([{ authorName: "省政协办公厅", attachments: [{ id: file.id, name: "录用通知.pdf", size: file.size }] }]);
    const click = (await ok(member, `query($o: ID!) { opinionInstructions(opinionId: $o) { sourceTenantName attachments { id } } }`, { o: item.id })).opinionInstructions;
    expect(click).toEqual([{ sourceTenantName: "测试市政协", attachments: [{ id: file.id }] }]);
    expect((await ok(member, GET, { o: item.id, id: file.id })).instructionAttachment).toEqual({ filename: "录用通知.pdf", contentType: "application/pdf", base64: PDF });
    expect((await ok(county.editor, GET, { o: item.id, id: file.id })).instructionAttachment.base64).toBe(PDF);
    expect((await ok(city.leader, GET, { o: copy.id, id: file.id })).instructionAttachment.base64).toBe(PDF);

    // Not through another (unreported) county item, not to a member who may not read the item, not to a neighbouring county.
    expect((await execAs(county.editor, GET, { o: mine.id, id: file.id })).code).toBe("NOT_FOUND");
    expect((await execAs(neighbour, GET, { o: item.id, id: file.id })).code).toBe("NOT_FOUND");
    expect((await execAs(otherCounty.editor, GET, { o: item.id, id: file.id })).code).toBe("NOT_FOUND");
    // The county cannot change the city's files.
    expect((await execAs(county.editor, DELETE, { id: file.id })).code).toBe("NOT_FOUND");
    expect(await owner.opinionInstructionAttachment.count({ where: { tenantId: city.tenant.id } })).toBe(1);
  });
});
