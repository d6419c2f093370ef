import { MEMBER_FIELD_LABELS, rejectChangeRequestInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { presentChangeRequest } from "../change-requests.presenter";
import { openMobile } from "../member-pii";
import { assertDictRefs, profileRefs } from "../member-refs";
import { assertMayReview } from "../members.policy";
import { auditChanges, storedValue, updateDataFor, type FieldChange } from "../profile-changes";
import { loadMember } from "./get-member";
import { takeOffQueue, tellMember } from "../change-request-inbox";

const withMember = { member: { select: { name: true } } } as const;

async function pendingRequest(ctx: Context, db: Tx, id: string) {
  const req = await db.memberChangeRequest.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id: parseId(id, "修改申请") } }, include: withMember });
  if (!req) throw NotFound("修改申请不存在");
  assertMayReview(ctx.viewer!, req);
  if (req.status !== "PENDING") throw InvalidTransition("该申请已处理");
  return req;
}

/** Marks the request reviewed only if it is still pending: two reviewers acting at once → one wins. */
async function close(ctx: Context, db: Tx, id: string, status: "APPROVED" | "REJECTED", rejectReason: string | null) {
  const viewer = ctx.viewer!;
  const { count } = await db.memberChangeRequest.updateMany({
    where: { tenantId: ctx.tenantId, id, status: "PENDING" },
    data: { status, rejectReason, reviewedBy: viewer.userId, reviewerName: viewer.displayName, reviewedAt: new Date() },
  });
  if (!count) throw Conflict("该申请已被他人处理，请刷新");
  return db.memberChangeRequest.findUniqueOrThrow({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, include: withMember });
}

/** Applies the changes to the profile (audited), unless the profile changed since the member asked. */
export async function approveChangeRequest(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const req = await pendingRequest(ctx, db, id);
    const changes = req.changes as unknown as FieldChange[];
    const row = await loadMember(db, tenantId, req.memberId);
    const stale = changes.filter((c) => storedValue(row, c.field) !== c.from);
    if (stale.length) {
      throw Conflict(`提交申请后，委员的${stale.map((c) => MEMBER_FIELD_LABELS[c.field]).join("、")}已被修改，请驳回后由委员重新提交`);
    }
    await assertDictRefs(db, tenantId, profileRefs(Object.fromEntries(changes.map((c) => [c.field, c.to]))));
    const done = await close(ctx, db, req.id, "APPROVED", null);
    await db.memberProfile.update({ where: { tenantId_id: { tenantId, id: req.memberId } }, data: updateDataFor(changes) });
    await takeOffQueue(db, tenantId, req.id, ctx.viewer!.userId);
    await tellMember(db, tenantId, req, "APPROVED", null);
    audit({ action: "member.change_request.approve", targetType: "MemberChangeRequest", targetId: req.id, detail: { memberId: req.memberId } });
    audit({ action: "member.update", targetType: "MemberProfile", targetId: req.memberId, detail: { changeRequestId: req.id, changes: auditChanges(changes.map(withMobileText)) } });
    return presentChangeRequest(done, "staff");
  });
}

export async function rejectChangeRequest(ctx: Context, id: string, reason: string) {
  const data = parseInput(rejectChangeRequestInput, { reason });
  return ctx.uow(async ({ db, audit }) => {
    const req = await pendingRequest(ctx, db, id);
    const done = await close(ctx, db, req.id, "REJECTED", data.reason);
    await takeOffQueue(db, ctx.tenantId, req.id, ctx.viewer!.userId);
    await tellMember(db, ctx.tenantId, req, "REJECTED", data.reason);
    audit({ action: "member.change_request.reject", targetType: "MemberChangeRequest", targetId: req.id, detail: { memberId: req.memberId, reason: data.reason } });
    return presentChangeRequest(done, "staff");
  });
}

const withMobileText = (c: FieldChange): FieldChange =>
  c.field === "mobile" ? { ...c, fromText: c.from && openMobile(c.from), toText: c.to && openMobile(c.to) } : c;
