import ExcelJS from "exceljs";
import { PROPOSAL_CATEGORY_IMPORT_COLUMNS, proposalCategoryInput } from "@zhzx/shared";
import { randomUUID } from "node:crypto";
import type { Context } from "../../../context/context";
import { zodRowErrors } from "../../organisation/import-rows";
import { addSheet, decodeUpload, readSheet, workbookBase64, XLSX_MIME, type RowError } from "../../organisation/xlsx";

type NewRow = { row: number; name: string; parent: string | null; sortOrder: number };

/**
 * Imports a category tree from the template (分类名称, 上级分类, 排序): a parent is named by an existing
 * category or by another row of the file (any order). Every row is checked first; existing names are
 * skipped; with any error nothing is written.
 */
export async function importProposalCategories(ctx: Context, fileBase64: string, dryRun: boolean) {
  const buffer = decodeUpload(fileBase64);
  const { rows, headerErrors } = await readSheet(buffer, PROPOSAL_CATEGORY_IMPORT_COLUMNS);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const existing = new Map((await db.proposalCategory.findMany({ where: { tenantId }, select: { id: true, name: true } })).map((c) => [c.name, c.id]));
    const errors: RowError[] = [...headerErrors];
    const fresh = new Map<string, NewRow>();
    let skipped = 0;
    for (const { row, values } of rows) {
      const parsed = proposalCategoryInput.safeParse({ name: values.name, sortOrder: values.sortOrder ? Number(values.sortOrder) : null });
      if (!parsed.success) {
        errors.push(...zodRowErrors(row, parsed.error, PROPOSAL_CATEGORY_IMPORT_COLUMNS));
        continue;
      }
      const name = parsed.data.name;
      const parent = values.parent.trim() || null;
      if (fresh.has(name)) errors.push({ row, column: "分类名称", field: "name", message: `与第 ${fresh.get(name)!.row} 行重复` });
      else if (parent === name) errors.push({ row, column: "上级分类", field: "parent", message: "上级分类不能是自己" });
      else if (existing.has(name)) skipped++;
      else fresh.set(name, { row, name, parent, sortOrder: parsed.data.sortOrder });
    }
    for (const r of fresh.values()) {
      if (r.parent && !existing.has(r.parent) && !fresh.has(r.parent)) errors.push({ row: r.row, column: "上级分类", field: "parent", message: `上级分类“${r.parent}”不存在` });
    }
    // Parents first; rows left over point at each other in a circle.
    const ids = new Map(existing);
    const ordered: (NewRow & { id: string })[] = [];
    let pending = errors.length ? [] : [...fresh.values()];
    while (pending.length) {
      const ready = pending.filter((r) => !r.parent || ids.has(r.parent));
      if (!ready.length) {
        for (const r of pending) errors.push({ row: r.row, column: "上级分类", field: "parent", message: "上级分类形成循环" });
        break;
      }
      for (const r of ready) {
        const id = randomUUID();
        ids.set(r.name, id);
        ordered.push({ ...r, id });
      }
      pending = pending.filter((r) => !ready.includes(r));
    }
    if (errors.length) return { ok: false, totalRows: rows.length, imported: 0, skipped: 0, errors };
    if (dryRun) return { ok: true, totalRows: rows.length, imported: 0, skipped, errors: [] };
    for (const r of ordered) {
      await db.proposalCategory.create({ data: { tenantId, id: r.id, name: r.name, parentId: r.parent ? ids.get(r.parent)! : null, sortOrder: r.sortOrder } });
    }
    audit({ action: "proposal.category.import", targetType: "ProposalCategory", detail: { imported: ordered.length, skipped } });
    return { ok: true, totalRows: rows.length, imported: ordered.length, skipped, errors: [] };
  });
}

export async function proposalCategoryImportTemplate() {
  const wb = new ExcelJS.Workbook();
  const ws = addSheet(wb, "提案分类", PROPOSAL_CATEGORY_IMPORT_COLUMNS, { markRequired: true, widths: [24, 24, 10] });
  ws.addRow(["经济建设", "", 10]);
  ws.addRow(["工业经济", "经济建设", 1]);
  return { filename: "提案分类导入模板.xlsx", contentType: XLSX_MIME, base64: await workbookBase64(wb), rowCount: 0 };
}
