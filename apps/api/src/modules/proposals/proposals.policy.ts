import { PROPOSAL_PRIVATE_STATES, type Permission, type Role } from "@zhzx/shared";
import type { Viewer } from "../../context/viewer";
import { Forbidden, NotFound } from "../../core/errors";
import type { Tx } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";

/**
 * Who may see and touch which proposal: the only place that decides. The machine (shared) says which
 * role may fire an action from a state; these rules say which *record* the viewer may act on.
 */
export interface ProposalActor {
  tenantId: string;
  userId: string;
  name: string;
  roles: Role[];
  permissions: Set<Permission>;
  /** The viewer's member profile (MEMBER), collective (COLLECTIVE) or unit (HANDLING_UNIT) in this committee. */
  memberId: string | null;
  collectiveId: string | null;
  unitId: string | null;
}

/** Resolves the viewer's records in the active committee, by the session's user (never by an argument). */
export async function loadActor(db: Tx, tenantId: string, viewer: Viewer): Promise<ProposalActor> {
  const by = { tenantId_userId: { tenantId, userId: viewer.userId } };
  const has = (r: Role) => viewer.roles.includes(r);
  const member = has("MEMBER") ? await db.memberProfile.findUnique({ where: by, select: { id: true } }) : null;
  const collective = has("COLLECTIVE") ? await db.collectiveSubmitter.findUnique({ where: by, select: { id: true, disabled: true } }) : null;
  const unit = has("HANDLING_UNIT") ? await db.handlingUnit.findUnique({ where: by, select: { id: true, disabled: true } }) : null;
  return {
    tenantId,
    userId: viewer.userId,
    name: viewer.displayName,
    roles: viewer.roles,
    permissions: viewer.permissions,
    memberId: member?.id ?? null,
    collectiveId: collective && !collective.disabled ? collective.id : null,
    unitId: unit && !unit.disabled ? unit.id : null,
  };
}

const NOTHING: Prisma.ProposalWhereInput = { id: { in: [] } };
const OFFICE_VISIBLE: Prisma.ProposalWhereInput[] = [{ state: { notIn: [...PROPOSAL_PRIVATE_STATES] } }, { enteredByOffice: true }];

/** The office's lists: what has been handed to the office, and its own 补录 drafts. */
export const officeWhere = (a: ProposalActor): Prisma.ProposalWhereInput => (a.permissions.has("proposal:read") ? { OR: OFFICE_VISIBLE } : NOTHING);
/** 我的提案: the viewer's own (as member or collective), optionally those they co-sign. */
export function mineWhere(a: ProposalActor, withCosigned: boolean): Prisma.ProposalWhereInput {
  const or: Prisma.ProposalWhereInput[] = [];
  if (a.memberId) or.push({ memberId: a.memberId }, ...(withCosigned ? [{ cosigners: { some: { memberId: a.memberId, status: "CONFIRMED" as const } } }] : []));
  if (a.collectiveId) or.push({ collectiveId: a.collectiveId });
  return or.length ? { OR: or } : NOTHING;
}
/** 本单位的提案: a live assignment to the viewer's unit. */
export const unitWhere = (a: ProposalActor): Prisma.ProposalWhereInput => (a.unitId ? { assignments: { some: { unitId: a.unitId, status: "ACTIVE" } } } : NOTHING);

/**
 * The proposals a viewer may see. Staff (proposal:read) see everything handed to the office, and the
 * office's own 补录 drafts; a member sees their own and those they are invited to co-sign; a collective
 * its own; a handling unit those with a live assignment to it.
 */
export function visibleWhere(a: ProposalActor): Prisma.ProposalWhereInput {
  const or: Prisma.ProposalWhereInput[] = [];
  if (a.permissions.has("proposal:read")) or.push(...OFFICE_VISIBLE);
  if (a.memberId) or.push({ memberId: a.memberId }, { cosigners: { some: { memberId: a.memberId } } });
  if (a.collectiveId) or.push({ collectiveId: a.collectiveId });
  if (a.unitId) or.push({ assignments: { some: { unitId: a.unitId, status: "ACTIVE" } } });
  return or.length ? { OR: or } : NOTHING;
}

type Owned = { memberId: string | null; collectiveId: string | null; enteredByOffice: boolean };

export const isSubmitter = (a: ProposalActor, p: Owned) =>
  (!!p.memberId && p.memberId === a.memberId) || (!!p.collectiveId && p.collectiveId === a.collectiveId);

/** Drafts: the submitter, or the office for a proposal it entered from paper (补录). */
export function assertMayEdit(a: ProposalActor, p: Owned) {
  if (isSubmitter(a, p)) return;
  if (p.enteredByOffice && a.permissions.has("proposal:manage")) return;
  throw Forbidden("只有提案人（或补录的提案委）可以修改、提交此提案");
}

/** 评价办理结果: only the submitter. */
export function assertSubmitter(a: ProposalActor, p: Owned) {
  if (!isSubmitter(a, p)) throw Forbidden("只有提案人可以评价办理结果");
}

/** Unit actions act on the viewer's own live assignment to the proposal. */
export function assertOwnAssignment<T extends { unitId: string; status: string }>(a: ProposalActor, assignment: T | null | undefined): T {
  if (!a.unitId) throw Forbidden("当前账号未关联承办单位");
  if (!assignment || assignment.unitId !== a.unitId || assignment.status !== "ACTIVE") throw NotFound("交办记录不存在或已退回");
  return assignment;
}
