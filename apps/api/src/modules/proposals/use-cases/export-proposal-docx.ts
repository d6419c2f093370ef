import type { Context } from "../../../context/context";
import type { FileDownload } from "../../organisation/files.types";
import { DOCX_MIME } from "../../opinions/use-cases/export-journal-issue";
import { buildProposalDocx } from "../proposal-docx";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";

/** 提案表 (Word) for whoever may see the proposal: the submitter, the office, an assigned unit. Audited. */
export async function exportProposalDocx(ctx: Context, id: string): Promise<FileDownload> {
  const { detail, committee } = await proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, id);
    const detail = await loadProposalDetail(w, a, p.id);
    const tenant = await w.db.tenant.findUniqueOrThrow({ where: { id: a.tenantId }, select: { name: true } });
    w.audit({ action: "proposal.export_docx", targetType: "Proposal", targetId: p.id, detail: { title: p.title } });
    return { detail, committee: tenant.name };
  });
  const buffer = await buildProposalDocx(detail, committee);
  const name = `${detail.caseNumber ? `${detail.caseNumber} ` : ""}${detail.title}`.replace(/[\\/:*?"<>|]/g, "").slice(0, 80);
  return { filename: `${name}.docx`, contentType: DOCX_MIME, base64: buffer.toString("base64"), rowCount: 1 };
}
