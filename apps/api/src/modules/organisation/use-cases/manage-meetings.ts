import { sessionMeetingInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Conflict, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { presentMeeting, type SessionMeetingInput } from "../sessions.types";
import { findSession } from "./manage-sessions";

const asDate = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

async function checked(db: Tx, tenantId: string, input: SessionMeetingInput, exceptId?: string) {
  const data = parseInput(sessionMeetingInput, input);
  const session = await findSession(db, tenantId, data.sessionId);
  if (data.year < session.startYear || data.year > session.endYear) {
    throw ValidationFailed(`会议年份须在${session.name}的 ${session.startYear}—${session.endYear} 年之间`, { year: "会议年份超出届次起止年份" });
  }
  const clash = await db.sessionMeeting.findUnique({ where: { tenantId_sessionId_number: { tenantId, sessionId: session.id, number: data.number } } });
  if (clash && clash.id !== exceptId) throw Conflict(`${session.name}第 ${data.number} 次会议已存在`);
  return { ...data, startDate: asDate(data.startDate), endDate: asDate(data.endDate) };
}

export async function createMeeting(ctx: Context, input: SessionMeetingInput) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const data = await checked(db, tenantId, input);
    const m = await db.sessionMeeting.create({ data: { tenantId, ...data } });
    audit({ action: "meeting.create", targetType: "SessionMeeting", targetId: m.id, detail: { sessionId: m.sessionId, number: m.number, name: m.name } });
    return presentMeeting(m);
  });
}

async function findMeeting(db: Tx, tenantId: string, id: string) {
  const m = await db.sessionMeeting.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "会议") } } });
  if (!m) throw NotFound("会议不存在");
  return m;
}

export async function updateMeeting(ctx: Context, id: string, input: SessionMeetingInput) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await findMeeting(db, tenantId, id);
    const data = await checked(db, tenantId, input, before.id);
    const m = await db.sessionMeeting.update({ where: { tenantId_id: { tenantId, id: before.id } }, data });
    audit({ action: "meeting.update", targetType: "SessionMeeting", targetId: m.id, detail: { from: presentMeeting(before), to: presentMeeting(m) } });
    return presentMeeting(m);
  });
}

export async function deleteMeeting(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const m = await findMeeting(db, tenantId, id);
    await db.sessionMeeting.delete({ where: { tenantId_id: { tenantId, id: m.id } } });
    audit({ action: "meeting.delete", targetType: "SessionMeeting", targetId: m.id, detail: { sessionId: m.sessionId, name: m.name } });
    return true;
  });
}
