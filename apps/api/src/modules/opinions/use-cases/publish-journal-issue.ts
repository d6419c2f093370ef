import { canFire, opinionMachine } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, Forbidden, InvalidTransition } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { recordPerformanceEvent } from "../../performance/use-cases/record-performance-event";
import { issueDetail, loadIssue } from "./manage-journal-issues";

/**
 * 刊发: the issue and every item in it, together (EDITED → PUBLISHED per item, one event each). Both the
 * issue's version and each item's state are conditions of the updates, so a concurrent change — an item
 * removed, the order changed — makes this a CONFLICT rather than a half-published issue.
 */
export async function publishJournalIssue(ctx: Context, id: string, version: number) {
  const issueId = parseId(id, "期刊");
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const issue = await loadIssue(db, tenantId, issueId);
    if (issue.status !== "DRAFT") throw InvalidTransition("该期刊已刊发");
    if (!canFire(opinionMachine, "EDITED", "publish", viewer.roles)) throw Forbidden();
    const items = await db.opinion.findMany({ where: { tenantId, issueId }, orderBy: { issueOrder: "asc" }, select: { id: true, state: true, memberId: true } });
    if (items.length === 0) throw InvalidTransition("本期还没有编入信息");
    if (items.some((o) => o.state !== "EDITED")) throw Conflict();
    const now = new Date();
    const head = await db.journalIssue.updateMany({
      where: { tenantId, id: issueId, version, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: now, issueDate: issue.issueDate ?? new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`), version: { increment: 1 } },
    });
    if (head.count === 0) throw Conflict();
    const moved = await db.opinion.updateMany({ where: { tenantId, issueId, state: "EDITED" }, data: { state: "PUBLISHED", publishedAt: now, version: { increment: 1 } } });
    if (moved.count !== items.length) throw Conflict();
    const label = `${issue.type.name} ${issue.year}年第${issue.number}期`;
    await db.opinionEvent.createMany({
      data: items.map((o) => ({ tenantId, opinionId: o.id, action: "publish", fromState: "EDITED" as const, toState: "PUBLISHED" as const, actorId: viewer.userId, actorName: viewer.displayName, comment: label })),
    });
    for (const o of items) {
      if (o.memberId) await recordPerformanceEvent(db, { tenantId, memberId: o.memberId, kind: "OPINION_IN_JOURNAL", occurredAt: now, sourceType: "Opinion", sourceId: o.id });
      audit({ action: "opinion.publish", targetType: "Opinion", targetId: o.id, detail: { issueId, issue: label } });
    }
    audit({ action: "journal.issue.publish", targetType: "JournalIssue", targetId: issueId, detail: { issue: label, items: items.length } });
    return issueDetail(db, tenantId, issueId);
  });
}
