import type { OpinionAction, OpinionState } from "@zhzx/shared";
import type { Work } from "../../core/unit-of-work";
import { notifyUsers } from "../inbox/use-cases/notify";
import { completeTodos, raiseTodo } from "../inbox/use-cases/todos";
import { recordPerformanceEvent, revokePerformanceEvent } from "../performance/use-cases/record-performance-event";

/**
 * What an opinion's move means for the people around it, in the transition's own unit of work: the
 * editors' review queue (a to-do per item), notices to the submitter (returned, discarded, adopted) and
 * the member's duty-performance events (报送社情民意, 社情民意被采用). Journal and instruction events are
 * recorded by their own use cases.
 */
export async function afterOpinionTransition(w: Work, actorId: string, tenantId: string, opinionId: string, action: OpinionAction, to: OpinionState) {
  const o = await w.db.opinion.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: opinionId } },
    select: { id: true, title: true, memberId: true, collectiveId: true, submittedAt: true, adoptedAt: true },
  });
  // Members and collectives live in another module: no Prisma relation, one query each (in turn: one transaction, one connection).
  const member = o.memberId ? await w.db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id: o.memberId } }, select: { userId: true } }) : null;
  const collective = o.collectiveId ? await w.db.collectiveSubmitter.findUnique({ where: { tenantId_id: { tenantId, id: o.collectiveId } }, select: { userId: true } }) : null;
  const source = { sourceType: "Opinion", sourceId: o.id };
  const label = `社情民意《${o.title}》`;
  const submitters = [member?.userId, collective?.userId].filter((u): u is string => !!u);
  const tell = (kind: string, title: string) => notifyUsers(w.db, tenantId, submitters, { kind, title, link: `/portal/opinions/${o.id}`, ...source });
  const perf = { tenantId, ...source, note: o.title };

  if (to === "SUBMITTED" && (action === "submit" || action === "completeCosign")) {
    await raiseTodo(w.db, { tenantId, assignee: { permission: "opinion:review" }, kind: "opinion.review", title: `新报送的${label}，待审核`, link: `/admin/opinions?id=${o.id}`, ...source });
    if (o.memberId) await recordPerformanceEvent(w.db, { ...perf, memberId: o.memberId, kind: "OPINION_SUBMITTED", occurredAt: o.submittedAt ?? new Date() });
  } else if (action === "returnToSubmitter") {
    await completeTodos(w.db, { tenantId, ...source, kind: "opinion.review" }, actorId);
    if (o.memberId) await revokePerformanceEvent(w.db, { tenantId, ...source, memberId: o.memberId, kind: "OPINION_SUBMITTED" });
    await tell("opinion.returned", `${label}被退回修改`);
  } else if (action === "discard") {
    await completeTodos(w.db, { tenantId, ...source, kind: "opinion.review" }, actorId);
    await tell("opinion.discarded", `${label}经审核未予采用`);
  } else if (action === "passSecondReview") {
    await completeTodos(w.db, { tenantId, ...source, kind: "opinion.review" }, actorId);
    if (o.memberId) await recordPerformanceEvent(w.db, { ...perf, memberId: o.memberId, kind: "OPINION_ADOPTED", occurredAt: o.adoptedAt ?? new Date() });
    await tell("opinion.adopted", `${label}已被采用`);
  } else if (action === "publish") {
    await tell("opinion.published", `${label}已编入刊物印发`);
  }
}
