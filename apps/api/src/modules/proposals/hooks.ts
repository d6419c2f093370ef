import type { Work } from "../../core/unit-of-work";
import { createOpinionFromProposal } from "../opinions/use-cases/create-opinion-from-proposal";
import type { ProposalActor } from "./proposals.policy";
import { plainText } from "./rich-text";

/**
 * 转社情民意 (REQUIREMENTS §2): a proposal declined with destination TO_OPINION must enter the
 * public-opinion review list: declineProposal calls this hook, and the opinion module's
 * createOpinionFromProposal makes the item (SUBMITTED, marked FROM_PROPOSAL) in this same transaction.
 * It is idempotent per proposal; the destination also stays on the proposal (notFiledDestination).
 */
export async function transferProposalToOpinion(
  w: Work,
  actor: ProposalActor,
  proposal: { id: string; title: string; content: string; submitterName: string; memberId: string | null; collectiveId: string | null; sessionId: string },
): Promise<void> {
  await createOpinionFromProposal(
    w.db,
    { tenantId: actor.tenantId, proposalId: proposal.id, title: proposal.title, content: plainText(proposal.content), submitterName: proposal.submitterName, memberId: proposal.memberId, collectiveId: proposal.collectiveId, sessionId: proposal.sessionId, actor: { userId: actor.userId, name: actor.name } },
    w.audit,
  );
}
