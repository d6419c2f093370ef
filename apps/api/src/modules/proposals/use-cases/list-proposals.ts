import { proposalFilterInput, proposalSortInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Work } from "../../../core/unit-of-work";
import type { Prisma } from "../../../generated/prisma/client";
import type { ProposalListArgs } from "../inputs.types";
import { categoryWithDescendants, proposalOrderBy, proposalWhere } from "../proposal-query";
import { loadProposalDetail, proposalWork } from "../proposal-work";
import { loadNames, presentSummary, summaryInclude, type SummaryRow } from "../proposals.presenter";
import { mineWhere, officeWhere, unitWhere, visibleWhere, type ProposalActor } from "../proposals.policy";
import type { ProposalCosignInvitation, ProposalDetail, ProposalPage } from "../proposals.types";
import { loadSettings } from "../settings";

export type ListScope = "office" | "mine" | "mineWithCosigned" | "unit";

export function parseProposalListArgs(args: Pick<ProposalListArgs, "filter" | "sort">) {
  return {
    filter: args.filter ? parseInput(proposalFilterInput, args.filter) : null,
    sort: args.sort ? parseInput(proposalSortInput, args.sort) : null,
  };
}

/** The where of a list: the query's filter, what the viewer may see at all, and the list's own scope. */
export async function listWhere(w: Work, a: ProposalActor, filter: ReturnType<typeof parseProposalListArgs>["filter"], scope: ListScope): Promise<Prisma.ProposalWhereInput> {
  const categoryIds = filter?.categoryId ? await categoryWithDescendants(w.db, a.tenantId, filter.categoryId) : null;
  const scoped = scope === "office" ? officeWhere(a) : scope === "unit" ? unitWhere(a) : mineWhere(a, scope === "mineWithCosigned");
  return { AND: [proposalWhere(a.tenantId, filter, categoryIds), visibleWhere(a), scoped] };
}

export async function presentPage(w: Work, a: ProposalActor, rows: SummaryRow[]) {
  const names = await loadNames(w.db, a.tenantId, rows);
  const settings = await loadSettings(w.db, a.tenantId);
  return rows.map((r) => presentSummary(r, { names, settings, actor: a }));
}

export async function listProposals(ctx: Context, args: ProposalListArgs, scope: ListScope): Promise<ProposalPage> {
  const { skip, take } = toSkipTake(args);
  const { filter, sort } = parseProposalListArgs(args);
  return proposalWork(ctx, async (w, a) => {
    const where = await listWhere(w, a, filter, scope);
    // Sequential on purpose: one transaction is one connection.
    const rows = await w.db.proposal.findMany({ where, include: summaryInclude, orderBy: proposalOrderBy(sort), skip, take });
    const total = await w.db.proposal.count({ where });
    return { items: await presentPage(w, a, rows), total };
  });
}

export async function getProposal(ctx: Context, id: string): Promise<ProposalDetail> {
  return proposalWork(ctx, (w, a) => loadProposalDetail(w, a, id));
}

/** 联名邀请 addressed to the viewer (newest first); `pendingOnly` for the to-do list. */
export async function listCosignInvitations(ctx: Context, pendingOnly: boolean): Promise<ProposalCosignInvitation[]> {
  return proposalWork(ctx, async (w, a) => {
    if (!a.memberId) return [];
    const invites = await w.db.proposalCosigner.findMany({
      where: { tenantId: a.tenantId, memberId: a.memberId, ...(pendingOnly ? { status: "INVITED" } : {}) },
      include: { proposal: { include: summaryInclude } },
      orderBy: { invitedAt: "desc" },
      take: 200,
    });
    const summaries = await presentPage(w, a, invites.map((i) => i.proposal));
    return invites.map((i, k) => ({ proposal: summaries[k]!, status: i.status, invitedAt: i.invitedAt, answeredAt: i.answeredAt }));
  });
}
