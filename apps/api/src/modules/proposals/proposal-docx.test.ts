import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createProposalRow, createWorld } from "./proposals.fixtures";

const EXPORT = `mutation($id: ID!) { exportProposalDocx(id: $id) { filename contentType base64 } }`;

describe("提案表（Word）", () => {
  it("the submitter and the office get the form with its fields; another member gets NOT_FOUND; the export is audited", async () => {
    const w = await createWorld({ members: 2, units: 1 });
    const id = await createProposalRow(w, { state: "FILED", title: "关于加快推进老旧小区改造的建议", content: "<p>老旧小区<b>改造</b>滞后</p><script>x</script>", caseSeq: 12 });
    await owner.proposal.update({ where: { tenantId_id: { tenantId: w.tenantId, id } }, data: { reasons: "基础设施老化", suggestions: "加大财政投入" } });
    const mine = await execAs(w.members[0]!.viewer, EXPORT, { id });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.exportProposalDocx.filename).toBe("15-03-012 关于加快推进老旧小区改造的建议.docx");
    const zip = await JSZip.loadAsync(Buffer.from(mine.data.exportProposalDocx.base64, "base64"));
    const xml = await zip.file("word/document.xml")!.async("string");
    for (const text of ["第15届第三次会议提案", "15-03-012", "张华强", "老旧小区改造滞后", "基础设施老化", "加大财政投入"]) expect(xml).toContain(text);
    expect(xml).not.toContain("script");
    expect((await execAs(w.office, EXPORT, { id })).errors).toBeUndefined();
    expect((await execAs(w.members[1]!.viewer, EXPORT, { id })).code).toBe("NOT_FOUND");
    expect(await owner.auditLog.count({ where: { tenantId: w.tenantId, action: "proposal.export_docx", targetId: id } })).toBe(2);
  });
});
