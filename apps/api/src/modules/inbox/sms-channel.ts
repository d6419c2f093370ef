import type { Db } from "../../db/prisma";
import { runUnitOfWork } from "../../core/unit-of-work";

/** A way to send a short message to a user's phone. The default only logs (no gateway in this workplace). */
export interface SmsChannel {
  send(to: { userId: string; tenantId: string }, text: string): Promise<void>;
}

export class LoggingSmsChannel implements SmsChannel {
  readonly sent: { userId: string; text: string }[] = [];
  async send(to: { userId: string; tenantId: string }, text: string) {
    this.sent.push({ userId: to.userId, text });
    if (process.env.NODE_ENV !== "test") console.log(`[sms] to user ${to.userId}: ${text}`);
  }
}

/**
 * Drains the SMS outbox tenant by tenant (RLS scoped), claiming rows with SKIP LOCKED so two workers
 * never send the same message. A failed send leaves the row for the next run.
 */
export async function deliverPendingSms(prisma: Db, channel: SmsChannel, batch = 200): Promise<number> {
  const tenants = await prisma.tenant.findMany({ select: { id: true } });
  let sent = 0;
  for (const { id: tenantId } of tenants) {
    sent += await runUnitOfWork(prisma, { tenantId, userId: null }, { tenantId, userId: null, username: "system", ip: null }, async ({ db }) => {
      const rows = await db.$queryRaw<{ id: string; user_id: string; title: string; body: string | null }[]>`
        SELECT id, user_id, title, body FROM notification
         WHERE tenant_id = ${tenantId}::uuid AND sms AND sms_sent_at IS NULL
         ORDER BY created_at LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      let n = 0;
      for (const r of rows) {
        try {
          await channel.send({ userId: r.user_id, tenantId }, r.body ? `${r.title}：${r.body}` : r.title);
          await db.notification.update({ where: { tenantId_id: { tenantId, id: r.id } }, data: { smsSentAt: new Date() } });
          n++;
        } catch {
          // leave it for the next run
        }
      }
      return n;
    });
  }
  return sent;
}
