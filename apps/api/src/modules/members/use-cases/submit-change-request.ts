import { memberSelfEditInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { presentChangeRequest } from "../change-requests.presenter";
import { assertDictRefs, profileRefs } from "../member-refs";
import { assertOwnRequest, findOwnProfileId } from "../members.policy";
import type { MemberProfilePatch } from "../members.types";
import { describeChanges, diffProfile } from "../profile-changes";
import { loadMember } from "./get-member";
import { queueForReview, takeOffQueue } from "../change-request-inbox";

/**
 * A member's own edit becomes a request (old → new per field) that takes effect only when staff approve.
 * One pending request per member: a second one is refused (CONFLICT) until the first is reviewed or
 * withdrawn — replacing it silently could swap what a reviewer is looking at.
 */
export async function submitChangeRequest(ctx: Context, input: MemberProfilePatch) {
  const patch = parseInput(memberSelfEditInput, input);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const memberId = await findOwnProfileId(db, tenantId, viewer);
    const row = await loadMember(db, tenantId, memberId);
    if (row.changeRequests.length) throw Conflict("您已有一份待审核的修改申请，请等待审核结果或撤回后再提交");
    const changes = diffProfile(row, patch);
    if (!changes.length) throw ValidationFailed("没有修改任何内容");
    await assertDictRefs(db, tenantId, profileRefs(Object.fromEntries(changes.map((c) => [c.field, c.to]))));
    const described = (await describeChanges(db, tenantId, changes, { from: false, to: false })).map((c) =>
      c.field === "mobile" ? { ...c, fromText: null, toText: null } : c,
    );
    const req = await db.memberChangeRequest.create({
      data: { tenantId, memberId, changes: described as object[], submittedBy: viewer.userId },
      include: { member: { select: { name: true } } },
    });
    await queueForReview(db, tenantId, req);
    audit({ action: "member.change_request.submit", targetType: "MemberChangeRequest", targetId: req.id, detail: { memberId, fields: changes.map((c) => c.field) } });
    return presentChangeRequest(req, "self");
  });
}

export async function cancelChangeRequest(ctx: Context, id: string) {
  const requestId = parseId(id, "修改申请");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const req = await db.memberChangeRequest.findUnique({ where: { tenantId_id: { tenantId, id: requestId } }, include: { member: { select: { name: true } } } });
    if (!req) throw NotFound("修改申请不存在");
    assertOwnRequest(ctx.viewer!, req);
    const { count } = await db.memberChangeRequest.updateMany({ where: { tenantId, id: requestId, status: "PENDING" }, data: { status: "CANCELLED", reviewedAt: new Date() } });
    if (!count) throw Conflict("该申请已处理，不能撤回");
    await takeOffQueue(db, tenantId, requestId, ctx.viewer!.userId);
    audit({ action: "member.change_request.cancel", targetType: "MemberChangeRequest", targetId: requestId });
    return presentChangeRequest({ ...req, status: "CANCELLED", reviewedAt: new Date() }, "self");
  });
}
