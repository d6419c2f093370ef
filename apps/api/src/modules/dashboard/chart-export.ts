import ExcelJS from "exceljs";
import { chartDataExportInput } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { parseInput } from "../../core/validate";
import { addSheet, exportMarkOf, stamp, workbookBase64, XLSX_MIME } from "../organisation/xlsx";
import type { FileDownload } from "../organisation/files.types";
import type { ChartDataInput } from "./dashboard.types";

// A plain decimal stays a number in Excel (sums work); everything else stays text, never a formula.
const NUMBER = /^-?\d{1,12}(\.\d{1,6})?$/;

/**
 * 导出数据 of one dashboard chart: the rows the viewer is looking at, as a watermarked .xlsx, audited like
 * every other export. The sheet's name is the chart's title with Excel's forbidden characters removed.
 */
export async function exportChartData(ctx: Context, input: ChartDataInput): Promise<FileDownload> {
  const d = parseInput(chartDataExportInput, input);
  const wb = new ExcelJS.Workbook();
  const sheet = d.title.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
  const ws = addSheet(wb, sheet, d.headers.map((h, i) => ({ key: `c${i}`, header: h, required: false })), { widths: d.headers.map((_, i) => (i === 0 ? 36 : 14)) });
  for (const r of d.rows) ws.addRow(r.map((v) => (NUMBER.test(v) ? Number(v) : v)));
  await ctx.uow(async ({ audit }) => audit({ action: "dashboard.exportChart", targetType: "Dashboard", detail: { title: d.title, rows: d.rows.length } }));
  return { filename: `${sheet}-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: d.rows.length };
}
