import ExcelJS from "exceljs";
import type { Context } from "../../../context/context";
import type { FileDownload } from "../../organisation/files.types";
import { XLSX_MIME } from "../../organisation/xlsx";
import type { OpinionStatisticsFilterInput } from "../opinions.inputs";
import type { OpinionSubmissionRow } from "../statistics.types";
import { parseStatisticsFilter, submissionStatistics, summaryStatistics } from "./get-opinion-statistics";

const COUNT_HEADERS = ["报送", "采用", "编入刊物", "刊发", "获批示"];
const counts = (r: OpinionSubmissionRow) => [r.submitted, r.adopted, r.inJournal, r.published, r.instructed];

function header(ws: ExcelJS.Worksheet, title: string, condition: string, widths: number[]) {
  ws.columns = widths.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, widths.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, widths.length);
  ws.getCell(2, 1).value = condition;
}

function table(ws: ExcelJS.Worksheet, caption: string, headers: string[], rows: (string | number | null)[][]) {
  ws.addRow([]);
  ws.addRow([caption]).font = { bold: true };
  const h = ws.addRow(headers);
  h.font = { bold: true };
  h.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } }));
  for (const r of rows) ws.addRow(r);
}

/** 社情民意统计总表 and 社情民意报送统计表 as one workbook, two sheets, under the same query conditions; audited. */
export async function exportOpinionStatistics(ctx: Context, input: OpinionStatisticsFilterInput | null): Promise<FileDownload> {
  const f = parseStatisticsFilter(input);
  const { summary, submission, sessionName, tenantName } = await ctx.uow(async ({ db, audit }) => {
    const r = {
      summary: await summaryStatistics(db, ctx.tenantId, f),
      submission: await submissionStatistics(db, ctx.tenantId, f),
      sessionName: f.sessionId ? (await db.committeeSession.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: f.sessionId } } }))?.name : null,
      tenantName: (await db.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId } })).name,
    };
    audit({ action: "opinion.statistics.export", targetType: "Opinion", detail: { filter: f, rows: r.submission.bySubmitter.length } });
    return r;
  });
  const condition = `统计条件：届次 ${sessionName ?? "全部"}；报送日期 ${f.from ?? "不限"} 至 ${f.to ?? "不限"}`;
  const wb = new ExcelJS.Workbook();

  const s1 = wb.addWorksheet("社情民意统计总表");
  header(s1, `${tenantName}社情民意统计总表`, condition, [18, 12, 12, 12, 12, 12]);
  table(s1, "总体", ["报送", "待审", "采用", "编入刊物", "刊发", "退回", "转弃", "获批示", "采用率(%)"], [
    [summary.submitted, summary.pendingReview, summary.adopted, summary.inJournal, summary.published, summary.returned, summary.discarded, summary.instructed, summary.adoptionRate],
  ]);
  table(s1, "按状态", ["状态", "篇数"], summary.byState.map((b) => [b.label, b.count]));
  table(s1, "按来源", ["来源", "篇数"], summary.byOrigin.map((b) => [b.label, b.count]));
  table(s1, "按批示类型", ["类型", "批示条数", "信息篇数"], summary.byInstructionKind.map((k) => [k.label, k.instructions, k.items]));
  table(s1, "按月份", ["月份", ...COUNT_HEADERS], summary.byPeriod.map((p) => [p.period, p.submitted, p.adopted, p.inJournal, p.published, p.instructed]));

  const s2 = wb.addWorksheet("社情民意报送统计表");
  header(s2, `${tenantName}社情民意报送统计表`, condition, [28, 18, 10, 10, 10, 10, 10]);
  table(s2, "按报送者", ["报送者", "党派", ...COUNT_HEADERS], [...submission.bySubmitter.map((r) => [r.name, r.party, ...counts(r)]), ["合计", null, ...counts(submission.total)]]);
  table(s2, "按党派（委员报送）", ["党派", "", ...COUNT_HEADERS], submission.byParty.map((r) => [r.name, null, ...counts(r)]));
  table(s2, "按集体（单位）", ["单位", "", ...COUNT_HEADERS], submission.byCollective.map((r) => [r.name, null, ...counts(r)]));

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { filename: `社情民意统计${f.from ?? ""}${f.to ? `至${f.to}` : ""}.xlsx`, contentType: XLSX_MIME, base64: buffer.toString("base64"), rowCount: submission.bySubmitter.length };
}
