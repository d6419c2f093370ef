import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createCommittee, createMemberAccount, ok } from "./opinions.fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").toString("base64");
const UPLOAD = `mutation($i: UploadOpinionAttachmentInput!) { uploadOpinionAttachment(input: $i) { id name mime size } }`;
const GET = `query($id: ID!) { opinionAttachment(id: $id) { filename contentType base64 } }`;
const DETAIL = `query($id: ID!) { opinion(id: $id) { state version attachments { id name } } }`;

describe("社情民意附件", () => {
  it("the submitter attaches a real file to a draft; staff read it once submitted; it is fixed after submission; audited", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "张华强");
    const { viewer: other } = await createMemberAccount(c, "李秀英");
    const d = (await ok(member, `mutation($i: OpinionDraftInputType!) { createOpinionDraft(input: $i) { id version } }`, { i: { title: "关于完善社区停车管理的建议", content: "老旧小区停车难。" } })).createOpinionDraft;

    const fake = await execAs(member, UPLOAD, { i: { opinionId: d.id, name: "调研.pdf", fileBase64: Buffer.from("MZ not a pdf").toString("base64") } });
    expect([fake.code, fake.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG 文件"]);
    expect((await execAs(other, UPLOAD, { i: { opinionId: d.id, name: "x.pdf", fileBase64: PDF } })).code).toBe("NOT_FOUND");
    const a = (await ok(member, UPLOAD, { i: { opinionId: d.id, name: "调研报告.exe", fileBase64: PDF } })).uploadOpinionAttachment;
    expect(a).toMatchObject({ name: "调研报告.pdf", mime: "application/pdf" });

    // Staff do not see a draft, nor its file.
    expect((await execAs(c.editor, GET, { id: a.id })).code).toBe("NOT_FOUND");
    await ok(member, `mutation($id: ID!, $v: Int!) { submitOpinion(id: $id, version: $v) { id } }`, { id: d.id, v: d.version });
    const seen = (await ok(c.editor, DETAIL, { id: d.id })).opinion;
    expect(seen.attachments).toEqual([{ id: a.id, name: "调研报告.pdf" }]);
    const file = (await ok(c.editor, GET, { id: a.id })).opinionAttachment;
    expect(file).toEqual({ filename: "调研报告.pdf", contentType: "application/pdf", base64: PDF });
    expect((await execAs(other, GET, { id: a.id })).code).toBe("NOT_FOUND");

    // Submitted: no more changes to its files.
    expect((await execAs(member, `mutation($id: ID!) { deleteOpinionAttachment(id: $id) }`, { id: a.id })).code).toBe("INVALID_TRANSITION");
    expect((await execAs(member, UPLOAD, { i: { opinionId: d.id, name: "y.pdf", fileBase64: PDF } })).code).toBe("INVALID_TRANSITION");
    const audit = await owner.auditLog.findMany({ where: { tenantId: c.tenant.id, action: { startsWith: "opinion.attachment" } } });
    expect(audit.map((x) => x.action)).toEqual(["opinion.attachment.upload"]);
  });

  it("another committee's member cannot reach the file", async () => {
    const c = await createCommittee();
    const { viewer: member } = await createMemberAccount(c, "张华强");
    const d = (await ok(member, `mutation($i: OpinionDraftInputType!) { createOpinionDraft(input: $i) { id } }`, { i: { title: "标题", content: "正文。" } })).createOpinionDraft;
    const a = (await ok(member, UPLOAD, { i: { opinionId: d.id, name: "x.pdf", fileBase64: PDF } })).uploadOpinionAttachment;
    const elsewhere = await createCommittee();
    const { viewer: stranger } = await createMemberAccount(elsewhere, "王建国");
    expect((await execAs(stranger, GET, { id: a.id })).code).toBe("NOT_FOUND");
    expect((await execAs(stranger, `mutation($id: ID!) { deleteOpinionAttachment(id: $id) }`, { id: a.id })).code).toBe("NOT_FOUND");
  });
});
