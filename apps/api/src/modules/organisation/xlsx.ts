/**
 * Excel in and out (exceljs). Uploads arrive as base64 GraphQL arguments: size-checked before decoding,
 * and required to start with the ZIP signature (an .xlsx is a ZIP) before exceljs sees a byte.
 * Rows are numbered as Excel shows them (the header is row 1), so an error names the row the user sees.
 */
import ExcelJS from "exceljs";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@zhzx/shared";
import { ValidationFailed } from "../../core/errors";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface Column<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
}
export interface RowError {
  row: number;
  column: string | null;
  field: string | null;
  message: string;
}
export interface SheetRow<K extends string> {
  row: number;
  values: Record<K, string>;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function decodeUpload(fileBase64: string): Buffer {
  const body = fileBase64.replace(/^data:[^,]*;base64,/, "").replace(/\s+/g, "");
  if (body.length > Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4) throw ValidationFailed(`文件过大（最大 ${IMPORT_MAX_BYTES / 1024 / 1024} MB）`);
  if (!body || body.length % 4 !== 0 || !BASE64.test(body)) throw ValidationFailed("文件编码无效");
  const buf = Buffer.from(body, "base64");
  if (buf.length < 4 || !buf.subarray(0, 4).equals(ZIP_MAGIC)) throw ValidationFailed("请上传 Excel 文件（.xlsx）");
  return buf;
}

/** The text a person sees in a cell: dates as YYYY-MM-DD, numbers without exponent, rich text joined. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === "string" || typeof v === "boolean") return String(v).trim();
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("").trim();
    if ("text" in v) return cellText(v.text as ExcelJS.CellValue);
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("error" in v) return "";
  }
  return String(v).trim();
}

const normaliseHeader = (s: string) => s.replace(/[*＊\s]|（必填）|\(必填\)/g, "");

/** Reads the first sheet: finds the columns by header text (any order), returns the non-empty rows. */
export async function readSheet<K extends string>(buffer: Buffer, columns: readonly Column<K>[]) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw ValidationFailed("无法读取该 Excel 文件，请使用下载的模板");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw ValidationFailed("Excel 文件中没有工作表");
  const headerErrors: RowError[] = [];
  const at = new Map<K, number>();
  const header = ws.getRow(1);
  header.eachCell((cell, col) => {
    const h = normaliseHeader(cellText(cell.value));
    const c = columns.find((x) => x.header === h);
    if (c && !at.has(c.key)) at.set(c.key, col);
  });
  for (const c of columns) {
    if (c.required && !at.has(c.key)) headerErrors.push({ row: 1, column: c.header, field: c.key, message: `缺少“${c.header}”列` });
  }
  const rows: SheetRow<K>[] = [];
  if (headerErrors.length) return { rows, headerErrors };
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values = {} as Record<K, string>;
    let any = false;
    for (const c of columns) {
      const col = at.get(c.key);
      const text = col ? cellText(row.getCell(col).value) : "";
      values[c.key] = text;
      if (text) any = true;
    }
    if (!any) continue;
    rows.push({ row: r, values });
    if (rows.length > IMPORT_MAX_ROWS) throw ValidationFailed(`一次最多导入 ${IMPORT_MAX_ROWS} 行`);
  }
  return { rows, headerErrors };
}

/** A sheet with a bold header row (required columns marked *) and sensible widths. */
export function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly Column[], opts: { markRequired?: boolean; widths?: number[] } = {}) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c, i) => ({
    header: opts.markRequired && c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: opts.widths?.[i] ?? Math.max(12, c.header.length * 3 + 4),
  }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** Dropdown lists for template columns: the values go on a hidden sheet, each column validates against its list. */
export function addListValidations(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, lists: { column: number; values: string[] }[], rows = 500) {
  if (lists.length === 0) return;
  const hidden = wb.addWorksheet("选项", { state: "hidden" });
  lists.forEach((l, i) => {
    const letter = hidden.getColumn(i + 1).letter;
    l.values.forEach((v, j) => (hidden.getCell(j + 1, i + 1).value = v));
    if (l.values.length === 0) return;
    for (let r = 2; r <= rows + 1; r++) {
      ws.getCell(r, l.column).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`'选项'!$${letter}$1:$${letter}$${l.values.length}`],
        showErrorMessage: true,
        errorTitle: "无效的值",
        error: "请从下拉列表中选择",
      };
    }
  });
}

/** Who exported the data and when: printed on every page and kept in the file's properties. */
export interface ExportMark {
  /** 姓名（用户名） */
  by: string;
  at?: Date;
}

const CHINA_TIME = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });

/**
 * 导出水印 (PIPL, 等保 personal-data exports): every sheet's printed header says the file is internal and
 * its footer names the exporter and the time; the workbook's author and description say the same, so a
 * leaked copy can be traced. Excel text cannot carry a true background watermark; header and footer are
 * what Excel prints on every page.
 */
export function watermark(wb: ExcelJS.Workbook, mark: ExportMark) {
  const at = CHINA_TIME.format(mark.at ?? new Date());
  const text = `导出人：${mark.by}　导出时间：${at}`;
  wb.creator = mark.by;
  wb.lastModifiedBy = mark.by;
  wb.created = mark.at ?? new Date();
  wb.description = `内部资料，注意保密。${text}`;
  const esc = (s: string) => s.replaceAll("&", "&&");
  for (const ws of wb.worksheets) {
    if (ws.state !== "visible") continue;
    ws.headerFooter.oddHeader = "&C内部资料　注意保密";
    ws.headerFooter.evenHeader = "&C内部资料　注意保密";
    ws.headerFooter.oddFooter = `&L${esc(text)}&R第 &P 页，共 &N 页`;
    ws.headerFooter.evenFooter = `&L${esc(text)}&R第 &P 页，共 &N 页`;
  }
}

/** The exporter of a request, for `watermark`. */
export const exportMarkOf = (viewer: { displayName: string; username: string }): ExportMark => ({ by: `${viewer.displayName}（${viewer.username}）` });

/** The workbook as base64; data exports pass `mark` (templates have no data and no mark). */
export async function workbookBase64(wb: ExcelJS.Workbook, mark?: ExportMark): Promise<string> {
  if (mark) watermark(wb, mark);
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString("base64");
}

export const stamp = (d = new Date()) => d.toISOString().slice(0, 10).replaceAll("-", "");
