import type { Tx } from "../../../db/prisma";
import { chinaDayStart, dateOnly } from "../scoring/periods";
import { recordPerformanceEvent, revokePerformanceEvent } from "./record-performance-event";

/** An accepted material is one MATERIAL_ACCEPTED event on the day of the work it documents. */
const SOURCE = "Material";
type MaterialRow = { tenantId: string; id: string; memberId: string; title: string; occurredOn: Date };

export const recordMaterialEvent = (db: Tx, m: MaterialRow) =>
  recordPerformanceEvent(db, { tenantId: m.tenantId, memberId: m.memberId, kind: "MATERIAL_ACCEPTED", occurredAt: chinaDayStart(dateOnly(m.occurredOn)), sourceType: SOURCE, sourceId: m.id, note: m.title });

export const revokeMaterialEvent = (db: Tx, m: MaterialRow) =>
  revokePerformanceEvent(db, { tenantId: m.tenantId, memberId: m.memberId, kind: "MATERIAL_ACCEPTED", sourceType: SOURCE, sourceId: m.id });
