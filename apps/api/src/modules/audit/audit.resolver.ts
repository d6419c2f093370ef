import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { toSkipTake } from "../../core/pagination";
import { FileDownload } from "../organisation/files.types";
import { auditWhere, exportAuditLogs, purgeAuditLogs } from "./audit-files";
import { AuditChainReport, AuditExportFilter, AuditLogArgs, AuditLogPage, AuditPurgeResult } from "./audit.types";

@Resolver()
export class AuditResolver {
  @Authorized("audit:read")
  @Query(() => AuditLogPage, { description: "本委员会的审计日志（审计管理员）" })
  async auditLogs(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditLogPage> {
    const { skip, take } = toSkipTake(args);
    const where = auditWhere(ctx.tenantId, args);
    return ctx.uow(async ({ db }) => {
      const rows = await db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip, take });
      const total = await db.auditLog.count({ where });
      return { items: rows.map((r) => ({ ...r, id: r.id.toString(), hash: r.hash ?? "" })), total };
    });
  }

  @Authorized("audit:read")
  @Query(() => AuditChainReport, { description: "校验本委员会审计日志的哈希链" })
  async verifyAuditChain(@Ctx() ctx: Context): Promise<AuditChainReport> {
    return ctx.uow(async ({ db, audit }) => {
      const [row] = await db.$queryRaw<{ checked: bigint; first_broken_id: bigint | null; reason: string | null }[]>`SELECT * FROM audit_log_verify()`;
      const report = {
        intact: row!.first_broken_id === null,
        checked: Number(row!.checked),
        firstBrokenId: row!.first_broken_id?.toString() ?? null,
        reason: row!.reason,
      };
      audit({ action: "audit.verify_chain", result: report.intact ? "SUCCESS" : "FAILURE", detail: { checked: report.checked, firstBrokenId: report.firstBrokenId } });
      return report;
    });
  }

  @Authorized("audit:read")
  @Mutation(() => FileDownload, { description: "导出审计日志（Excel，带导出人水印；导出本身记入审计日志）" })
  async exportAuditLogs(@Arg("filter", () => AuditExportFilter, { nullable: true }) filter: AuditExportFilter | null, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportAuditLogs(ctx, filter ?? {});
  }

  @Authorized("audit:purge")
  @Mutation(() => AuditPurgeResult, { description: "清理早于指定时间且超过保留期（至少 180 天）的审计日志；清理本身记入审计日志" })
  async purgeAuditLogs(@Arg("before", () => Date) before: Date, @Ctx() ctx: Context): Promise<AuditPurgeResult> {
    return purgeAuditLogs(ctx, before);
  }
}
