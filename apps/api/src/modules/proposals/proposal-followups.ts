import type { PerformanceEventKind, ProposalAction, ProposalState } from "@zhzx/shared";
import type { Work } from "../../core/unit-of-work";
import { notifyUsers } from "../inbox/use-cases/notify";
import { completeTodos, raiseTodo } from "../inbox/use-cases/todos";
import { recordPerformanceEvent, revokePerformanceEvent } from "../performance/use-cases/record-performance-event";
import type { ProposalActor } from "./proposals.policy";

/**
 * What a proposal's move means for the people around it, written in the transition's own unit of work
 * (so nothing is announced for a move that rolls back):
 * - the inbox: to-dos for whoever must act next (the review queue, the assigning office, each handling
 *   unit, the submitter's verdict) and notices to the submitter and the units;
 * - duty performance: 提交提案 / 联名提案 / 提案立案 / 重点提案 events for the members concerned.
 */
async function afterProposalTransition(w: Work, a: ProposalActor, proposalId: string, action: ProposalAction, to: ProposalState) {
  const tenantId = a.tenantId;
  const p = await w.db.proposal.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: proposalId } },
    select: {
      id: true, title: true, caseNumber: true, isKey: true, memberId: true, collectiveId: true, submittedAt: true, filedAt: true,
      cosigners: { where: { status: "CONFIRMED" }, select: { memberId: true } },
      assignments: { where: { status: "ACTIVE" }, select: { deadline: true, unitId: true } },
    },
  });
  // Members, collectives and units live in other modules: no Prisma relation, one query each (in turn: one transaction, one connection).
  const member = p.memberId ? await w.db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id: p.memberId } }, select: { userId: true } }) : null;
  const collective = p.collectiveId ? await w.db.collectiveSubmitter.findUnique({ where: { tenantId_id: { tenantId, id: p.collectiveId } }, select: { userId: true } }) : null;
  const units = await w.db.handlingUnit.findMany({ where: { tenantId, id: { in: p.assignments.map((x) => x.unitId) } }, select: { userId: true, name: true } });
  const source = { sourceType: "Proposal", sourceId: p.id };
  const label = p.caseNumber ? `第 ${p.caseNumber} 号提案《${p.title}》` : `提案《${p.title}》`;
  const submitterUsers = [member?.userId, collective?.userId].filter((u): u is string => !!u);
  const unitUsers = units.map((u) => u.userId).filter((u): u is string => !!u);
  const deadline = p.assignments.map((x) => x.deadline).filter((d): d is Date => !!d).sort((x, y) => x.getTime() - y.getTime())[0] ?? null;
  const close = (kind?: string) => completeTodos(w.db, { tenantId, ...source, kind }, a.userId);
  const tellSubmitter = (kind: string, title: string, body?: string) =>
    notifyUsers(w.db, tenantId, submitterUsers, { kind, title, body: body ?? null, link: `/portal/proposals/${p.id}`, ...source, sms: true });
  const perf = (kind: PerformanceEventKind, memberId: string, at: Date) =>
    recordPerformanceEvent(w.db, { tenantId, memberId, kind, occurredAt: at, ...source, note: p.title });

  switch (action) {
    case "submit": {
      await raiseTodo(w.db, { tenantId, assignee: { permission: "proposal:review" }, kind: "proposal.review", title: `新提交的${label}，待审查`, link: `/admin/proposals?id=${p.id}`, ...source });
      const at = p.submittedAt ?? new Date();
      if (p.memberId) await perf("PROPOSAL_SUBMITTED", p.memberId, at);
      for (const c of p.cosigners) await perf("PROPOSAL_COSIGNED", c.memberId, at);
      break;
    }
    case "returnToSubmitter":
      await close("proposal.review");
      await tellSubmitter("proposal.returned", `${label}被退回修改`, "请在委员端查看审查意见，修改后重新提交。");
      break;
    case "decline":
      await close("proposal.review");
      await tellSubmitter("proposal.declined", `${label}经审查不予立案`, "请在委员端查看审查意见和处理去向。");
      break;
    case "merge":
      await close("proposal.review");
      await tellSubmitter("proposal.merged", `${label}已并案办理`, "内容相近的提案合并办理，您已作为联名人随并入的提案跟踪办理结果。");
      break;
    case "file": {
      await close("proposal.review");
      await raiseTodo(w.db, { tenantId, assignee: { permission: "proposal:manage" }, kind: "proposal.assign", title: `${label}已立案，待交办`, link: `/admin/proposals?id=${p.id}`, ...source });
      await tellSubmitter("proposal.filed", `${label}已立案`);
      const at = p.filedAt ?? new Date();
      if (p.memberId) {
        await perf("PROPOSAL_FILED", p.memberId, at);
        if (p.isKey) await perf("PROPOSAL_KEY", p.memberId, at);
      }
      break;
    }
    case "assign":
      await close("proposal.assign");
      for (const userId of unitUsers) {
        await raiseTodo(w.db, { tenantId, assignee: { userId }, kind: "proposal.sign", title: `${label}已交办贵单位，请签收`, link: `/portal/handling/${p.id}`, ...source, dueAt: deadline });
      }
      await tellSubmitter("proposal.assigned", `${label}已交办`, `承办单位：${units.map((u) => u.name).join("、")}`);
      break;
    case "returnAssignment":
      await close("proposal.sign");
      await raiseTodo(w.db, { tenantId, assignee: { permission: "proposal:manage" }, kind: "proposal.assign", title: `${label}已退回，待重新交办`, link: `/admin/proposals?id=${p.id}`, ...source });
      break;
    case "sign":
      await close("proposal.sign");
      for (const userId of unitUsers) {
        await raiseTodo(w.db, { tenantId, assignee: { userId }, kind: "proposal.reply", title: `${label}待答复`, link: `/portal/handling/${p.id}`, ...source, dueAt: deadline });
      }
      break;
    case "reply":
      await close("proposal.reply");
      for (const userId of submitterUsers) {
        await raiseTodo(w.db, { tenantId, assignee: { userId }, kind: "proposal.rate", title: `${label}已答复，请评价办理结果`, link: `/portal/proposals/${p.id}`, ...source });
      }
      await tellSubmitter("proposal.replied", `${label}已收到承办单位答复`);
      break;
    case "rateSatisfied":
    case "rateDissatisfied":
      await close("proposal.rate");
      await notifyUsers(w.db, tenantId, unitUsers, {
        kind: "proposal.rated", title: `${label}的提案人已评价：${action === "rateSatisfied" ? "满意" : "不满意"}`, link: `/portal/handling/${p.id}`, ...source,
      });
      if (action === "rateDissatisfied") {
        await raiseTodo(w.db, { tenantId, assignee: { permission: "proposal:manage" }, kind: "proposal.dissatisfied", title: `${label}提案人不满意，待处理`, link: `/admin/proposals?id=${p.id}`, ...source });
      }
      break;
    case "closeDissatisfied":
      await close("proposal.dissatisfied");
      await tellSubmitter("proposal.closed", `${label}已办结`);
      break;
    case "rehandle":
      await close("proposal.dissatisfied");
      for (const userId of unitUsers) {
        await raiseTodo(w.db, { tenantId, assignee: { userId }, kind: "proposal.reply", title: `${label}需重新办理，待答复`, link: `/portal/handling/${p.id}`, ...source, dueAt: deadline });
      }
      await tellSubmitter("proposal.rehandle", `${label}已安排承办单位重新办理`);
      break;
    default:
      break;
  }
}

