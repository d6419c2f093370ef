import {
  findTransition, PROPOSAL_ACTION_LABELS, PROPOSAL_STATE_LABELS, proposalMachine, type ProposalAction, type ProposalEventAction, type ProposalState,
} from "@zhzx/shared";
import { Conflict, Forbidden, InvalidTransition } from "../../core/errors";
import type { Work } from "../../core/unit-of-work";
import type { Prisma } from "../../generated/prisma/client";
import { queueFollowup } from "./proposal-followups";
import type { ProposalActor } from "./proposals.policy";

type Current = { id: string; state: ProposalState; version: number };

/**
 * Refuses an action the machine does not allow: INVALID_TRANSITION when no transition leaves the state,
 * FORBIDDEN when one does but none of the viewer's roles may fire it. A stale version is a CONFLICT.
 */
export function checkTransition(a: ProposalActor, p: Current, action: ProposalAction, seenVersion: number) {
  if (p.version !== seenVersion) throw Conflict();
  const t = findTransition(proposalMachine, p.state, action);
  if (!t) throw InvalidTransition(`提案当前为“${PROPOSAL_STATE_LABELS[p.state]}”，不能“${PROPOSAL_ACTION_LABELS[action]}”`);
  if (!t.roles.some((r) => a.roles.includes(r))) throw Forbidden(`没有“${PROPOSAL_ACTION_LABELS[action]}”的权限`);
  return t;
}

/**
 * Fires one machine transition: the state moves only if nobody changed the proposal since the viewer saw
 * it (`UPDATE … WHERE version = seen AND state = from`; 0 rows ⇒ CONFLICT), then the event and the audit
 * row are written in the same transaction. Call the record-level policy before this.
 */
export async function fireTransition(
  w: Work,
  a: ProposalActor,
  p: Current,
  action: ProposalAction,
  opts: { version: number; data?: Prisma.ProposalUncheckedUpdateManyInput; comment?: string | null; detail?: Record<string, unknown> },
): Promise<ProposalState> {
  const t = checkTransition(a, p, action, opts.version);
  const { count } = await w.db.proposal.updateMany({
    where: { tenantId: a.tenantId, id: p.id, version: opts.version, state: p.state },
    data: { ...opts.data, state: t.to, version: { increment: 1 } },
  });
  if (count === 0) throw Conflict();
  await recordEvent(w, a, p.id, action, p.state, t.to, opts.comment ?? null, opts.detail);
  queueFollowup(w, { proposalId: p.id, action, to: t.to });
  return t.to;
}

/**
 * Bumps the version of a proposal for a change that is not a transition (edits, invitations, key flag),
 * with the same optimistic check.
 */
export async function touchProposal(w: Work, a: ProposalActor, p: Current, seenVersion: number, data: Prisma.ProposalUncheckedUpdateManyInput = {}) {
  if (p.version !== seenVersion) throw Conflict();
  const { count } = await w.db.proposal.updateMany({ where: { tenantId: a.tenantId, id: p.id, version: seenVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw Conflict();
}

/** One timeline row (who, when, from, to, action, comment) and its audit entry. */
export async function recordEvent(
  w: Work,
  a: ProposalActor,
  proposalId: string,
  action: ProposalEventAction,
  from: ProposalState,
  to: ProposalState,
  comment: string | null,
  detail?: Record<string, unknown>,
) {
  await w.db.proposalEvent.create({
    data: { tenantId: a.tenantId, proposalId, action, fromState: from, toState: to, actorId: a.userId, actorName: a.name, comment, detail: (detail ?? undefined) as any },
  });
  w.audit({ action: `proposal.${action}`, targetType: "Proposal", targetId: proposalId, detail: { from, to, ...(comment ? { comment } : {}), ...(detail ?? {}) } });
}
