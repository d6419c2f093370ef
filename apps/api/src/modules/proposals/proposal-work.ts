import { runFollowups } from "./proposal-followups";
import type { Context } from "../../context/context";
import { NotFound } from "../../core/errors";
import { parseId } from "../../core/ids";
import type { Work } from "../../core/unit-of-work";
import { detailInclude, loadNames, presentDetail } from "./proposals.presenter";
import { loadActor, visibleWhere, type ProposalActor } from "./proposals.policy";
import type { ProposalDetail } from "./proposals.types";
import { loadSettings } from "./settings";

/** A unit of work in the active committee with the viewer's proposal identity (member, collective, unit) resolved. */
export function proposalWork<T>(ctx: Context, fn: (w: Work, actor: ProposalActor) => Promise<T>): Promise<T> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const actor = await loadActor(w.db, tenantId, ctx.viewer!);
    const result = await fn(w, actor);
    await runFollowups(w, actor);
    return result;
  });
}

/** The proposal if the viewer may see it, else NOT_FOUND (never "exists but forbidden"). */
export async function findVisibleProposal(w: Work, a: ProposalActor, id: string) {
  const p = await w.db.proposal.findFirst({
    where: { AND: [{ tenantId: a.tenantId, id: parseId(id, "提案") }, visibleWhere(a)] },
    include: { assignments: { where: { status: "ACTIVE" } } },
  });
  if (!p) throw NotFound("提案不存在或无权查看");
  return p;
}

/** The full detail as the viewer sees it (after a change: the mutation's result). */
export async function loadProposalDetail(w: Work, a: ProposalActor, id: string): Promise<ProposalDetail> {
  const p = await w.db.proposal.findFirst({ where: { AND: [{ tenantId: a.tenantId, id }, visibleWhere(a)] }, include: detailInclude });
  if (!p) throw NotFound("提案不存在或无权查看");
  const extraUnits = p.replies.map((r) => r.unitId);
  const names = await loadNames(w.db, a.tenantId, [p], extraUnits);
  return presentDetail(p, { names, settings: await loadSettings(w.db, a.tenantId), actor: a }, await loadMerged(w, a, p));
}

const mergedRefSelect = { id: true, title: true, caseNumber: true } as const;

/** 并案 both ways: what this proposal went into (if the viewer may see it), and the texts merged into it. */
async function loadMerged(w: Work, a: ProposalActor, p: { id: string; mergedIntoId: string | null }) {
  const into = p.mergedIntoId ? await w.db.proposal.findFirst({ where: { AND: [{ tenantId: a.tenantId, id: p.mergedIntoId }, visibleWhere(a)] }, select: mergedRefSelect }) : null;
  const merged = await w.db.proposal.findMany({
    where: { tenantId: a.tenantId, mergedIntoId: p.id },
    select: { ...mergedRefSelect, submitterName: true, content: true, submittedAt: true },
    orderBy: { submittedAt: "asc" },
  });
  return { mergedInto: into, mergedProposals: merged };
}
