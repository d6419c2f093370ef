import { PROPOSAL_REMINDER_KIND_LABELS, type ProposalReminderKind } from "@zhzx/shared";
import { runUnitOfWork } from "../../../core/unit-of-work";
import type { Db } from "../../../db/prisma";
import { addDays, dateOf, daysBetween, isoDay } from "../dates";
import { loadSettings } from "../settings";

/**
 * 催办: for one committee and one day, a reminder row per live assignment that is not signed, near its
 * deadline, or past it (the notification module will deliver them). Idempotent — one row per
 * assignment, kind and day (unique key + skip duplicates) — so the job may run any number of times.
 * Runs as a unit of work in the given committee: RLS scoped to it, audited.
 */
export async function writeProposalReminders(prisma: Db, tenantId: string, day: string): Promise<number> {
  const actor = { tenantId, userId: null, username: "system:proposal-reminders", ip: null };
  return runUnitOfWork(prisma, { tenantId, userId: null }, actor, async ({ db, audit }) => {
    const { reminderDaysBeforeDeadline: near } = await loadSettings(db, tenantId);
    const due = await db.proposalAssignment.findMany({
      where: {
        tenantId,
        status: "ACTIVE",
        proposal: { state: { in: ["ASSIGNED", "HANDLING"] } },
        OR: [{ signedAt: null }, { repliedAt: null, deadline: { lte: dateOf(addDays(day, near)) } }],
      },
      select: { id: true, proposalId: true, unitId: true, role: true, signedAt: true, repliedAt: true, assignedAt: true, deadline: true, proposal: { select: { title: true, caseNumber: true } } },
    });
    const rows: { tenantId: string; proposalId: string; assignmentId: string; unitId: string; kind: ProposalReminderKind; day: Date; message: string }[] = [];
    for (const x of due) {
      const what = `《${x.proposal.title}》${x.proposal.caseNumber ? `（${x.proposal.caseNumber}）` : ""}`;
      const add = (kind: ProposalReminderKind, text: string) =>
        rows.push({ tenantId, proposalId: x.proposalId, assignmentId: x.id, unitId: x.unitId, kind, day: dateOf(day), message: `【${PROPOSAL_REMINDER_KIND_LABELS[kind]}】${what}${text}` });
      const left = daysBetween(day, isoDay(x.deadline));
      if (!x.signedAt) add("NOT_SIGNED", `已于 ${isoDay(x.assignedAt, true)} 交办，请尽快签收`);
      if (!x.repliedAt && left < 0) add("OVERDUE", `已超过办理期限 ${-left} 天，请尽快答复`);
      else if (!x.repliedAt && left <= near) add("DEADLINE_NEAR", `距办理期限（${isoDay(x.deadline)}）还有 ${left} 天`);
    }
    const { count } = rows.length ? await db.proposalReminder.createMany({ data: rows, skipDuplicates: true }) : { count: 0 };
    if (count) audit({ action: "proposal.reminders", targetType: "ProposalReminder", detail: { day, written: count } });
    return count;
  });
}
