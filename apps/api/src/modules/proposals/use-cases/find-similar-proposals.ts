import { PROPOSAL_FILED_STATES, PROPOSAL_PRIVATE_STATES, PROPOSAL_STATE_LABELS, similarProposalsInput, type ProposalState } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseInput } from "../../../core/validate";
import type { RoutingCandidate, RoutingSuggestion, SimilarProposal, SimilarProposalsInput } from "../analysis.types";
import { findVisibleProposal, proposalWork } from "../proposal-work";
import { plainText, sanitizeRichText } from "../rich-text";
import { rankBySimilarity, termsOf, type Ranked } from "../text-similarity";

type Candidate = { id: string; title: string; caseNumber: string | null; state: ProposalState; submitterName: string; terms: string[] };

const present = (r: Ranked<Candidate>): SimilarProposal => ({
  id: r.item.id,
  title: r.item.title,
  caseNumber: r.item.caseNumber,
  state: r.item.state,
  stateLabel: PROPOSAL_STATE_LABELS[r.item.state],
  submitterName: r.item.submitterName,
  score: r.score,
  sharedTerms: r.shared,
});

const candidateSelect = { id: true, title: true, caseNumber: true, state: true, submitterName: true, terms: true } as const;

/**
 * 查重: the committee's submitted proposals of the session (default: the current one) ranked by TF-IDF
 * cosine similarity of their segmented title and text to the given ones. Drafts are never compared.
 */
export async function findSimilarProposals(ctx: Context, input: SimilarProposalsInput): Promise<SimilarProposal[]> {
  const data = parseInput(similarProposalsInput, input);
  const query = termsOf(data.title, plainText(sanitizeRichText(data.content)));
  return proposalWork(ctx, async (w, a) => {
    const sessionId = data.sessionId ?? (await w.db.committeeSession.findFirst({ where: { tenantId: a.tenantId, isCurrent: true }, select: { id: true } }))?.id;
    if (!sessionId) return [];
    const candidates = await w.db.proposal.findMany({
      where: { tenantId: a.tenantId, sessionId, state: { notIn: [...PROPOSAL_PRIVATE_STATES] }, ...(data.excludeId ? { id: { not: data.excludeId } } : {}) },
      select: candidateSelect,
    });
    return rankBySimilarity(query, candidates, data.limit).map(present);
  });
}

const NEIGHBOURS = 10;
const HISTORY = 5000;

/**
 * Routing help on filing: the proposal's nearest filed neighbours in the committee's history vote for a
 * category and a lead unit, each vote weighted by similarity. The office accepts or overrides.
 */
export async function suggestProposalRouting(ctx: Context, proposalId: string): Promise<RoutingSuggestion> {
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, proposalId);
    const history = await w.db.proposal.findMany({
      where: { tenantId: a.tenantId, id: { not: p.id }, state: { in: [...PROPOSAL_FILED_STATES] }, categoryId: { not: null } },
      select: { ...candidateSelect, categoryId: true, category: { select: { name: true } }, assignments: { where: { role: "LEAD", status: "ACTIVE" }, select: { unitId: true } } },
      orderBy: { filedAt: "desc" },
      take: HISTORY,
    });
    const ranked = rankBySimilarity(p.terms, history, NEIGHBOURS);
    const unitIds = [...new Set(ranked.flatMap((r) => r.item.assignments.map((x) => x.unitId)))];
    const units = new Map((await w.db.handlingUnit.findMany({ where: { tenantId: a.tenantId, id: { in: unitIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
    const vote = (pick: (r: (typeof ranked)[number]) => { id: string; name: string } | null): RoutingCandidate[] => {
      const tally = new Map<string, RoutingCandidate>();
      let total = 0;
      for (const r of ranked) {
        const c = pick(r);
        if (!c) continue;
        const t = tally.get(c.id) ?? { id: c.id, name: c.name, score: 0, votes: 0 };
        t.score += r.score;
        t.votes += 1;
        total += r.score;
        tally.set(c.id, t);
      }
      return [...tally.values()].map((t) => ({ ...t, score: Math.round((t.score / total) * 1000) / 1000 })).sort((x, y) => y.score - x.score).slice(0, 3);
    };
    const categories = vote((r) => ({ id: r.item.categoryId!, name: r.item.category!.name }));
    const leadUnits = vote((r) => (r.item.assignments[0] ? { id: r.item.assignments[0].unitId, name: units.get(r.item.assignments[0].unitId) ?? "" } : null));
    const explanation = ranked.length
      ? `依据本委员会 ${ranked.length} 件最相似的已立案提案（最相似：${ranked.slice(0, 3).map((r) => `《${r.item.title}》${r.score.toFixed(2)}`).join("，")}）：` +
        (categories[0] ? `其中 ${categories[0].votes} 件归入“${categories[0].name}”` : "") +
        (leadUnits[0] ? `，${leadUnits[0].votes} 件由“${leadUnits[0].name}”主办。` : "。")
      : "没有足够相似的已立案提案，请人工确定分类和主办单位。";
    return { categories, units: leadUnits, neighbours: ranked.map(present), explanation };
  });
}
