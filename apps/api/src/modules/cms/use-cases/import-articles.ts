import { parse as parseCsv } from "csv-parse/sync";
import { CMS_IMPORT_COLUMNS, CMS_IMPORT_MAX_BYTES, CMS_IMPORT_MAX_ROWS, cmsImportInput, cmsImportRow, cmsImportRowError } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake, type PageArgs } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { CmsImportJob } from "../../../generated/prisma/client";
import type { ImportRowError, PendingRow } from "../checks/import";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const headerKey = new Map<string, string>(CMS_IMPORT_COLUMNS.flatMap((c) => [[c.header, c.key], [c.key.toLowerCase(), c.key]]));

function decodeText(fileBase64: string): string {
  const body = fileBase64.replace(/^data:[^,]*;base64,/, "").replace(/\s+/g, "");
  if (body.length > Math.ceil((CMS_IMPORT_MAX_BYTES * 4) / 3) + 4) throw ValidationFailed(`文件过大（最大 ${CMS_IMPORT_MAX_BYTES / 1024 / 1024} MB）`);
  if (!body || body.length % 4 !== 0 || !BASE64.test(body)) throw ValidationFailed("文件编码无效");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(body, "base64")).replace(/^\uFEFF/, "");
  } catch {
    throw ValidationFailed("文件须为 UTF-8 编码（Excel 中请另存为“CSV UTF-8”）");
  }
}

/** The records of the file with the number a person sees: CSV = the spreadsheet row (header row 1), JSON = the item (from 1). */
export function readImportFile(format: "CSV" | "JSON", text: string): { row: number; record: Record<string, unknown> }[] {
  if (format === "JSON") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw ValidationFailed("JSON 文件格式无效");
    }
    const list = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as { articles?: unknown }).articles) ? (data as { articles: unknown[] }).articles : null;
    if (!list) throw ValidationFailed("JSON 文件须为文章数组，或含 articles 数组的对象");
    // Field names as in the CSV header: the English names or the Chinese column titles.
    const normalise = (o: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) {
        const key = headerKey.get(k.trim()) ?? headerKey.get(k.trim().toLowerCase()) ?? (CMS_IMPORT_COLUMNS.some((c) => c.key === k) ? k : null);
        if (key && out[key] === undefined) out[key] = v;
      }
      return out;
    };
    return list.map((record, i) => ({ row: i + 1, record: record && typeof record === "object" && !Array.isArray(record) ? normalise(record as Record<string, unknown>) : {} }));
  }
  let records: string[][];
  try {
    records = parseCsv(text, { skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch (e) {
    throw ValidationFailed(`CSV 文件格式无效${e instanceof Error && "lines" in e ? `（第 ${(e as { lines: number }).lines} 行附近）` : ""}`);
  }
  const [header, ...rest] = records;
  if (!header) throw ValidationFailed("文件中没有文章");
  const keys = header.map((h) => headerKey.get(h.replace(/[*＊\s]/g, "")) ?? headerKey.get(h.trim().toLowerCase()) ?? null);
  const missing = CMS_IMPORT_COLUMNS.filter((c) => c.required && !keys.includes(c.key));
  if (missing.length) throw ValidationFailed(`缺少列：${missing.map((c) => c.header).join("、")}`);
  return rest.map((cells, i) => {
    const record: Record<string, unknown> = {};
    keys.forEach((k, j) => {
      if (k && record[k] === undefined) record[k] = cells[j] ?? "";
    });
    return { row: i + 2, record };
  });
}

export const presentImport = (j: CmsImportJob) => ({
  ...j,
  errors: j.errors as unknown as ImportRowError[],
  progress: j.total ? Math.min(1, j.done / j.total) : j.state === "DONE" ? 1 : 0,
});

/**
 * 历史文章导入: reads the uploaded CSV or JSON, validates every row with the shared schema (a bad row is kept
 * with its number and a Chinese reason), and queues a job that creates the good rows' articles.
 */
export async function startImport(ctx: Context, input: { fileName?: string | null; format: string; targetState?: string | null; fileBase64: string }) {
  const opts = parseInput(cmsImportInput, { fileName: input.fileName ?? "", format: input.format, targetState: input.targetState ?? "PUBLISHED" });
  const records = readImportFile(opts.format, decodeText(input.fileBase64));
  if (!records.length) throw ValidationFailed("文件中没有文章");
  if (records.length > CMS_IMPORT_MAX_ROWS) throw ValidationFailed(`一次最多导入 ${CMS_IMPORT_MAX_ROWS} 篇文章`);
  const good: PendingRow[] = [];
  const errors: ImportRowError[] = [];
  for (const { row, record } of records) {
    const r = cmsImportRow.safeParse(record);
    if (r.success) good.push({ row, data: r.data });
    else errors.push({ row, message: cmsImportRowError(r.error) });
  }
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const done = good.length === 0;
    const job = await db.cmsImportJob.create({
      data: {
        tenantId, fileName: opts.fileName, format: opts.format, targetState: opts.targetState, total: good.length, failed: errors.length,
        rows: good as unknown as object[], errors: errors as unknown as object[], requestedBy: viewer.userId,
        ...(done ? { state: "DONE" as const, finishedAt: new Date() } : {}),
      },
    });
    audit({ action: "cms.import.request", targetType: "CmsImportJob", targetId: job.id, detail: { fileName: opts.fileName, format: opts.format, targetState: opts.targetState, rows: records.length, invalid: errors.length } });
    return presentImport({ ...job, rows: [] });
  });
}

const jobSelect = Object.fromEntries(
  ["tenantId", "id", "fileName", "format", "targetState", "state", "total", "done", "imported", "failed", "errors", "articleIds", "error", "requestedBy", "createdAt", "startedAt", "heartbeatAt", "finishedAt"].map((k) => [k, true]),
) as Record<string, true>;

export async function getImport(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const j = await db.cmsImportJob.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "导入任务") } }, select: jobSelect });
    if (!j) throw NotFound("导入任务不存在");
    return presentImport({ ...(j as unknown as CmsImportJob), rows: [] });
  });
}

export async function listImports(ctx: Context, page: PageArgs) {
  const tenantId = ctx.tenantId;
  const { skip, take } = toSkipTake(page);
  return ctx.uow(async ({ db }) => {
    const rows = await db.cmsImportJob.findMany({ where: { tenantId }, orderBy: { createdAt: "desc" }, skip, take, select: jobSelect });
    const total = await db.cmsImportJob.count({ where: { tenantId } });
    return { items: rows.map((j) => presentImport({ ...(j as unknown as CmsImportJob), rows: [] })), total };
  });
}
