import { circleListFilter } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { likeLiteral } from "../../../core/like";
import { toSkipTake } from "../../../core/pagination";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Prisma } from "../../../generated/prisma/client";
import { isInCircle, loadActor, loadReadableCircle, syncDictionaryCircles } from "../circles.policy";
import { circleSelect, presentCircles } from "../circles.presenter";
import type { CircleFilter, CirclePage, CircleType } from "../circles.types";

const KIND_ORDER = { SPECIAL_COMMITTEE: 0, SECTOR: 1, OPEN: 2 } as const;

/**
 * The portal's 圈子 list: the member's own circles first (their 专委会 and 界别 of the current session,
 * the open circles they joined), then the open circles they may join. A committee holds tens of
 * circles, so the visible set is ordered in memory and the page cut from it.
 */
export async function listMyCircles(ctx: Context, args: { page: number; pageSize: number }): Promise<CirclePage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const created = await syncDictionaryCircles(db, tenantId);
    if (created > 0) audit({ action: "circle.sync", targetType: "Circle", detail: { created } });
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    const dictIds = [actor.sectorId, actor.specialCommitteeId].filter((x): x is string => !!x);
    const rows = await db.circle.findMany({
      where: { tenantId, OR: [{ kind: "OPEN", archived: false }, { kind: "OPEN", id: { in: [...actor.joined] } }, { dictItemId: { in: dictIds }, archived: false }] },
      select: circleSelect,
    });
    const visible = rows
      .filter((c) => c.kind === "OPEN" || isInCircle(actor, c))
      .sort((a, b) => Number(isInCircle(actor, b)) - Number(isInCircle(actor, a)) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "zh-CN"));
    return { items: await presentCircles(db, tenantId, actor, visible.slice(skip, skip + take)), total: visible.length };
  });
}

/** 圈子管理 (staff): every circle of the committee, with counts, filterable by kind and name. */
export async function listCircles(ctx: Context, args: { page: number; pageSize: number; filter?: CircleFilter | null }): Promise<CirclePage> {
  const { skip, take } = toSkipTake(args);
  const f = parseInput(circleListFilter, args.filter ?? {});
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const created = await syncDictionaryCircles(db, tenantId);
    if (created > 0) audit({ action: "circle.sync", targetType: "Circle", detail: { created } });
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    const where: Prisma.CircleWhereInput = {
      tenantId,
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.includeArchived ? {} : { archived: false }),
      ...(f.search ? { name: { contains: likeLiteral(f.search) } } : {}),
    };
    const rows = await db.circle.findMany({ where, select: circleSelect, orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }], skip, take });
    const total = await db.circle.count({ where });
    return { items: await presentCircles(db, tenantId, actor, rows), total };
  });
}

export async function getCircle(ctx: Context, id: string): Promise<CircleType> {
  const cid = parseId(id, "圈子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    await loadReadableCircle(db, tenantId, actor, cid);
    const row = await db.circle.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: cid } }, select: circleSelect });
    return (await presentCircles(db, tenantId, actor, [row]))[0]!;
  });
}
