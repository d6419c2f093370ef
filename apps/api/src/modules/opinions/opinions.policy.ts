import { OPINION_ADOPTED_STATES, OPINION_EDITABLE_STATES, OPINION_PRIVATE_STATES, type OpinionState } from "@zhzx/shared";
import type { Viewer } from "../../context/viewer";
import { Forbidden, InvalidTransition, NotFound } from "../../core/errors";
import type { Tx } from "../../db/prisma";

/** Who may do what to which 社情民意 record: the only place that decides. */

export type Submitter =
  | { kind: "MEMBER"; memberId: string; collectiveId: null; name: string }
  | { kind: "COLLECTIVE"; memberId: null; collectiveId: string; name: string };

type Owned = { memberId: string | null; collectiveId: string | null };
type Item = Owned & { state: OpinionState; origin: string };

/**
 * The viewer as a submitter: their member profile (MEMBER), else the collective whose account they are
 * (COLLECTIVE). Found by the session's user, never by an argument.
 */
export async function findSubmitter(db: Tx, tenantId: string, viewer: Viewer): Promise<Submitter | null> {
  if (viewer.roles.includes("MEMBER")) {
    const p = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: viewer.userId } }, select: { id: true, name: true } });
    if (p) return { kind: "MEMBER", memberId: p.id, collectiveId: null, name: p.name };
  }
  if (viewer.roles.includes("COLLECTIVE")) {
    const c = await db.collectiveSubmitter.findUnique({ where: { tenantId_userId: { tenantId, userId: viewer.userId } }, select: { id: true, name: true } });
    if (c) return { kind: "COLLECTIVE", memberId: null, collectiveId: c.id, name: c.name };
  }
  return null;
}

export async function requireSubmitter(db: Tx, tenantId: string, viewer: Viewer): Promise<Submitter> {
  const s = await findSubmitter(db, tenantId, viewer);
  if (!s) throw Forbidden("未找到您的委员档案或集体用户信息，请联系工作人员");
  return s;
}

export const isOwnItem = (item: Owned, s: Submitter | null) =>
  !!s && ((s.memberId !== null && item.memberId === s.memberId) || (s.collectiveId !== null && item.collectiveId === s.collectiveId));

/** Another submitter's item does not exist as far as the viewer is concerned. */
export function assertOwnItem(item: Owned, s: Submitter) {
  if (!isOwnItem(item, s)) throw NotFound("社情民意不存在");
}

/**
 * Reading one item: the submitter and the item's co-signers always; staff with opinion:read except the
 * submitter's private drafts (DRAFT, COSIGNING).
 */
export function assertMayRead(viewer: Viewer, item: Item, s: Submitter | null, isCosigner: boolean) {
  if (isOwnItem(item, s) || isCosigner) return;
  if (viewer.permissions.has("opinion:read") && !OPINION_PRIVATE_STATES.includes(item.state)) return;
  throw NotFound("社情民意不存在");
}

export const mayEditText = (viewer: Viewer, item: { state: OpinionState }) =>
  viewer.permissions.has("opinion:edit") && OPINION_EDITABLE_STATES.includes(item.state);

export function assertMayEditText(viewer: Viewer, item: { state: OpinionState }) {
  if (!viewer.permissions.has("opinion:edit")) throw Forbidden();
  if (!OPINION_EDITABLE_STATES.includes(item.state)) throw InvalidTransition("只有审核中或已采用的信息可以采编修改");
}

/** 退回 goes to a submitter of this committee: a county's upward report has none here (discard it instead). */
export function assertReturnable(item: { origin: string }) {
  if (item.origin === "FROM_COUNTY") throw InvalidTransition("县区上报的信息不能退回，可转弃");
}

export const isForwardable = (tenant: { level: string; parentId: string | null }, item: { state: OpinionState }, alreadyForwarded: boolean) =>
  tenant.level === "COUNTY" && !!tenant.parentId && OPINION_ADOPTED_STATES.includes(item.state) && !alreadyForwarded;

export function assertForwardable(tenant: { level: string; parentId: string | null }, item: { state: OpinionState }, alreadyForwarded: boolean) {
  if (tenant.level !== "COUNTY" || !tenant.parentId) throw Forbidden("只有县区政协可以向上级政协上报");
  if (!OPINION_ADOPTED_STATES.includes(item.state)) throw InvalidTransition("只有已采用的信息可以上报");
  if (alreadyForwarded) throw InvalidTransition("该信息已上报");
}

/** 批示反馈 is recorded on published items only. */
export function assertInstructable(item: { state: OpinionState }) {
  if (item.state !== "PUBLISHED") throw InvalidTransition("只有已刊发的信息可以登记批示反馈");
}
