import { materialActionAllowed, performanceMaterialInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake, type PageArgs } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { Prisma } from "../../../generated/prisma/client";
import { findOwnProfileId } from "../../members/members.policy";
import { presentMaterial } from "../materials.presenter";
import type { PerformanceMaterialInput, PerformanceMaterialPage, PerformanceMaterialType } from "../materials.types";
import { withMembers } from "../member-names";
import { isOwnMaterial } from "../performance.policy";
import { dayValue } from "./rule-change";

/** The member's own material: found through the session's profile, never by an argument alone. */
async function ownMaterial(ctx: Context, db: Tx, id: string) {
  const tenantId = ctx.tenantId;
  const memberId = await findOwnProfileId(db, tenantId, ctx.viewer!);
  const m = await db.performanceMaterial.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "履职材料") } } });
  if (!m || !isOwnMaterial(memberId, m)) throw NotFound("履职材料不存在");
  return m;
}

const fields = (d: ReturnType<typeof performanceMaterialInput.parse>) => ({
  title: d.title,
  content: d.content,
  occurredOn: dayValue(d.occurredOn),
  attachments: d.attachments as Prisma.InputJsonValue,
});

/** 委员端: submit a material for review (待审核). */
export async function submitMaterial(ctx: Context, input: PerformanceMaterialInput): Promise<PerformanceMaterialType> {
  const data = parseInput(performanceMaterialInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const memberId = await findOwnProfileId(db, tenantId, ctx.viewer!);
    const m = await db.performanceMaterial.create({ data: { tenantId, memberId, ...fields(data), submittedBy: ctx.viewer!.userId } });
    audit({ action: "performance.material.submit", targetType: "PerformanceMaterial", targetId: m.id, detail: { title: m.title, occurredOn: data.occurredOn, attachments: data.attachments.length } });
    return presentMaterial((await withMembers(db, tenantId, [m]))[0]!);
  });
}

/** Edit before review, or after a return (which resubmits it); an accepted material is the office's. */
export async function updateMyMaterial(ctx: Context, id: string, input: PerformanceMaterialInput): Promise<PerformanceMaterialType> {
  const data = parseInput(performanceMaterialInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await ownMaterial(ctx, db, id);
    if (!materialActionAllowed("resubmit", before.status)) throw InvalidTransition("材料已采纳，不能修改");
    const m = await db.performanceMaterial.update({
      where: { tenantId_id: { tenantId, id: before.id } },
      data: { ...fields(data), status: "SUBMITTED", submittedAt: new Date(), returnReason: null, reviewedAt: null, reviewedBy: null, reviewerName: null },
    });
    audit({ action: before.status === "RETURNED" ? "performance.material.resubmit" : "performance.material.update", targetType: "PerformanceMaterial", targetId: m.id, detail: { title: m.title } });
    return presentMaterial((await withMembers(db, tenantId, [m]))[0]!);
  });
}

export async function deleteMyMaterial(ctx: Context, id: string): Promise<boolean> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const m = await ownMaterial(ctx, db, id);
    if (m.status === "ACCEPTED") throw InvalidTransition("材料已采纳，不能删除");
    await db.performanceMaterial.delete({ where: { tenantId_id: { tenantId, id: m.id } } });
    audit({ action: "performance.material.delete", targetType: "PerformanceMaterial", targetId: m.id, detail: { title: m.title } });
    return true;
  });
}

export async function listMyMaterials(ctx: Context, page: PageArgs): Promise<PerformanceMaterialPage> {
  const { skip, take } = toSkipTake(page);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const memberId = await findOwnProfileId(db, tenantId, ctx.viewer!);
    const where = { tenantId, memberId };
    const rows = await db.performanceMaterial.findMany({ where, orderBy: [{ submittedAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.performanceMaterial.count({ where });
    return { items: (await withMembers(db, tenantId, rows)).map(presentMaterial), total };
  });
}
