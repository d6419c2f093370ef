import { NotFound } from "../../core/errors";
import type { Tx } from "../../db/prisma";

/** Attaches { id, name } of each row's member (one query; the tables link by hand-written foreign keys, not Prisma relations). */
export async function withMembers<T extends { memberId: string }>(db: Tx, tenantId: string, rows: T[]): Promise<(T & { member: { id: string; name: string } })[]> {
  if (rows.length === 0) return [];
  const members = await db.memberProfile.findMany({ where: { tenantId, id: { in: [...new Set(rows.map((r) => r.memberId))] } }, select: { id: true, name: true } });
  const byId = new Map(members.map((m) => [m.id, m]));
  return rows.map((r) => ({ ...r, member: byId.get(r.memberId) ?? { id: r.memberId, name: "" } }));
}

export async function loadMemberBasics(db: Tx, tenantId: string, id: string) {
  const m = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id } }, select: { id: true, name: true, userId: true } });
  if (!m) throw NotFound("委员不存在");
  return m;
}
