import type { Context } from "../../../context/context";
import { isoDay } from "../dates";
import { proposalWork } from "../proposal-work";
import type { ProposalReminderType } from "../proposals.types";

/** 催办记录, newest first: a handling unit sees its own, the office all of the committee's. */
export async function listProposalReminders(ctx: Context, limit: number): Promise<ProposalReminderType[]> {
  return proposalWork(ctx, async (w, a) => {
    const office = a.permissions.has("proposal:read");
    if (!office && !a.unitId) return [];
    const rows = await w.db.proposalReminder.findMany({
      where: { tenantId: a.tenantId, ...(office ? {} : { unitId: a.unitId! }) },
      orderBy: [{ day: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      take: Math.min(Math.max(limit, 1), 500),
    });
    const units = new Map((await w.db.handlingUnit.findMany({ where: { tenantId: a.tenantId, id: { in: [...new Set(rows.map((r) => r.unitId))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    return rows.map((r) => ({ id: r.id, proposalId: r.proposalId, assignmentId: r.assignmentId, unit: { id: r.unitId, name: units.get(r.unitId) ?? "" }, kind: r.kind, day: isoDay(r.day), message: r.message, createdAt: r.createdAt }));
  });
}
