import type { AuditEntry } from "../../../core/audit";
import { ValidationFailed } from "../../../core/errors";
import type { Tx } from "../../../db/prisma";

export interface OpinionFromProposal {
  tenantId: string;
  proposalId: string;
  title: string;
  /** Plain text (the proposal module converts its HTML with plainText()). */
  content: string;
  /** The proposal's submitter: exactly one of memberId / collectiveId, with the name shown on the item. */
  submitterName: string;
  memberId: string | null;
  collectiveId: string | null;
  sessionId?: string | null;
  /** Who declined the proposal (the event's actor). */
  actor: { userId: string | null; name: string };
}

/**
 * 转社情民意: a proposal declined with destination TO_OPINION enters the review list (SUBMITTED, marked
 * FROM_PROPOSAL) in the caller's transaction, with the proposal's text as version no. 1. Idempotent per
 * proposal: called twice, it returns the item made the first time. The proposals module calls it from
 * its decline use-case (hooks.ts); `audit` is the caller's unit-of-work audit.
 */
export async function createOpinionFromProposal(tx: Tx, input: OpinionFromProposal, audit?: (e: AuditEntry) => void): Promise<{ id: string; created: boolean }> {
  const { tenantId, proposalId } = input;
  if (!!input.memberId === !!input.collectiveId) throw ValidationFailed("提案的提出者应为一名委员或一个集体");
  const existing = await tx.opinion.findFirst({ where: { tenantId, sourceProposalId: proposalId }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const title = input.title.trim().slice(0, 100) || "（无标题）";
  const content = input.content.replace(/\r\n?/g, "\n").trim() || title;
  const now = new Date();
  const o = await tx.opinion.create({
    data: {
      tenantId,
      title,
      content,
      state: "SUBMITTED",
      origin: "FROM_PROPOSAL",
      submitterKind: input.memberId ? "MEMBER" : "COLLECTIVE",
      memberId: input.memberId,
      collectiveId: input.collectiveId,
      submitterName: input.submitterName,
      sessionId: input.sessionId ?? (await tx.committeeSession.findFirst({ where: { tenantId, isCurrent: true }, select: { id: true } }))?.id ?? null,
      sourceProposalId: proposalId,
      submittedAt: now,
    },
  });
  await tx.opinionVersion.create({ data: { tenantId, opinionId: o.id, no: 1, title, content, editorId: null, editorName: input.submitterName, note: "提案转来原文" } });
  await tx.opinionEvent.create({
    data: { tenantId, opinionId: o.id, action: "createFromProposal", fromState: null, toState: "SUBMITTED", actorId: input.actor.userId, actorName: input.actor.name, comment: "不予立案，转社情民意" },
  });
  audit?.({ action: "opinion.create_from_proposal", targetType: "Opinion", targetId: o.id, detail: { proposalId, title } });
  return { id: o.id, created: true };
}
