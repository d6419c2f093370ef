import type { PerformanceEventKind } from "@zhzx/shared";
import type { Tx } from "../../../db/prisma";

export interface PerformanceEventInput {
  tenantId: string;
  memberId: string;
  kind: PerformanceEventKind;
  occurredAt: Date;
  sourceType: string;
  sourceId: string;
  points?: number | null;
  note?: string | null;
}

/**
 * Records a member's countable act inside the caller's unit of work (so it commits or rolls back with
 * the act itself). Idempotent: the same (kind, source, member) recorded again updates the one row and
 * clears a previous revocation — e.g. attendance marked, corrected, and marked again.
 */
export async function recordPerformanceEvent(db: Tx, e: PerformanceEventInput) {
  const key = { tenantId: e.tenantId, kind: e.kind, sourceType: e.sourceType, sourceId: e.sourceId, memberId: e.memberId };
  return db.performanceEvent.upsert({
    where: { tenantId_kind_sourceType_sourceId_memberId: key },
    create: { ...key, occurredAt: e.occurredAt, points: e.points ?? null, note: e.note ?? null },
    update: { occurredAt: e.occurredAt, points: e.points ?? null, note: e.note ?? null, revokedAt: null },
  });
}

/** Marks the act undone; the row stays, so a score's history can still be explained. */
export async function revokePerformanceEvent(db: Tx, key: Omit<PerformanceEventInput, "occurredAt" | "points" | "note">) {
  await db.performanceEvent.updateMany({
    where: { tenantId: key.tenantId, kind: key.kind, sourceType: key.sourceType, sourceId: key.sourceId, memberId: key.memberId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
