import { opinionDiscardInput, opinionReturnInput, opinionTransitionInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { recordPerformanceEvent } from "../../performance/use-cases/record-performance-event";
import { fireTransition, loadOpinion } from "../opinion-transition";
import { assertReturnable } from "../opinions.policy";
import { opinionDetail } from "./get-opinion";

/** 一审通过. */
export async function passFirstReview(ctx: Context, id: string, input: { version: number; comment?: string | null }) {
  const opinionId = parseId(id, "社情民意");
  const { version, comment } = parseInput(opinionTransitionInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const o = await loadOpinion(w.db, tenantId, opinionId);
    await fireTransition(w, ctx.viewer!, { tenantId, opinion: o, expectedVersion: version, action: "passFirstReview", comment, data: { firstReviewedAt: new Date() } });
    return opinionDetail(ctx, w.db, opinionId, null);
  });
}

/** 二审通过 = 采用: the item joins the editing pool, and counts as adopted for the member's performance. */
export async function passSecondReview(ctx: Context, id: string, input: { version: number; comment?: string | null }) {
  const opinionId = parseId(id, "社情民意");
  const { version, comment } = parseInput(opinionTransitionInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const o = await loadOpinion(w.db, tenantId, opinionId);
    const now = new Date();
    await fireTransition(w, ctx.viewer!, { tenantId, opinion: o, expectedVersion: version, action: "passSecondReview", comment, data: { adoptedAt: now } });
    if (o.memberId) await recordPerformanceEvent(w.db, { tenantId, memberId: o.memberId, kind: "OPINION_ADOPTED", occurredAt: now, sourceType: "Opinion", sourceId: o.id });
    return opinionDetail(ctx, w.db, opinionId, null);
  });
}

/** 退回 with a reason the submitter reads; they may edit and submit again. */
export async function returnOpinion(ctx: Context, id: string, input: { version: number; reason: string }) {
  const opinionId = parseId(id, "社情民意");
  const { version, reason } = parseInput(opinionReturnInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const o = await loadOpinion(w.db, tenantId, opinionId);
    assertReturnable(o);
    await fireTransition(w, ctx.viewer!, { tenantId, opinion: o, expectedVersion: version, action: "returnToSubmitter", comment: reason, data: { returnReason: reason } });
    return opinionDetail(ctx, w.db, opinionId, null);
  });
}

/** 转弃: not adopted; the item stays on record. */
export async function discardOpinion(ctx: Context, id: string, input: { version: number; reason?: string | null }) {
  const opinionId = parseId(id, "社情民意");
  const { version, reason } = parseInput(opinionDiscardInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const o = await loadOpinion(w.db, tenantId, opinionId);
    await fireTransition(w, ctx.viewer!, { tenantId, opinion: o, expectedVersion: version, action: "discard", comment: reason, data: { discardReason: reason } });
    return opinionDetail(ctx, w.db, opinionId, null);
  });
}
