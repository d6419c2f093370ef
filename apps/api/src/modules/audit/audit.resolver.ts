import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { toSkipTake } from "../../core/pagination";
import { AuditChainReport, AuditLogArgs, AuditLogPage } from "./audit.types";

@Resolver()
export class AuditResolver {
  @Authorized("audit:read")
  @Query(() => AuditLogPage, { description: "本委员会的审计日志（审计管理员）" })
  async auditLogs(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditLogPage> {
    const { skip, take } = toSkipTake(args);
    const where = {
      tenantId: ctx.tenantId,
      ...(args.action ? { action: { startsWith: args.action.slice(0, 64) } } : {}),
      ...(args.username ? { username: args.username.slice(0, 64) } : {}),
      ...(args.from || args.to ? { createdAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lte: args.to } : {}) } } : {}),
    };
    return ctx.uow(async ({ db }) => {
      const [rows, total] = await Promise.all([
        db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip, take }),
        db.auditLog.count({ where }),
      ]);
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
}
