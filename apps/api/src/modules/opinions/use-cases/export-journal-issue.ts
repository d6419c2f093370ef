import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import type { FileDownload } from "../../organisation/files.types";
import { buildBulletinDocx } from "../journal-docx";
import { issueDetail } from "./manage-journal-issues";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** 导出 Word: the issue as composed (a draft for proofreading, or the published record); audited like every export. */
export async function exportJournalIssue(ctx: Context, id: string): Promise<FileDownload> {
  const issueId = parseId(id, "期刊");
  const detail = await ctx.uow(async ({ db, audit }) => {
    const d = await issueDetail(db, ctx.tenantId, issueId);
    audit({ action: "journal.export_docx", targetType: "JournalIssue", targetId: issueId, detail: { label: `${d.journalName}${d.label}`, items: d.items.length } });
    return d;
  });
  const buffer = await buildBulletinDocx({
    ...detail,
    items: detail.items.map((it) => ({ title: it.title, content: it.content, submitterName: it.sourceTenantName ?? it.submitterName })),
  });
  return { filename: `${detail.journalName}${detail.label}.docx`, contentType: DOCX_MIME, base64: buffer.toString("base64"), rowCount: detail.items.length };
}
