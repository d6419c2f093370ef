import type { Db, Tx } from "../db/prisma";
import { writeAudit, type AuditActor, type AuditEntry } from "./audit";

export interface Scope {
  tenantId: string | null;
  userId: string | null;
  /** Identity work only (login, session lookup, account creation): see the app_user policy. */
  authLookup?: boolean;
}

export interface Work {
  db: Tx;
  audit(entry: AuditEntry): void;
  /** Identity work only: once login has found the user, scope the rest of the work (and its audit) to them. */
  rescope(tenantId: string | null, userId: string, username: string): Promise<void>;
}

const setScope = (tx: Tx, s: Scope) =>
  tx.$executeRaw`SELECT set_config('app.tenant_id', ${s.tenantId ?? ""}, true),
                        set_config('app.user_id', ${s.userId ?? ""}, true),
                        set_config('app.auth_lookup', ${s.authLookup ? "on" : ""}, true)`;

/**
 * The one way to touch the database: opens a transaction, sets the tenant and user for RLS
 * (transaction-local, so a pooled connection never carries them to the next request), runs the work,
 * appends its audit entries, and commits. If any step throws — the audit write included — nothing of
 * it is kept.
 */
export async function runUnitOfWork<T>(prisma: Db, scope: Scope, actor: AuditActor, fn: (w: Work) => Promise<T>): Promise<T> {
  const who = { ...actor, tenantId: scope.tenantId ?? actor.tenantId };
  return prisma.$transaction(
    async (tx) => {
      await setScope(tx, scope);
      const entries: AuditEntry[] = [];
      const result = await fn({
        db: tx,
        audit: (e) => entries.push(e),
        rescope: async (tenantId, userId, username) => {
          Object.assign(who, { tenantId, userId, username });
          await setScope(tx, { tenantId, userId, authLookup: scope.authLookup });
        },
      });
      await writeAudit(tx, who, entries);
      return result;
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
