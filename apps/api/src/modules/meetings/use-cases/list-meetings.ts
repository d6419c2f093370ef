import { meetingListFilter, type MeetingCategory } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Prisma } from "../../../generated/prisma/client";
import { ownMemberId } from "../meetings.policy";
import { meetingInclude, presentMeetings } from "../meetings.presenter";
import type { MeetingFilter, MeetingListArgs, MeetingPage } from "../meetings.types";
import { likeLiteral } from "../../../core/like";

/** A calendar day in Beijing time as an instant: the committee's dates are China dates. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
export const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

export function meetingWhere(tenantId: string, filter: MeetingFilter | null | undefined): Prisma.MeetingWhereInput {
  const f = parseInput(meetingListFilter, filter ?? {});
  return {
    tenantId,
    ...(f.category ? { category: f.category } : {}),
    ...(f.kindIds.length ? { kindId: { in: f.kindIds } } : {}),
    ...(f.sessionId ? { sessionId: f.sessionId } : {}),
    ...(f.statuses?.length ? { status: { in: f.statuses } } : {}),
    ...(f.from || f.to ? { startsAt: { ...(f.from ? { gte: dayStart(f.from) } : {}), ...(f.to ? { lt: dayAfter(f.to) } : {}) } } : {}),
    ...(f.search ? { OR: [{ title: { contains: likeLiteral(f.search) } }, { place: { contains: likeLiteral(f.search) } }] } : {}),
  };
}

/** 会议活动查询 (staff): newest first, with attendance counts per item. */
export async function listMeetings(ctx: Context, args: MeetingListArgs): Promise<MeetingPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  const where = meetingWhere(tenantId, args.filter);
  return ctx.uow(async ({ db }) => {
    const rows = await db.meeting.findMany({ where, include: meetingInclude, orderBy: [{ startsAt: "desc" }, { id: "asc" }], skip, take });
    const total = await db.meeting.count({ where });
    return { items: await presentMeetings(db, tenantId, rows), total };
  });
}

/**
 * The portal's 会议活动 list: items the member is invited to (never drafts: a draft has no invitations).
 * `upcoming` = not yet ended and not cancelled, soonest first; otherwise newest first.
 */
export async function listMyMeetings(ctx: Context, args: { page: number; pageSize: number; category?: MeetingCategory | null; upcoming?: boolean | null }): Promise<MeetingPage> {
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const memberId = await ownMemberId(db, tenantId, ctx.viewer!);
    const me = await db.memberProfile.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: memberId } }, select: { name: true } });
    const where: Prisma.MeetingWhereInput = {
      tenantId,
      invitations: { some: { tenantId, memberId } },
      ...(args.category ? { category: args.category } : {}),
      ...(args.upcoming ? { status: "PUBLISHED", endsAt: { gte: new Date() } } : {}),
    };
    const rows = await db.meeting.findMany({ where, include: meetingInclude, orderBy: [{ startsAt: args.upcoming ? "asc" : "desc" }, { id: "asc" }], skip, take });
    const total = await db.meeting.count({ where });
    return { items: await presentMeetings(db, tenantId, rows, { memberId, memberName: me.name }), total };
  });
}
