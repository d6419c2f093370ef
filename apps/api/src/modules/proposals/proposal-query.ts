import { PROPOSAL_LIST_STATES, type ProposalFilterInput, type ProposalSortInput } from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";
import { likeLiteral } from "../../core/like";
import { addDays, dateOf } from "./dates";

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Filter → Prisma where (the tenant filter is the second wall behind RLS). */
export function proposalWhere(tenantId: string, f: ProposalFilterInput | null | undefined, categoryIds: string[] | null): Prisma.ProposalWhereInput {
  const and: Prisma.ProposalWhereInput[] = [{ tenantId }];
  if (!f) return and[0]!;
  const listStates = f.list ? PROPOSAL_LIST_STATES[f.list] : null;
  if (listStates) and.push({ state: { in: [...listStates] } });
  if (f.list === "KEY") and.push({ isKey: true });
  if (f.sessionId) and.push({ sessionId: f.sessionId });
  if (f.meetingId) and.push({ meetingId: f.meetingId });
  if (categoryIds) and.push({ categoryId: { in: categoryIds } });
  if (f.submitterType) and.push({ submitterType: f.submitterType });
  if (f.title) and.push({ title: { contains: likeLiteral(f.title) } });
  if (f.caseNumber) and.push({ caseNumber: { contains: likeLiteral(f.caseNumber) } });
  if (f.submitterName) and.push({ submitterName: { contains: likeLiteral(f.submitterName) } });
  if (f.states?.length) and.push({ state: { in: f.states } });
  if (f.unitId) and.push({ assignments: { some: { unitId: f.unitId, status: "ACTIVE" } } });
  if (f.isKey !== null && f.isKey !== undefined) and.push({ isKey: f.isKey });
  if (f.keyword) {
    const k = likeLiteral(f.keyword);
    and.push({ OR: [{ title: { contains: k } }, { content: { contains: k } }, { caseNumber: { contains: k } }, { submitterName: { contains: k } }] });
  }
  // Days are Beijing days: [from 00:00, to + 1 day 00:00) in UTC+8.
  if (f.submittedFrom) and.push({ submittedAt: { gte: new Date(dateOf(f.submittedFrom).getTime() - CHINA_OFFSET_MS) } });
  if (f.submittedTo) and.push({ submittedAt: { lt: new Date(dateOf(addDays(f.submittedTo, 1)).getTime() - CHINA_OFFSET_MS) } });
  return { AND: and };
}

const COLUMN = {
  CREATED_AT: "createdAt",
  UPDATED_AT: "updatedAt",
  SUBMITTED_AT: "submittedAt",
  CASE_NUMBER: "caseNumber",
  TITLE: "title",
  STATE: "state",
  SUBMITTER: "submitterName",
} as const;

/** Only whitelisted columns; the id breaks ties so pages never overlap. STATE sorts in lifecycle order (enum order). */
export function proposalOrderBy(sort: ProposalSortInput | null | undefined): Prisma.ProposalOrderByWithRelationInput[] {
  const dir = sort?.direction === "ASC" ? "asc" : "desc";
  const col = COLUMN[sort?.field ?? "CREATED_AT"];
  const nullable = col === "submittedAt" || col === "caseNumber";
  return [nullable ? { [col]: { sort: dir, nulls: "last" } } : { [col]: dir }, { id: "asc" }];
}

/** A category and everything below it (the tree is small: one query for the whole committee). */
export async function categoryWithDescendants(db: Tx, tenantId: string, id: string): Promise<string[]> {
  const all = await db.proposalCategory.findMany({ where: { tenantId }, select: { id: true, parentId: true } });
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const c of all) if (c.parentId === out[i]) out.push(c.id);
  return out;
}
