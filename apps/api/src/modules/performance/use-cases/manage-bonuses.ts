import { performanceBonusInput, revokeBonusInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { PerformanceBonusInput, PerformanceBonusListArgs, PerformanceBonusPage, PerformanceBonusType } from "../materials.types";
import { presentBonus } from "../materials.presenter";
import { loadMemberBasics, withMembers } from "../member-names";
import { assertNotOwnRecord } from "../performance.policy";
import { chinaDayStart } from "../scoring/periods";
import { dayValue } from "./rule-change";
import { recordPerformanceEvent, revokePerformanceEvent } from "./record-performance-event";

/** Bonus rows are BONUS events with sourceType "Bonus": the scoring rule for BONUS decides how they count. */
const SOURCE = "Bonus";

/** 其他考核: staff add bonus (+) or deduction (−) points with a reason; audited with the reason. */
export async function addBonus(ctx: Context, input: PerformanceBonusInput): Promise<PerformanceBonusType> {
  const data = parseInput(performanceBonusInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const member = await loadMemberBasics(db, tenantId, data.memberId);
    assertNotOwnRecord(ctx.viewer!, member, "不能给本人加减分");
    const bonus = await db.performanceBonus.create({
      data: { tenantId, memberId: member.id, points: data.points, reason: data.reason, occurredOn: dayValue(data.occurredOn), createdBy: ctx.viewer!.userId, createdByName: ctx.viewer!.displayName },
    });
    await recordPerformanceEvent(db, { tenantId, memberId: member.id, kind: "BONUS", occurredAt: chinaDayStart(data.occurredOn), sourceType: SOURCE, sourceId: bonus.id, points: data.points, note: data.reason });
    audit({ action: "performance.bonus.add", targetType: "PerformanceBonus", targetId: bonus.id, detail: { memberId: member.id, memberName: member.name, points: data.points, reason: data.reason, occurredOn: data.occurredOn } });
    return presentBonus({ ...bonus, member });
  });
}

/** A bonus is never edited or deleted: it is revoked with a reason (the event is revoked, the row stays). */
export async function revokeBonus(ctx: Context, id: string, reasonInput: string): Promise<PerformanceBonusType> {
  const { reason } = parseInput(revokeBonusInput, { reason: reasonInput });
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const bonus = await db.performanceBonus.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "加减分记录") } } });
    if (!bonus) throw NotFound("加减分记录不存在");
    if (bonus.revokedAt) throw Conflict("该加减分记录已撤销");
    const member = await loadMemberBasics(db, tenantId, bonus.memberId);
    assertNotOwnRecord(ctx.viewer!, member, "不能撤销本人的加减分记录");
    const after = await db.performanceBonus.update({
      where: { tenantId_id: { tenantId, id: bonus.id } },
      data: { revokedAt: new Date(), revokedByName: ctx.viewer!.displayName, revokeReason: reason },
    });
    await revokePerformanceEvent(db, { tenantId, memberId: bonus.memberId, kind: "BONUS", sourceType: SOURCE, sourceId: bonus.id });
    audit({ action: "performance.bonus.revoke", targetType: "PerformanceBonus", targetId: bonus.id, detail: { memberId: bonus.memberId, points: Number(bonus.points), reason } });
    return presentBonus({ ...after, member });
  });
}

export async function listBonuses(ctx: Context, args: PerformanceBonusListArgs): Promise<PerformanceBonusPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const where = {
    tenantId,
    ...(args.memberId ? { memberId: parseId(args.memberId, "委员") } : {}),
    ...(args.year ? { occurredOn: { gte: dayValue(`${args.year}-01-01`), lte: dayValue(`${args.year}-12-31`) } } : {}),
    ...(args.includeRevoked ? {} : { revokedAt: null }),
  };
  return ctx.uow(async ({ db }) => {
    const rows = await db.performanceBonus.findMany({ where, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.performanceBonus.count({ where });
    return { items: (await withMembers(db, tenantId, rows)).map(presentBonus), total };
  });
}
