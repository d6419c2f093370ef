import { DICT_KIND_LABELS, type MeetingInvitees, type MeetingNoticeKind } from "@zhzx/shared";
import { ValidationFailed } from "../../core/errors";
import type { Tx } from "../../db/prisma";

/**
 * Checks the chosen invitees in a few queries: dictionary items of the right kind in this tenant
 * (disabled ones too — a past sector still names people), and member profiles of this tenant.
 */
export async function assertInviteeRefs(db: Tx, tenantId: string, i: MeetingInvitees) {
  const refs = [
    ...i.sectorIds.map((id) => ({ field: "invitees.sectorIds", kind: "SECTOR" as const, id })),
    ...i.partyIds.map((id) => ({ field: "invitees.partyIds", kind: "PARTY" as const, id })),
    ...i.specialCommitteeIds.map((id) => ({ field: "invitees.specialCommitteeIds", kind: "SPECIAL_COMMITTEE" as const, id })),
  ];
  const ids = refs.map((r) => r.id);
  const items = ids.length ? await db.dictItem.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, kind: true } }) : [];
  const kindOf = new Map(items.map((x) => [x.id, x.kind]));
  for (const r of refs) {
    if (kindOf.get(r.id) !== r.kind) throw ValidationFailed(`所选${DICT_KIND_LABELS[r.kind]}无效`, { [r.field]: `所选${DICT_KIND_LABELS[r.kind]}无效` });
  }
  if (i.memberIds.length) {
    const found = await db.memberProfile.count({ where: { tenantId, id: { in: i.memberIds } } });
    if (found !== i.memberIds.length) throw ValidationFailed("所选委员中有不存在的委员", { "invitees.memberIds": "所选委员中有不存在的委员" });
  }
}

/**
 * Expands the invitees into invitation rows in one statement (INSERT … SELECT, no loop over members),
 * and writes an INVITED notice for each member newly invited, in the same statement. Members already
 * invited are left as they are. Returns the number newly invited.
 */
export async function resolveInvitations(db: Tx, tenantId: string, meeting: { id: string; sessionId: string }, i: MeetingInvitees): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    WITH invited AS (
      INSERT INTO meeting_invitation (tenant_id, meeting_id, member_id, invited_at, updated_at)
      SELECT p.tenant_id, ${meeting.id}::uuid, p.id, now(), now()
        FROM member_profile p
       WHERE p.tenant_id = ${tenantId}::uuid
         AND (p.id = ANY(${i.memberIds}::uuid[])
              OR EXISTS (SELECT 1 FROM member_term t
                          WHERE t.tenant_id = p.tenant_id AND t.member_id = p.id AND t.session_id = ${meeting.sessionId}::uuid
                            AND (${i.allOfSession}::boolean
                                 OR t.sector_id = ANY(${i.sectorIds}::uuid[])
                                 OR t.party_id = ANY(${i.partyIds}::uuid[])
                                 OR t.special_committee_id = ANY(${i.specialCommitteeIds}::uuid[]))))
      ON CONFLICT DO NOTHING
      RETURNING member_id
    ), notified AS (
      INSERT INTO meeting_notice (tenant_id, id, meeting_id, member_id, kind, created_at)
      SELECT ${tenantId}::uuid, gen_random_uuid(), ${meeting.id}::uuid, member_id, 'INVITED', now() FROM invited
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM notified`;
  return rows[0]?.n ?? 0;
}

/** One notice per invitee of the item (or per listed member), in one statement: the outbox the notifier reads. */
export async function writeNotices(db: Tx, tenantId: string, meetingId: string, kind: MeetingNoticeKind, note: string | null, memberIds?: string[]) {
  if (memberIds) {
    if (memberIds.length === 0) return 0;
    const { count } = await db.meetingNotice.createMany({ data: memberIds.map((memberId) => ({ tenantId, meetingId, memberId, kind, note })) });
    return count;
  }
  return db.$executeRaw`
    INSERT INTO meeting_notice (tenant_id, id, meeting_id, member_id, kind, note, created_at)
    SELECT tenant_id, gen_random_uuid(), meeting_id, member_id, ${kind}::"MeetingNoticeKind", ${note}, now()
      FROM meeting_invitation WHERE tenant_id = ${tenantId}::uuid AND meeting_id = ${meetingId}::uuid`;
}
