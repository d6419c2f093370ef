import { INSTRUCTION_KIND_LABELS, instructionInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { recordPerformanceEvent, revokePerformanceEvent } from "../../performance/use-cases/record-performance-event";
import { loadOpinion } from "../opinion-transition";
import type { InstructionInputType } from "../opinions.inputs";
import { assertInstructable, assertMayRead, findSubmitter } from "../opinions.policy";
import { instructionInclude, loadUpward, presentInstruction } from "../opinions.presenter";
import type { OpinionInstructionType } from "../opinions.types";

/** 批示反馈 on a published item; the first one makes the item 已批示 everywhere it is listed. */
export async function recordOpinionInstruction(ctx: Context, opinionId: string, input: InstructionInputType): Promise<OpinionInstructionType> {
  const id = parseId(opinionId, "社情民意");
  const data = parseInput(instructionInput, input);
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const o = await loadOpinion(db, tenantId, id);
    assertInstructable(o);
    const i = await db.opinionInstruction.create({
      data: { tenantId, opinionId: id, kind: data.kind, authorName: data.authorName, authorTitle: data.authorTitle, instructedAt: new Date(`${data.instructedAt}T00:00:00Z`), content: data.content, recordedBy: viewer.userId },
    });
    const comment = `${INSTRUCTION_KIND_LABELS[data.kind]}：${data.authorName}`;
    await db.opinionEvent.create({ data: { tenantId, opinionId: id, action: "instruct", fromState: o.state, toState: o.state, actorId: viewer.userId, actorName: viewer.displayName, comment } });
    if (o.memberId) await recordPerformanceEvent(db, { tenantId, memberId: o.memberId, kind: "OPINION_INSTRUCTED", occurredAt: i.instructedAt, sourceType: "Opinion", sourceId: id });
    audit({ action: "opinion.instruct", targetType: "Opinion", targetId: id, detail: { instructionId: i.id, kind: data.kind, authorName: data.authorName } });
    return presentInstruction(i);
  });
}

/** A mistaken entry can be removed (its files go with it, named in the audit); the item loses its mark (and the performance record) with the last one. */
export async function deleteOpinionInstruction(ctx: Context, instructionId: string) {
  const id = parseId(instructionId, "批示反馈");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const i = await db.opinionInstruction.findUnique({ where: { tenantId_id: { tenantId, id } }, include: { attachments: { select: { id: true, name: true } } } });
    if (!i) throw NotFound("批示反馈不存在");
    const o = await loadOpinion(db, tenantId, i.opinionId);
    await db.opinionInstruction.delete({ where: { tenantId_id: { tenantId, id } } });
    if (o.memberId && (await db.opinionInstruction.count({ where: { tenantId, opinionId: o.id } })) === 0) {
      await revokePerformanceEvent(db, { tenantId, memberId: o.memberId, kind: "OPINION_INSTRUCTED", sourceType: "Opinion", sourceId: o.id });
    }
    audit({ action: "opinion.instruction.delete", targetType: "Opinion", targetId: o.id, detail: { instructionId: id, kind: i.kind, authorName: i.authorName, content: i.content, attachments: i.attachments } });
    return true;
  });
}

/** The item if the viewer may read it (staff, the submitter, a co-signer), with its 上报 link rows; else NOT_FOUND. */
export async function readableOpinion(ctx: Context, db: Tx, id: string) {
  const tenantId = ctx.tenantId;
  const o = await db.opinion.findUnique({ where: { tenantId_id: { tenantId, id } }, include: { forwards: { select: { direction: true } }, cosigners: { select: { memberId: true } } } });
  if (!o) throw NotFound("社情民意不存在");
  const s = await findSubmitter(db, tenantId, ctx.viewer!);
  assertMayRead(ctx.viewer!, o, s, !!s?.memberId && o.cosigners.some((c) => c.memberId === s.memberId));
  return o;
}

/**
 * What a click on 已批示 shows: this committee's instructions, then — for an item reported upward — those
 * the parent committee recorded on its copy (marked with its name).
 */
export async function listOpinionInstructions(ctx: Context, opinionId: string): Promise<OpinionInstructionType[]> {
  const id = parseId(opinionId, "社情民意");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const o = await readableOpinion(ctx, db, id);
    const own = await db.opinionInstruction.findMany({ where: { tenantId, opinionId: id }, include: instructionInclude, orderBy: [{ instructedAt: "asc" }, { createdAt: "asc" }] });
    const upward = (await loadUpward(db, [o])).get(id);
    return [
      ...own.map((i) => ({ ...presentInstruction(i), sourceTenantName: null })),
      ...(upward?.instructions ?? []).map((i) => ({ ...i, sourceTenantName: upward!.parentTenantName })),
    ];
  });
}
