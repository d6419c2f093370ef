import { PROPOSAL_FILED_STATES, PROPOSAL_PRIVATE_STATES } from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import type { CommitteeFigures } from "./dashboard.types";

/**
 * The headline figures of one committee's current session: aggregate counts only, each on an indexed
 * (tenant, …) path. Run inside a unit of work scoped to that committee — the committee's own
 * dashboard and the city roll-up call this same function, so their numbers cannot differ.
 */
export async function committeeFigures(db: Tx, tenantId: string): Promise<CommitteeFigures> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  const session = await db.committeeSession.findFirst({ where: { tenantId, isCurrent: true }, select: { id: true, name: true } });
  const sid = session?.id ?? null;
  const [row] = await db.$queryRaw<{ proposals: number; filed: number; closed: number; overdue: number; opinions: number; adopted: number; members: number; meetings: number; invited: number; attended: number }[]>`
    SELECT
      (SELECT count(*)::int FROM proposal p WHERE p.tenant_id = ${tenantId}::uuid AND p.session_id = ${sid}::uuid AND p.state::text <> ALL(${[...PROPOSAL_PRIVATE_STATES]}::text[])) AS proposals,
      (SELECT count(*)::int FROM proposal p WHERE p.tenant_id = ${tenantId}::uuid AND p.session_id = ${sid}::uuid AND p.state::text = ANY(${[...PROPOSAL_FILED_STATES]}::text[])) AS filed,
      (SELECT count(*)::int FROM proposal p WHERE p.tenant_id = ${tenantId}::uuid AND p.session_id = ${sid}::uuid AND p.state = 'CLOSED') AS closed,
      (SELECT count(DISTINCT a.proposal_id)::int FROM proposal_assignment a JOIN proposal p ON p.tenant_id = a.tenant_id AND p.id = a.proposal_id
        WHERE a.tenant_id = ${tenantId}::uuid AND p.session_id = ${sid}::uuid AND a.status = 'ACTIVE' AND a.replied_at IS NULL AND a.deadline < (now() AT TIME ZONE 'Asia/Shanghai')::date) AS overdue,
      (SELECT count(*)::int FROM opinion o WHERE o.tenant_id = ${tenantId}::uuid AND o.session_id = ${sid}::uuid AND o.submitted_at IS NOT NULL) AS opinions,
      (SELECT count(*)::int FROM opinion o WHERE o.tenant_id = ${tenantId}::uuid AND o.session_id = ${sid}::uuid AND o.adopted_at IS NOT NULL) AS adopted,
      (SELECT count(*)::int FROM member_term t WHERE t.tenant_id = ${tenantId}::uuid AND t.session_id = ${sid}::uuid) AS members,
      (SELECT count(*)::int FROM meeting m WHERE m.tenant_id = ${tenantId}::uuid AND m.session_id = ${sid}::uuid AND m.status IN ('PUBLISHED', 'FINISHED')) AS meetings,
      (SELECT count(*)::int FROM meeting_invitation i JOIN meeting m ON m.tenant_id = i.tenant_id AND m.id = i.meeting_id
        WHERE i.tenant_id = ${tenantId}::uuid AND m.session_id = ${sid}::uuid AND m.status IN ('PUBLISHED', 'FINISHED')) AS invited,
      (SELECT count(*)::int FROM meeting_invitation i JOIN meeting m ON m.tenant_id = i.tenant_id AND m.id = i.meeting_id
        WHERE i.tenant_id = ${tenantId}::uuid AND m.session_id = ${sid}::uuid AND i.attendance = 'ATTENDED') AS attended`;
  const r = row!;
  return {
    tenantId,
    tenantName: tenant.name,
    sessionName: session?.name ?? null,
    proposals: r.proposals, filed: r.filed, closed: r.closed, overdue: r.overdue, opinions: r.opinions, adopted: r.adopted, members: r.members, meetings: r.meetings,
    invited: r.invited, attended: r.attended,
    attendanceRate: r.invited ? Math.round((r.attended / r.invited) * 1000) / 10 : 0,
  };
}
