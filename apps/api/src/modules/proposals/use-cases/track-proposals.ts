import { PROPOSAL_FILED_STATES } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import type { Prisma } from "../../../generated/prisma/client";
import { dateOf, todayInChina } from "../dates";
import { proposalWork } from "../proposal-work";
import { loadNames, presentAssignment, summaryInclude } from "../proposals.presenter";
import { officeWhere } from "../proposals.policy";
import { loadSettings } from "../settings";
import type { ProposalFeedbackArgs, ProposalFeedbackPage, ProposalTrackingArgs, ProposalTrackingPage } from "../statistics.types";
import { presentPage } from "./list-proposals";

/** 办理追踪: one row per live assignment of a proposal still being handled, nearest deadline first. */
export async function trackProposals(ctx: Context, args: ProposalTrackingArgs): Promise<ProposalTrackingPage> {
  const { skip, take } = toSkipTake(args);
  const f = args.filter ?? {};
  return proposalWork(ctx, async (w, a) => {
    const today = dateOf(todayInChina());
    const where: Prisma.ProposalAssignmentWhereInput = {
      tenantId: a.tenantId,
      status: "ACTIVE",
      proposal: { AND: [officeWhere(a), { state: { in: ["ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED"] } }, ...(f.sessionId ? [{ sessionId: parseId(f.sessionId, "届次") }] : [])] },
      ...(f.unitId ? { unitId: parseId(f.unitId, "承办单位") } : {}),
      ...(f.overdueOnly ? { repliedAt: null, deadline: { lt: today } } : {}),
      ...(f.notSignedOnly ? { signedAt: null } : {}),
      ...(f.pendingRequestsOnly ? { requests: { some: { status: "PENDING" } } } : {}),
    };
    const rows = await w.db.proposalAssignment.findMany({
      where,
      include: { requests: { orderBy: { requestedAt: "asc" } }, proposal: { include: summaryInclude } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      skip,
      take,
    });
    const total = await w.db.proposalAssignment.count({ where });
    const summaries = await presentPage(w, a, rows.map((r) => r.proposal));
    const names = await loadNames(w.db, a.tenantId, rows.map((r) => r.proposal));
    const settings = await loadSettings(w.db, a.tenantId);
    return { items: rows.map((r, i) => ({ assignment: presentAssignment(r, { names, settings, actor: a }), proposal: summaries[i]! })), total };
  });
}

/** 委员评价查询: every feedback given, newest first; `undecidedOnly` is the office's 不满意 review queue. */
export async function listProposalFeedbacks(ctx: Context, args: ProposalFeedbackArgs): Promise<ProposalFeedbackPage> {
  const { skip, take } = toSkipTake(args);
  const f = args.filter ?? {};
  return proposalWork(ctx, async (w, a) => {
    const where: Prisma.ProposalFeedbackWhereInput = {
      tenantId: a.tenantId,
      ...(f.satisfaction ? { satisfaction: f.satisfaction } : {}),
      ...(f.undecidedOnly ? { satisfaction: "DISSATISFIED", decision: null } : {}),
      proposal: {
        AND: [
          officeWhere(a),
          { state: { in: [...PROPOSAL_FILED_STATES] } },
          ...(f.sessionId ? [{ sessionId: parseId(f.sessionId, "届次") }] : []),
          ...(f.unitId ? [{ assignments: { some: { unitId: parseId(f.unitId, "承办单位"), role: "LEAD" as const, status: "ACTIVE" as const } } }] : []),
        ],
      },
    };
    const rows = await w.db.proposalFeedback.findMany({ where, include: { proposal: { include: summaryInclude } }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip, take });
    const total = await w.db.proposalFeedback.count({ where });
    const summaries = await presentPage(w, a, rows.map((r) => r.proposal));
    return {
      items: rows.map((r, i) => ({
        feedback: { id: r.id, round: r.round, satisfaction: r.satisfaction, comment: r.comment, createdAt: r.createdAt, decision: r.decision, decidedAt: r.decidedAt, decisionComment: r.decisionComment },
        proposal: summaries[i]!,
      })),
      total,
    };
  });
}
