import type { Tx } from "../db/prisma";

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  result?: "SUCCESS" | "FAILURE";
  detail?: Record<string, unknown>;
  /** Overrides the unit of work's tenant, e.g. null for a platform event such as an unknown-user login. */
  tenantId?: string | null;
  userId?: string | null;
  username?: string | null;
}

export interface AuditActor {
  tenantId: string | null;
  userId: string | null;
  username: string | null;
  ip: string | null;
}

/** Writes entries inside the caller's transaction: if the audit write fails, the change rolls back. */
export async function writeAudit(tx: Tx, actor: AuditActor, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await tx.auditLog.createMany({
    data: entries.map((e) => ({
      tenantId: e.tenantId === undefined ? actor.tenantId : e.tenantId,
      userId: e.userId === undefined ? actor.userId : e.userId,
      username: e.username === undefined ? actor.username : e.username,
      action: e.action,
      targetType: e.targetType ?? null,
      targetId: e.targetId ?? null,
      result: e.result ?? "SUCCESS",
      detail: (e.detail ?? undefined) as any,
      ip: actor.ip,
    })),
  });
}
