import ExcelJS from "exceljs";
import type { Context } from "../../context/context";
import { config } from "../../core/config";
import { ValidationFailed } from "../../core/errors";
import type { Prisma } from "../../generated/prisma/client";
import type { FileDownload } from "../organisation/files.types";
import { addSheet, exportMarkOf, stamp, workbookBase64, XLSX_MIME } from "../organisation/xlsx";
import type { AuditLogArgs } from "./audit.types";

export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** The audit log query's conditions, shared by the viewer and the export so they always agree. */
export function auditWhere(tenantId: string, args: Pick<AuditLogArgs, "action" | "username" | "from" | "to">): Prisma.AuditLogWhereInput {
  return {
    tenantId,
    ...(args.action ? { action: { startsWith: args.action.slice(0, 64) } } : {}),
    ...(args.username ? { username: args.username.slice(0, 64) } : {}),
    ...(args.from || args.to ? { createdAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lte: args.to } : {}) } } : {}),
  };
}

const COLUMNS = [
  ["编号", 10], ["时间", 22], ["用户", 16], ["操作", 32], ["对象类型", 16], ["对象编号", 38], ["结果", 10], ["IP", 16], ["详情", 60], ["哈希", 68],
] as const;
const TIME = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "medium", hour12: false });

/** The filtered log as .xlsx for the assessor, watermarked with the exporter; the export is itself audited. */
export async function exportAuditLogs(ctx: Context, args: Pick<AuditLogArgs, "action" | "username" | "from" | "to">): Promise<FileDownload> {
  const where = auditWhere(ctx.tenantId, args);
  return ctx.uow(async ({ db, audit }) => {
    const rows = await db.auditLog.findMany({ where, orderBy: { id: "asc" }, take: AUDIT_EXPORT_MAX_ROWS + 1 });
    if (rows.length > AUDIT_EXPORT_MAX_ROWS) throw ValidationFailed(`导出结果超过 ${AUDIT_EXPORT_MAX_ROWS} 条，请缩小时间范围`);
    const wb = new ExcelJS.Workbook();
    const ws = addSheet(wb, "审计日志", COLUMNS.map(([h]) => ({ key: h, header: h, required: false })), { widths: COLUMNS.map(([, w]) => w) });
    for (const r of rows) {
      ws.addRow([r.id.toString(), TIME.format(r.createdAt), r.username ?? "", r.action, r.targetType ?? "", r.targetId ?? "", r.result, r.ip ?? "", r.detail ? JSON.stringify(r.detail) : "", r.hash ?? ""]);
    }
    audit({ action: "audit.export", detail: { rows: rows.length, action: args.action ?? null, username: args.username ?? null, from: args.from ?? null, to: args.to ?? null } });
    return { filename: `审计日志-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: rows.length };
  });
}

/**
 * Removes this committee's audit rows older than `before`, which must lie beyond the retention period
 * (config.auditRetentionDays, never under 180). The database function does the deleting, refuses a
 * younger date on its own, and records the purge as a new link of the chain.
 */
export async function purgeAuditLogs(ctx: Context, before: Date): Promise<{ deleted: number; before: Date }> {
  const days = config.auditRetentionDays;
  const limit = new Date(Date.now() - days * 86_400_000);
  if (Number.isNaN(before.getTime()) || before > limit) throw ValidationFailed(`审计日志至少保留 ${days} 天，只能清理 ${TIME.format(limit).slice(0, 10)} 以前的记录`);
  return ctx.uow(async ({ db }) => {
    const [row] = await db.$queryRaw<{ deleted: bigint }[]>`SELECT deleted FROM audit_log_purge(${before}::timestamptz, ${days}::int)`;
    return { deleted: Number(row!.deleted), before };
  });
}
