import type { Role } from "@zhzx/shared";
import type { Tx } from "../../../db/prisma";

export interface Message {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  sourceType?: string | null;
  sourceId?: string | null;
  /** Also send by SMS (picked up from the outbox by deliverPendingSms). */
  sms?: boolean;
}

/**
 * Notifies the given users of the tenant, inside the caller's unit of work: the notification exists
 * (and is pushed) only if the act that caused it commits. One INSERT, however many recipients.
 */
export async function notifyUsers(db: Tx, tenantId: string, userIds: string[], m: Message): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const r = await db.notification.createMany({
    data: unique.map((userId) => ({
      tenantId,
      userId,
      kind: m.kind,
      title: m.title,
      body: m.body ?? null,
      link: m.link ?? null,
      sourceType: m.sourceType ?? null,
      sourceId: m.sourceId ?? null,
      sms: m.sms ?? false,
    })),
  });
  return r.count;
}

/** Notifies everyone in the tenant holding any of the roles — set-based, for notices to all members. */
export async function notifyRoles(db: Tx, tenantId: string, roles: Role[], m: Message): Promise<number> {
  return db.$executeRaw`
    INSERT INTO notification (tenant_id, id, user_id, kind, title, body, link, source_type, source_id, sms)
    SELECT tenant_id, gen_random_uuid(), user_id, ${m.kind}, ${m.title}, ${m.body ?? null}, ${m.link ?? null},
           ${m.sourceType ?? null}, ${m.sourceId ?? null}, ${m.sms ?? false}
      FROM tenant_membership
     WHERE tenant_id = ${tenantId}::uuid AND roles && ${roles}::"Role"[]`;
}
