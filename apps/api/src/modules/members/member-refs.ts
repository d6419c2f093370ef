import { DICT_KIND_LABELS, type DictKind } from "@zhzx/shared";
import { NotFound, ValidationFailed } from "../../core/errors";
import type { Tx } from "../../db/prisma";

export interface DictRef {
  field: string;
  kind: DictKind;
  id: string | null | undefined;
}

/**
 * Checks in one query that each chosen dictionary item exists in this tenant, is of the right kind
 * (a party id cannot stand for a sector) and is not disabled. The composite foreign keys already stop
 * cross-tenant ids; the kind is only known here.
 */
export async function assertDictRefs(db: Tx, tenantId: string, refs: DictRef[]) {
  const ids = [...new Set(refs.map((r) => r.id).filter((x): x is string => !!x))];
  const items = ids.length ? await db.dictItem.findMany({ where: { tenantId, id: { in: ids } } }) : [];
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const r of refs) {
    if (!r.id) continue;
    const item = byId.get(r.id);
    const label = DICT_KIND_LABELS[r.kind];
    if (!item || item.kind !== r.kind) throw ValidationFailed(`所选${label}无效`, { [r.field]: `所选${label}无效` });
    if (item.disabled) throw ValidationFailed(`${label}“${item.name}”已停用`, { [r.field]: `${label}已停用` });
  }
  return byId;
}

export async function assertSession(db: Tx, tenantId: string, sessionId: string) {
  const s = await db.committeeSession.findUnique({ where: { tenantId_id: { tenantId, id: sessionId } } });
  if (!s) throw NotFound("届次不存在");
  return s;
}

export const termRefs = (t: { sectorId: string; partyId: string; memberTypeId: string; specialCommitteeId: string | null }): DictRef[] => [
  { field: "term.sectorId", kind: "SECTOR", id: t.sectorId },
  { field: "term.partyId", kind: "PARTY", id: t.partyId },
  { field: "term.memberTypeId", kind: "MEMBER_TYPE", id: t.memberTypeId },
  { field: "term.specialCommitteeId", kind: "SPECIAL_COMMITTEE", id: t.specialCommitteeId },
];

export const profileRefs = (p: { ethnicGroupId?: string | null; educationId?: string | null }): DictRef[] => [
  { field: "ethnicGroupId", kind: "ETHNIC_GROUP", id: p.ethnicGroupId },
  { field: "educationId", kind: "EDUCATION", id: p.educationId },
];
