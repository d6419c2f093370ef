import { MERGE_TARGET_STATES, mergeProposalInput, PROPOSAL_STATE_LABELS, type ProposalState } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { MergeProposalInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import { fireTransition, recordEvent } from "../transition";

/**
 * 并案: a duplicate found by 查重 is merged into another proposal of the same session. The duplicate ends
 * NOT_FILED (MERGED) pointing at its target and keeps its own text, which the target's detail shows; its
 * submitter (a member) and confirmed co-signers become confirmed co-signers of the target, so they follow
 * its handling. Both proposals get a timeline row; the whole move is one transaction.
 */
export async function mergeProposal(ctx: Context, input: MergeProposalInput) {
  const data = parseInput(mergeProposalInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    const target = await findVisibleProposal(w, a, data.intoId);
    if (!(MERGE_TARGET_STATES as readonly ProposalState[]).includes(target.state)) {
      throw InvalidTransition(`目标提案当前为“${PROPOSAL_STATE_LABELS[target.state]}”，不能并入`);
    }
    if (target.sessionId !== p.sessionId) throw ValidationFailed("只能并入同一届次的提案");
    const reason = data.reason ?? `并入《${target.title}》`;
    await fireTransition(w, a, p, "merge", {
      version: data.version,
      comment: reason,
      data: { notFiledDestination: "MERGED", notFiledReason: reason, mergedIntoId: target.id },
      detail: { into: target.id, intoTitle: target.title },
    });

    const confirmed = await w.db.proposalCosigner.findMany({ where: { tenantId: a.tenantId, proposalId: p.id, status: "CONFIRMED" }, select: { memberId: true, memberName: true } });
    const joining = [...(p.memberId ? [{ memberId: p.memberId, memberName: p.submitterName }] : []), ...confirmed].filter((m) => m.memberId !== target.memberId);
    const now = new Date();
    if (joining.length) {
      // ON CONFLICT: someone already invited to the target (or already confirmed) is confirmed once.
      for (const m of joining) {
        await w.db.proposalCosigner.upsert({
          where: { tenantId_proposalId_memberId: { tenantId: a.tenantId, proposalId: target.id, memberId: m.memberId } },
          create: { tenantId: a.tenantId, proposalId: target.id, memberId: m.memberId, memberName: m.memberName, status: "CONFIRMED", comment: "并案", answeredAt: now },
          update: { status: "CONFIRMED", answeredAt: now },
        });
      }
    }
    await w.db.proposal.updateMany({ where: { tenantId: a.tenantId, id: target.id }, data: { version: { increment: 1 } } });
    await recordEvent(w, a, target.id, "mergeIn", target.state, target.state, `并入《${p.title}》（提案人：${p.submitterName}）`, { from: p.id, joined: joining.map((m) => m.memberName) });
    return loadProposalDetail(w, a, target.id);
  });
}
