import { circleInput, updateCircleInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, Forbidden, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { loadActor, loadCircle } from "../circles.policy";
import { circleSelect, presentCircles } from "../circles.presenter";
import type { CircleInput, CircleType, UpdateCircleInput } from "../circles.types";

async function assertNameFree(db: Tx, tenantId: string, name: string, exceptId?: string) {
  const same = await db.circle.findFirst({ where: { tenantId, name, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (same) throw Conflict(`已有名为“${name}”的圈子`);
}

async function present(ctx: Context, db: Tx, tenantId: string, id: string): Promise<CircleType> {
  const actor = await loadActor(db, tenantId, ctx.viewer!);
  const row = await db.circle.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } }, select: circleSelect });
  return (await presentCircles(db, tenantId, actor, [row]))[0]!;
}

/** Staff create OPEN circles only: 专委会 and 界别 circles come from the dictionary. */
export async function createCircle(ctx: Context, input: CircleInput): Promise<CircleType> {
  const data = parseInput(circleInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertNameFree(db, tenantId, data.name);
    const c = await db.circle.create({ data: { tenantId, kind: "OPEN", name: data.name, description: data.description, createdBy: ctx.viewer!.userId }, select: { id: true } });
    audit({ action: "circle.create", targetType: "Circle", targetId: c.id, detail: { name: data.name } });
    return present(ctx, db, tenantId, c.id);
  });
}

export async function updateCircle(ctx: Context, id: string, input: UpdateCircleInput): Promise<CircleType> {
  const data = parseInput(updateCircleInput, input);
  const cid = parseId(id, "圈子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadCircle(db, tenantId, cid);
    if (data.name !== undefined && data.name !== before.name) {
      if (before.kind !== "OPEN") throw ValidationFailed("专委会、界别圈子的名称随字典自动同步，不能在此修改");
      await assertNameFree(db, tenantId, data.name, cid);
    }
    await db.circle.update({ where: { tenantId_id: { tenantId, id: cid } }, data });
    audit({ action: "circle.update", targetType: "Circle", targetId: cid, detail: { name: before.name, fields: Object.keys(data), archived: data.archived } });
    return present(ctx, db, tenantId, cid);
  });
}

/** Joining and leaving apply to OPEN circles; 专委会 and 界别 membership is the member's term. */
export async function setCircleJoined(ctx: Context, id: string, joined: boolean): Promise<CircleType> {
  const cid = parseId(id, "圈子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    if (!actor.memberId) throw Forbidden("只有委员可以加入圈子");
    const c = await loadCircle(db, tenantId, cid);
    if (c.kind !== "OPEN") throw ValidationFailed("专委会、界别圈子按本届任职自动加入，不能手动加入或退出");
    if (joined) {
      if (c.archived) throw ValidationFailed("该圈子已归档，不能加入");
      await db.circleMember.createMany({ data: [{ tenantId, circleId: cid, memberId: actor.memberId }], skipDuplicates: true });
    } else {
      await db.circleMember.deleteMany({ where: { tenantId, circleId: cid, memberId: actor.memberId } });
    }
    audit({ action: joined ? "circle.join" : "circle.leave", targetType: "Circle", targetId: cid, detail: { name: c.name } });
    return present(ctx, db, tenantId, cid);
  });
}