type Move = { proposalId: string; action: ProposalAction; to: ProposalState };
const queued = new WeakMap<Work, Move[]>();

/**
 * fireTransition queues the move; proposalWork runs the follow-ups once the use case has finished its
 * writes (assignments, replies, co-signers are written after the state moves), still before commit.
 */
export function queueFollowup(w: Work, move: Move) {
  const list = queued.get(w) ?? [];
  list.push(move);
  queued.set(w, list);
}

export async function runFollowups(w: Work, a: ProposalActor) {
  const list = queued.get(w) ?? [];
  queued.delete(w);
  for (const m of list) await afterProposalTransition(w, a, m.proposalId, m.action, m.to);
}

/** 设为/取消重点提案 after filing moves the member's 重点提案 event with it. */
export async function afterKeyFlagChanged(w: Work, a: ProposalActor, proposalId: string, isKey: boolean) {
  const p = await w.db.proposal.findUniqueOrThrow({ where: { tenantId_id: { tenantId: a.tenantId, id: proposalId } }, select: { memberId: true, title: true, filedAt: true } });
  if (!p.memberId) return;
  const key = { tenantId: a.tenantId, memberId: p.memberId, kind: "PROPOSAL_KEY" as const, sourceType: "Proposal", sourceId: proposalId };
  if (isKey) await recordPerformanceEvent(w.db, { ...key, occurredAt: p.filedAt ?? new Date(), note: p.title });
  else await revokePerformanceEvent(w.db, key);
}
