import ExcelJS from "exceljs";
import { DICT_IMPORT_COLUMNS, DICT_KIND_LABELS, dictItemInput, type DictKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { addSheet, decodeUpload, readSheet, workbookBase64, XLSX_MIME, type RowError } from "../xlsx";
import { zodRowErrors } from "../import-rows";

/**
 * Imports a long list (e.g. 民族, 界别) from the template: every row is checked first; names that already
 * exist are skipped; with any error nothing is written.
 */
export async function importDictItems(ctx: Context, kind: DictKind, fileBase64: string) {
  const buffer = decodeUpload(fileBase64);
  const { rows, headerErrors } = await readSheet(buffer, DICT_IMPORT_COLUMNS);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const existing = new Set((await db.dictItem.findMany({ where: { tenantId, kind }, select: { name: true } })).map((d) => d.name));
    const errors: RowError[] = [...headerErrors];
    const seen = new Map<string, number>();
    const toCreate: { name: string; code: string | null; sortOrder: number }[] = [];
    let skipped = 0;
    for (const { row, values } of rows) {
      const sortOrder = values.sortOrder ? Number(values.sortOrder) : null;
      const parsed = dictItemInput.safeParse({ kind, name: values.name, code: values.code, sortOrder });
      if (!parsed.success) {
        errors.push(...zodRowErrors(row, parsed.error, DICT_IMPORT_COLUMNS));
        continue;
      }
      const { name } = parsed.data;
      if (seen.has(name)) {
        errors.push({ row, column: "名称", field: "name", message: `与第 ${seen.get(name)} 行重复` });
        continue;
      }
      seen.set(name, row);
      if (existing.has(name)) skipped++;
      else toCreate.push({ name, code: parsed.data.code, sortOrder: parsed.data.sortOrder });
    }
    if (errors.length) return { ok: false, totalRows: rows.length, imported: 0, skipped: 0, errors };
    await db.dictItem.createMany({ data: toCreate.map((d) => ({ tenantId, kind, ...d })) });
    audit({ action: "dict.import", targetType: "DictItem", detail: { kind, imported: toCreate.length, skipped } });
    return { ok: true, totalRows: rows.length, imported: toCreate.length, skipped, errors: [] };
  });
}

export async function dictImportTemplate(kind: DictKind) {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, DICT_KIND_LABELS[kind], DICT_IMPORT_COLUMNS, { markRequired: true, widths: [30, 16, 10] });
  return { filename: `${DICT_KIND_LABELS[kind]}导入模板.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb), rowCount: 0 };
}
