import ExcelJS from "exceljs";
import { ORG_UNIT_IMPORT_COLUMNS, ORG_UNIT_KIND_LABELS, orgUnitInput, type OrgUnitKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { zodRowErrors } from "../import-rows";
import { addSheet, decodeUpload, readSheet, workbookBase64, XLSX_MIME, type RowError } from "../xlsx";
import { unitTable } from "./manage-org-units";
import { sealContactPhone } from "../org-unit-pii";

/** Imports 承办单位 / 集体用户 (without accounts: linking a login is done one by one). Existing names are skipped. */
export async function importOrgUnits(ctx: Context, kind: OrgUnitKind, fileBase64: string) {
  const { rows, headerErrors } = await readSheet(decodeUpload(fileBase64), ORG_UNIT_IMPORT_COLUMNS);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const t = unitTable(db, kind);
    const existing = new Set((await t.findMany({ where: { tenantId }, select: { name: true } })).map((u) => u.name));
    const errors: RowError[] = [...headerErrors];
    const seen = new Map<string, number>();
    const toCreate: { name: string; shortName: string | null; contactPerson: string | null; contactPhone: string | null; address: string | null; sortOrder: number }[] = [];
    let skipped = 0;
    for (const { row, values } of rows) {
      const parsed = orgUnitInput.safeParse({ ...values, sortOrder: row - 1 });
      if (!parsed.success) {
        errors.push(...zodRowErrors(row, parsed.error, ORG_UNIT_IMPORT_COLUMNS));
        continue;
      }
      const { username: _u, ...unit } = parsed.data;
      if (seen.has(unit.name)) {
        errors.push({ row, column: "单位名称", field: "name", message: `与第 ${seen.get(unit.name)} 行重复` });
        continue;
      }
      seen.set(unit.name, row);
      if (existing.has(unit.name)) skipped++;
      else toCreate.push(unit);
    }
    if (errors.length) return { ok: false, totalRows: rows.length, imported: 0, skipped: 0, errors };
    await t.createMany({ data: toCreate.map((u) => ({ tenantId, ...u, contactPhone: sealContactPhone(u.contactPhone) ?? null })) });
    audit({ action: "org_unit.import", targetType: kind, detail: { imported: toCreate.length, skipped } });
    return { ok: true, totalRows: rows.length, imported: toCreate.length, skipped, errors: [] };
  });
}

export async function orgUnitImportTemplate(kind: OrgUnitKind) {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, ORG_UNIT_KIND_LABELS[kind], ORG_UNIT_IMPORT_COLUMNS, { markRequired: true, widths: [36, 16, 12, 18, 40] });
  return { filename: `${ORG_UNIT_KIND_LABELS[kind]}导入模板.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb), rowCount: 0 };
}
