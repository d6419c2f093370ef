import { z } from "zod";
import type { Context } from "../../../context/context";
import type { Viewer } from "../../../context/viewer";
import { InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import type { Work } from "../../../core/unit-of-work";
import { parseInput } from "../../../core/validate";
import { recordPerformanceEvent } from "../../performance/use-cases/record-performance-event";
import { fireTransition, loadOpinion, lockOpinion, recordVersion, type OpinionRow } from "../opinion-transition";
import { assertOwnItem, requireSubmitter } from "../opinions.policy";
import { opinionDetail } from "./get-opinion";

const versionInput = z.number({ error: "缺少版本号" }).int().min(0);

/**
 * The moment an item enters review: version no. 1 is the text as submitted (staff edits come after it),
 * and a member submitter's performance record gets the act.
 */
async function enterReview(w: Work, viewer: Viewer, o: OpinionRow, action: "submit" | "completeCosign", expectedVersion: number) {
  const now = new Date();
  await fireTransition(w, viewer, { tenantId: o.tenantId, opinion: o, expectedVersion, action, data: { submittedAt: now, returnReason: null } });
  await recordVersion(w.db, o.tenantId, o.id, o, { id: o.createdBy, name: o.submitterName }, o.returnReason ? "退回后重新提交" : "报送原稿");
  if (o.memberId) await recordPerformanceEvent(w.db, { tenantId: o.tenantId, memberId: o.memberId, kind: "OPINION_SUBMITTED", occurredAt: now, sourceType: "Opinion", sourceId: o.id });
}

/**
 * 提交: straight to review, or — when co-signers are listed — to COSIGNING, where it waits until every
 * co-signer has confirmed or declined.
 */
export async function submitOpinion(ctx: Context, id: string, version: number) {
  const opinionId = parseId(id, "社情民意");
  const expected = parseInput(versionInput, version);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async (w) => {
    const s = await requireSubmitter(w.db, tenantId, viewer);
    const o = await loadOpinion(w.db, tenantId, opinionId);
    assertOwnItem(o, s);
    const cosigners = await w.db.opinionCosigner.count({ where: { tenantId, opinionId } });
    if (cosigners > 0) {
      await fireTransition(w, viewer, { tenantId, opinion: o, expectedVersion: expected, action: "requestCosign", data: { returnReason: null } });
      // A new round: every co-signer answers this text, whatever they said to an earlier one.
      await w.db.opinionCosigner.updateMany({ where: { tenantId, opinionId }, data: { status: "PENDING", respondedAt: null } });
    } else {
      await enterReview(w, viewer, o, "submit", expected);
    }
    return opinionDetail(ctx, w.db, o.id, s);
  });
}

export async function cancelOpinionCosign(ctx: Context, id: string, version: number) {
  const opinionId = parseId(id, "社情民意");
  const expected = parseInput(versionInput, version);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const s = await requireSubmitter(w.db, tenantId, ctx.viewer!);
    const o = await loadOpinion(w.db, tenantId, opinionId);
    assertOwnItem(o, s);
    await fireTransition(w, ctx.viewer!, { tenantId, opinion: o, expectedVersion: expected, action: "cancelCosign" });
    return opinionDetail(ctx, w.db, o.id, s);
  });
}

/**
 * A co-signer confirms or declines. The item row is locked first, so when the last two answer at the same
 * moment exactly one of them sees "no one pending" and moves the item on to review.
 */
export async function respondOpinionCosign(ctx: Context, id: string, accept: boolean) {
  const opinionId = parseId(id, "社情民意");
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async (w) => {
    const s = await requireSubmitter(w.db, tenantId, viewer);
    const o = await lockOpinion(w.db, tenantId, opinionId);
    const mine = s.memberId ? await w.db.opinionCosigner.findUnique({ where: { tenantId_opinionId_memberId: { tenantId, opinionId, memberId: s.memberId } } }) : null;
    if (!mine) throw NotFound("社情民意不存在");
    if (o.state !== "COSIGNING") throw InvalidTransition("该信息不在联名确认阶段");
    if (mine.status !== "PENDING") throw InvalidTransition("您已答复过该联名邀请");
    await w.db.opinionCosigner.update({
      where: { tenantId_opinionId_memberId: { tenantId, opinionId, memberId: mine.memberId } },
      data: { status: accept ? "CONFIRMED" : "DECLINED", respondedAt: new Date() },
    });
    const action = accept ? "cosignConfirm" : "cosignDecline";
    await w.db.opinionEvent.create({ data: { tenantId, opinionId, action, fromState: o.state, toState: o.state, actorId: viewer.userId, actorName: s.name } });
    w.audit({ action: `opinion.${action}`, targetType: "Opinion", targetId: opinionId });
    const pending = await w.db.opinionCosigner.count({ where: { tenantId, opinionId, status: "PENDING" } });
    if (pending === 0) await enterReview(w, viewer, o, "completeCosign", o.version);
    return opinionDetail(ctx, w.db, opinionId, s);
  });
}
