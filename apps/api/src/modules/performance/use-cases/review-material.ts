import { materialActionAllowed, performanceMaterialInput, returnMaterialInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { Prisma } from "../../../generated/prisma/client";
import { presentMaterial } from "../materials.presenter";
import type { PerformanceMaterialInput, PerformanceMaterialListArgs, PerformanceMaterialPage, PerformanceMaterialType } from "../materials.types";
import { loadMemberBasics, withMembers } from "../member-names";
import { assertNotOwnRecord } from "../performance.policy";
import { recordMaterialEvent, revokeMaterialEvent } from "./material-events";
import { dayValue } from "./rule-change";
import { likeLiteral } from "../../../core/like";

async function loadMaterial(db: Tx, tenantId: string, id: string) {
  const m = await db.performanceMaterial.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "履职材料") } } });
  if (!m) throw NotFound("履职材料不存在");
  return m;
}
const present = async (db: Tx, tenantId: string, m: Prisma.PerformanceMaterialGetPayload<object>) =>
  presentMaterial((await withMembers(db, tenantId, [m]))[0]!);

/** 工作人员录入: a material on a member's behalf, waiting for review like any other. */
export async function createMaterial(ctx: Context, memberId: string, input: PerformanceMaterialInput): Promise<PerformanceMaterialType> {
  const data = parseInput(performanceMaterialInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const member = await loadMemberBasics(db, tenantId, parseId(memberId, "委员"));
    const m = await db.performanceMaterial.create({
      data: { tenantId, memberId: member.id, title: data.title, content: data.content, occurredOn: dayValue(data.occurredOn), attachments: data.attachments as Prisma.InputJsonValue, enteredByStaff: true, submittedBy: ctx.viewer!.userId },
    });
    audit({ action: "performance.material.enter", targetType: "PerformanceMaterial", targetId: m.id, detail: { memberId: member.id, title: m.title } });
    return present(db, tenantId, m);
  });
}

/** Staff edit in any state; an accepted material's event follows its new date. */
export async function updateMaterial(ctx: Context, id: string, input: PerformanceMaterialInput): Promise<PerformanceMaterialType> {
  const data = parseInput(performanceMaterialInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadMaterial(db, tenantId, id);
    const m = await db.performanceMaterial.update({
      where: { tenantId_id: { tenantId, id: before.id } },
      data: { title: data.title, content: data.content, occurredOn: dayValue(data.occurredOn), attachments: data.attachments as Prisma.InputJsonValue },
    });
    if (m.status === "ACCEPTED") await recordMaterialEvent(db, m);
    audit({ action: "performance.material.edit", targetType: "PerformanceMaterial", targetId: m.id, detail: { from: { title: before.title, occurredOn: before.occurredOn }, to: { title: m.title, occurredOn: data.occurredOn } } });
    return present(db, tenantId, m);
  });
}

/** 采纳: the material becomes a MATERIAL_ACCEPTED event (priced by the rules like any other act). */
export async function acceptMaterial(ctx: Context, id: string): Promise<PerformanceMaterialType> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadMaterial(db, tenantId, id);
    if (!materialActionAllowed("accept", before.status)) throw InvalidTransition(before.status === "ACCEPTED" ? "材料已采纳" : "已退回的材料须委员修改后重新提交");
    assertNotOwnRecord(ctx.viewer!, await loadMemberBasics(db, tenantId, before.memberId), "不能审核本人的履职材料");
    const m = await db.performanceMaterial.update({
      where: { tenantId_id: { tenantId, id: before.id } },
      data: { status: "ACCEPTED", reviewedBy: ctx.viewer!.userId, reviewerName: ctx.viewer!.displayName, reviewedAt: new Date(), returnReason: null },
    });
    await recordMaterialEvent(db, m);
    audit({ action: "performance.material.accept", targetType: "PerformanceMaterial", targetId: m.id, detail: { memberId: m.memberId, title: m.title } });
    return present(db, tenantId, m);
  });
}

/** 退回 with a reason, also after acceptance: then the event is revoked and the points go. */
export async function returnMaterial(ctx: Context, id: string, reasonInput: string): Promise<PerformanceMaterialType> {
  const { reason } = parseInput(returnMaterialInput, { reason: reasonInput });
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadMaterial(db, tenantId, id);
    if (!materialActionAllowed("return", before.status)) throw InvalidTransition("材料已退回");
    assertNotOwnRecord(ctx.viewer!, await loadMemberBasics(db, tenantId, before.memberId), "不能审核本人的履职材料");
    const m = await db.performanceMaterial.update({
      where: { tenantId_id: { tenantId, id: before.id } },
      data: { status: "RETURNED", reviewedBy: ctx.viewer!.userId, reviewerName: ctx.viewer!.displayName, reviewedAt: new Date(), returnReason: reason },
    });
    if (before.status === "ACCEPTED") await revokeMaterialEvent(db, m);
    audit({ action: "performance.material.return", targetType: "PerformanceMaterial", targetId: m.id, detail: { memberId: m.memberId, title: m.title, reason, wasAccepted: before.status === "ACCEPTED" } });
    return present(db, tenantId, m);
  });
}

export async function getMaterial(ctx: Context, id: string): Promise<PerformanceMaterialType> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => present(db, tenantId, await loadMaterial(db, tenantId, id)));
}

export async function listMaterials(ctx: Context, args: PerformanceMaterialListArgs): Promise<PerformanceMaterialPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const search = args.search?.trim().slice(0, 50);
  const where: Prisma.PerformanceMaterialWhereInput = {
    tenantId,
    ...(args.memberId ? { memberId: parseId(args.memberId, "委员") } : {}),
    ...(args.status ? { status: args.status } : {}),
    ...(args.year ? { occurredOn: { gte: dayValue(`${args.year}-01-01`), lte: dayValue(`${args.year}-12-31`) } } : {}),
  };
  return ctx.uow(async ({ db }) => {
    if (search) {
      const members = await db.memberProfile.findMany({ where: { tenantId, name: { contains: likeLiteral(search) } }, select: { id: true }, take: 500 });
      where.OR = [{ title: { contains: likeLiteral(search) } }, { memberId: { in: members.map((m) => m.id) } }];
    }
    const rows = await db.performanceMaterial.findMany({ where, orderBy: [{ submittedAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.performanceMaterial.count({ where });
    return { items: (await withMembers(db, tenantId, rows)).map(presentMaterial), total };
  });
}
