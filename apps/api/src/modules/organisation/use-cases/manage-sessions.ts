import { committeeSessionInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { presentSession, type CommitteeSessionInput } from "../sessions.types";

const withDetails = { meetings: { orderBy: { number: "asc" as const } }, _count: { select: { terms: true } } };

export async function listSessions(ctx: Context) {
  const tenantId = ctx.tenantId;
  const rows = await ctx.uow(({ db }) => db.committeeSession.findMany({ where: { tenantId }, include: withDetails, orderBy: { number: "desc" } }));
  return rows.map(presentSession);
}

export async function findSession(db: Tx, tenantId: string, id: string) {
  const s = await db.committeeSession.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "届次") } } });
  if (!s) throw NotFound("届次不存在");
  return s;
}

async function assertUnique(db: Tx, tenantId: string, data: { name: string; number: number }, exceptId?: string) {
  const clash = await db.committeeSession.findFirst({ where: { tenantId, OR: [{ name: data.name }, { number: data.number }], NOT: exceptId ? { id: exceptId } : undefined } });
  if (clash) throw Conflict(clash.number === data.number ? `第 ${data.number} 届已存在（${clash.name}）` : `届次“${data.name}”已存在`);
}

export async function createSession(ctx: Context, input: CommitteeSessionInput) {
  const data = parseInput(committeeSessionInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertUnique(db, tenantId, data);
    if (data.isCurrent) await db.committeeSession.updateMany({ where: { tenantId, isCurrent: true }, data: { isCurrent: false } });
    const s = await db.committeeSession.create({ data: { tenantId, ...data }, include: withDetails });
    audit({ action: "session.create", targetType: "CommitteeSession", targetId: s.id, detail: data });
    return presentSession(s);
  });
}

export async function updateSession(ctx: Context, id: string, input: CommitteeSessionInput) {
  const data = parseInput(committeeSessionInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await findSession(db, tenantId, id);
    await assertUnique(db, tenantId, data, before.id);
    const outside = await db.sessionMeeting.count({ where: { tenantId, sessionId: before.id, OR: [{ year: { lt: data.startYear } }, { year: { gt: data.endYear } }] } });
    if (outside > 0) throw Conflict(`有 ${outside} 次会议的年份不在 ${data.startYear}—${data.endYear} 之间，请先调整会议`);
    if (data.isCurrent && !before.isCurrent) await db.committeeSession.updateMany({ where: { tenantId, isCurrent: true }, data: { isCurrent: false } });
    const s = await db.committeeSession.update({ where: { tenantId_id: { tenantId, id: before.id } }, data, include: withDetails });
    const { id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, ...from } = before;
    audit({ action: "session.update", targetType: "CommitteeSession", targetId: s.id, detail: { from, to: data } });
    return presentSession(s);
  });
}

/** A session that has members or meetings keeps them: it cannot be deleted. */
export async function deleteSession(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const s = await findSession(db, tenantId, id);
    const terms = await db.memberTerm.count({ where: { tenantId, sessionId: s.id } });
    const meetings = await db.sessionMeeting.count({ where: { tenantId, sessionId: s.id } });
    if (terms || meetings) {
      const parts = [terms ? `${terms} 名委员` : "", meetings ? `${meetings} 次会议` : ""].filter(Boolean).join("、");
      throw Conflict(`${s.name}已有 ${parts}的数据，不能删除`);
    }
    await db.committeeSession.delete({ where: { tenantId_id: { tenantId, id: s.id } } });
    audit({ action: "session.delete", targetType: "CommitteeSession", targetId: s.id, detail: { name: s.name } });
    return true;
  });
}
