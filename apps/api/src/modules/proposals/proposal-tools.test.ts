import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { xlsxBase64 } from "../members/members.fixtures";
import { createProposalRow, createWorld, mutation, ok } from "./proposals.fixtures";

const SIMILAR = `query($i: SimilarProposalsInput!) { similarProposals(input: $i) { id title score sharedTerms } }`;
const CATS = `{ proposalCategories { id name path parentId proposalCount } }`;

describe("查重, routing help, categories and documents", () => {
  it("ranks a near-duplicate first, with a score, among the committee's proposals of the session", async () => {
    const w = await createWorld({ members: 1, units: 0 });
    const dup = await createProposalRow(w, { state: "SUBMITTED", title: "关于加快推进大同市老旧小区改造的建议", content: "<p>我市老旧小区基础设施老化，建议加大财政投入，推进加装电梯和管网改造。</p>" });
    await createProposalRow(w, { state: "FILED", title: "关于发展云州区黄花产业的建议", content: "<p>黄花种植面积扩大，需要加强品牌建设和冷链物流。</p>" });
    await createProposalRow(w, { state: "FILED", title: "关于加强中小学生课后服务的建议", content: "<p>课后服务师资不足，建议引入社会力量。</p>" });
    await createProposalRow(w, { state: "SUBMITTED", title: "关于推进城市生活垃圾分类的建议", content: "<p>垃圾分类设施不足，小区居民参与度低。</p>" });
    const draft = await createProposalRow(w, { state: "DRAFT", title: "关于老旧小区加装电梯的建议", content: "<p>老旧小区加装电梯</p>" });
    const r = (await ok(w.members[0]!.viewer, SIMILAR, { i: { title: "关于大同市老旧小区加装电梯的建议", content: "<p>老旧小区没有电梯，老年人上下楼困难，建议财政补贴加装电梯。</p>" } })).similarProposals;
    expect(r[0].id).toBe(dup);
    expect(r[0].score).toBeGreaterThan(0.3);
    expect(r[0].sharedTerms).toEqual(expect.arrayContaining(["小区", "电梯"]));
    expect(r.map((x: any) => x.id)).not.toContain(draft);
    expect(r.slice(1).every((x: any) => x.score < r[0].score / 2)).toBe(true);
    // Excluding the proposal under review itself.
    const self = (await ok(w.office, SIMILAR, { i: { title: "关于加快推进大同市老旧小区改造的建议", excludeId: dup } })).similarProposals;
    expect(self.map((x: any) => x.id)).not.toContain(dup);
  });

  it("suggests the category and lead unit from the nearest filed proposals, and explains why", async () => {
    const w = await createWorld({ members: 1, units: 3 });
    const [edu, , housing] = w.units;
    const filed = async (title: string, categoryId: string, unitId: string) => {
      const id = await createProposalRow(w, { state: "HANDLING", title, categoryId, content: `<p>${title}</p>` });
      await owner.proposalAssignment.create({ data: { tenantId: w.tenantId, proposalId: id, unitId, role: "LEAD", deadline: new Date("2099-01-01"), assignedBy: w.office.userId } });
    };
    await filed("关于加强中小学课后服务的建议", w.categories.education, edu!.unitId);
    await filed("关于缓解中小学教师编制不足的建议", w.categories.education, edu!.unitId);
    await filed("关于规范校外培训机构的建议", w.categories.education, edu!.unitId);
    await filed("关于老旧小区加装电梯的建议", w.categories.industry, housing!.unitId);
    const target = await createProposalRow(w, { state: "SECOND_REVIEWED", title: "关于提升中小学课后服务质量的建议", content: "<p>中小学课后服务内容单一</p>", categoryId: null });
    const s = (await ok(w.office, `query($id: ID!) { suggestProposalRouting(proposalId: $id) { categories { name score votes } units { name } neighbours { title } explanation } }`, { id: target })).suggestProposalRouting;
    expect(s.categories[0]).toMatchObject({ name: "教育" });
    expect(s.units[0]).toEqual({ name: "大同市教育局" });
    expect(s.neighbours[0].title).toBe("关于加强中小学课后服务的建议");
    expect(s.explanation).toMatch(/由“大同市教育局”主办/);
    expect((await execAs(w.members[0]!.viewer, `query($id: ID!) { suggestProposalRouting(proposalId: $id) { explanation } }`, { id: target })).code).toBe("FORBIDDEN");
  });

  it("keeps a category tree: in-use and parent categories cannot be deleted; imports a tree from Excel", async () => {
    const w = await createWorld({ members: 1, units: 0 });
    await createProposalRow(w, { state: "SUBMITTED", categoryId: w.categories.industry });
    const inUse = await execAs(w.office, `mutation($id: ID!) { deleteProposalCategory(id: $id) }`, { id: w.categories.industry });
    expect(inUse.code).toBe("CONFLICT");
    expect(inUse.errors![0]!.message).toBe("提案分类“工业经济”已被 1 件提案使用，不能删除");
    const parent = await execAs(w.office, `mutation($id: ID!) { deleteProposalCategory(id: $id) }`, { id: w.categories.society });
    expect(parent.errors![0]!.message).toBe("提案分类“社会建设”下还有 1 个下级分类，请先删除或移走下级分类");
    expect((await ok(w.office, `mutation($id: ID!) { deleteProposalCategory(id: $id) }`, { id: w.categories.education })).deleteProposalCategory).toBe(true);
    const loop = await execAs(w.office, `mutation($id: ID!, $p: ID) { updateProposalCategory(id: $id, input: { parentId: $p }) { id } }`, { id: w.categories.economy, p: w.categories.industry });
    expect(loop.code).toBe("VALIDATION_FAILED");
    expect((await execAs(w.members[0]!.viewer, `mutation { createProposalCategory(input: { name: "x" }) { id } }`)).code).toBe("FORBIDDEN");

    const IMPORT = `mutation($f: String!, $d: Boolean) { importProposalCategories(fileBase64: $f, dryRun: $d) { ok imported skipped errors { row column message } } }`;
    const bad = await xlsxBase64(["分类名称", "上级分类", "排序"], [["城乡建设", "不存在的分类", 1], ["甲", "乙", ""], ["乙", "甲", ""]]);
    expect((await ok(w.office, IMPORT, { f: bad })).importProposalCategories).toEqual({
      ok: false, imported: 0, skipped: 0,
      errors: [{ row: 2, column: "上级分类", message: "上级分类“不存在的分类”不存在" }],
    });
    const circle = await xlsxBase64(["分类名称", "上级分类"], [["甲", "乙"], ["乙", "甲"]]);
    expect((await ok(w.office, IMPORT, { f: circle })).importProposalCategories.errors.map((e: any) => e.message)).toEqual(["上级分类形成循环", "上级分类形成循环"]);
    const good = await xlsxBase64(["分类名称", "上级分类", "排序"], [["交通", "城乡建设", 2], ["城乡建设", "经济建设", 1], ["工业经济", "经济建设", ""]]);
    expect((await ok(w.office, IMPORT, { f: good, d: true })).importProposalCategories).toMatchObject({ ok: true, imported: 0, skipped: 1 });
    expect((await ok(w.office, IMPORT, { f: good })).importProposalCategories).toMatchObject({ ok: true, imported: 2, skipped: 1 });
    const cats = (await ok(w.members[0]!.viewer, CATS)).proposalCategories;
    expect(cats.map((c: any) => [c.path, c.proposalCount])).toEqual([
      ["经济建设", 0], ["经济建设 / 工业经济", 1], ["经济建设 / 城乡建设", 0], ["经济建设 / 城乡建设 / 交通", 0], ["社会建设", 0],
    ]);
  });

  it("documents: real PDF/PNG accepted by content, a disguised file refused; reply documents join the unit's reply", async () => {
    const w = await createWorld({ members: 1, units: 1 });
    const CREATE = `mutation($i: CreateProposalInput!) { createProposal(input: $i) { id version } }`;
    const UPLOAD = `mutation($i: UploadProposalAttachmentInput!) { uploadProposalAttachment(input: $i) { id name mime size } }`;
    const p = (await ok(w.members[0]!.viewer, CREATE, { i: { sessionId: w.sessionId, title: "关于附件的建议", content: "<p>见附件</p>" } })).createProposal;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n");
    const up = (await ok(w.members[0]!.viewer, UPLOAD, { i: { proposalId: p.id, kind: "PROPOSAL", name: "调研报告.PDF", fileBase64: pdf.toString("base64") } })).uploadProposalAttachment;
    expect(up).toMatchObject({ name: "调研报告.pdf", mime: "application/pdf", size: pdf.length });
    const fake = await execAs(w.members[0]!.viewer, UPLOAD, { i: { proposalId: p.id, kind: "PROPOSAL", name: "病毒.pdf", fileBase64: Buffer.from("MZ\x90\x00 not a pdf").toString("base64") } });
    expect(fake.errors![0]!.message).toBe("只能上传 PDF、Word（.docx）、Excel（.xlsx）、JPG、PNG 文件");
    const back = (await ok(w.members[0]!.viewer, `query($id: ID!) { proposalAttachment(id: $id) { filename contentType base64 } }`, { id: up.id })).proposalAttachment;
    expect(Buffer.from(back.base64, "base64").equals(pdf)).toBe(true);
    expect((await execAs(w.office, `query($id: ID!) { proposalAttachment(id: $id) { filename } }`, { id: up.id })).code).toBe("NOT_FOUND");

    const handling = await createProposalRow(w, { state: "HANDLING" });
    await owner.proposalAssignment.create({ data: { tenantId: w.tenantId, proposalId: handling, unitId: w.units[0]!.unitId, role: "LEAD", deadline: new Date("2099-01-01"), assignedBy: w.office.userId, signedAt: new Date() } });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await ok(w.units[0]!.viewer, UPLOAD, { i: { proposalId: handling, kind: "REPLY", name: "现场照片.png", fileBase64: png.toString("base64") } });
    const replied = (await ok(w.units[0]!.viewer, `${mutation("replyProposal", "ReplyProposalInput")}`, { i: { id: handling, version: 0, result: "A", content: "<p>已解决</p>" } })).replyProposal;
    expect(replied.state).toBe("REPLIED");
    const detail = (await ok(w.members[0]!.viewer, `query($id: ID!) { proposal(id: $id) { replies { attachments { name mime } } } }`, { id: handling })).proposal;
    expect(detail.replies[0].attachments).toEqual([{ name: "现场照片.png", mime: "image/png" }]);
  });
});
