import { MEETING_CATEGORY_LABELS, meetingMemberStatSort, meetingStatisticsFilter, type MeetingCategory, type MeetingMemberStatSort } from "@zhzx/shared";
import { z } from "zod";
import type { Context } from "../../../context/context";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { Prisma } from "../../../generated/prisma/client";
import { ownMemberId } from "../meetings.policy";
import type { MeetingMemberStat, MeetingMemberStatArgs, MeetingStatistics, MeetingStatisticsFilter, MeetingStatRow } from "../statistics.types";
import { dayAfter, dayStart } from "./list-meetings";

type Filter = z.infer<typeof meetingStatisticsFilter>;
type Sums = { meetings: number; invited: number; attended: number; leave: number; absent: number; undecided: number };

export const rateOf = (s: { attended: number; leave: number; absent: number }) => {
  const decided = s.attended + s.leave + s.absent;
  return decided ? Math.round((s.attended * 10000) / decided) / 100 : null;
};
const row = (key: string, label: string, category: MeetingCategory | null, s: Sums): MeetingStatRow => ({ key, label, category, ...s, attendanceRate: rateOf(s) });
const ZERO: Sums = { meetings: 0, invited: 0, attended: 0, leave: 0, absent: 0, undecided: 0 };

/** The counted items: published or finished (drafts and cancelled items count nowhere), within the filter. */
function meetingCond(tenantId: string, f: Filter) {
  const c: Prisma.Sql[] = [Prisma.sql`m.tenant_id = ${tenantId}::uuid AND m.status IN ('PUBLISHED', 'FINISHED')`];
  if (f.category) c.push(Prisma.sql`m.category = ${f.category}::"MeetingCategory"`);
  if (f.kindIds.length) c.push(Prisma.sql`m.kind_id = ANY(${f.kindIds}::uuid[])`);
  if (f.sessionId) c.push(Prisma.sql`m.session_id = ${f.sessionId}::uuid`);
  if (f.from) c.push(Prisma.sql`m.starts_at >= ${dayStart(f.from)}`);
  if (f.to) c.push(Prisma.sql`m.starts_at < ${dayAfter(f.to)}`);
  return Prisma.join(c, " AND ");
}

const SUMS = Prisma.sql`count(DISTINCT m.id)::int AS meetings,
       count(i.member_id)::int AS invited,
       count(*) FILTER (WHERE i.attendance = 'ATTENDED')::int AS attended,
       count(*) FILTER (WHERE i.attendance = 'LEAVE')::int AS leave,
       count(*) FILTER (WHERE i.attendance = 'ABSENT')::int AS absent,
       count(i.member_id) FILTER (WHERE i.attendance IS NULL)::int AS undecided`;
const FROM = Prisma.sql`FROM meeting m LEFT JOIN meeting_invitation i ON i.tenant_id = m.tenant_id AND i.meeting_id = m.id`;

/** Months YYYY-MM from..to inclusive (at most 120). */
function monthsBetween(from: string, to: string) {
  const out: string[] = [];
  let [y, mo] = from.slice(0, 7).split("-").map(Number) as [number, number];
  const end = to.slice(0, 7);
  while (out.length < 120) {
    const key = `${y}-${String(mo).padStart(2, "0")}`;
    out.push(key);
    if (key >= end) break;
    mo === 12 ? ((y += 1), (mo = 1)) : (mo += 1);
  }
  return out;
}

/** 会议活动统计: every number is an aggregate in PostgreSQL (no invitation rows are loaded). */
export async function getMeetingStatistics(ctx: Context, filter: MeetingStatisticsFilter | null | undefined): Promise<MeetingStatistics> {
  const f = parseInput(meetingStatisticsFilter, filter ?? {});
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const where = meetingCond(tenantId, f);
    const [total] = await db.$queryRaw<Sums[]>`SELECT ${SUMS} ${FROM} WHERE ${where}`;
    const byKind = await db.$queryRaw<(Sums & { kindId: string })[]>`SELECT m.kind_id::text AS "kindId", ${SUMS} ${FROM} WHERE ${where} GROUP BY m.kind_id`;
    const byMonth = await db.$queryRaw<(Sums & { month: string })[]>`
      SELECT to_char(m.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, ${SUMS} ${FROM} WHERE ${where} GROUP BY 1 ORDER BY 1`;
    const kinds = await db.meetingKind.findMany({
      where: { tenantId, ...(f.category ? { category: f.category } : {}), ...(f.kindIds.length ? { id: { in: f.kindIds } } : {}) },
      orderBy: [{ category: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
    });
    const kindSums = new Map(byKind.map(({ kindId, ...s }) => [kindId, s]));
    const monthSums = new Map(byMonth.map(({ month, ...s }) => [month, s]));
    const months = f.from && f.to ? monthsBetween(f.from, f.to) : byMonth.map((r) => r.month);
    return {
      total: row("total", f.category ? `${MEETING_CATEGORY_LABELS[f.category]}合计` : "合计", f.category ?? null, total ?? ZERO),
      byKind: kinds.filter((k) => !k.disabled || kindSums.has(k.id)).map((k) => row(k.id, k.name, k.category, kindSums.get(k.id) ?? ZERO)),
      byMonth: months.map((mo) => row(mo, mo, f.category ?? null, monthSums.get(mo) ?? ZERO)),
    };
  });
}

const ORDER: Record<MeetingMemberStatSort, Prisma.Sql> = {
  NAME: Prisma.sql`p.name_pinyin, p.id`,
  RATE_DESC: Prisma.sql`rate DESC NULLS LAST, p.name_pinyin, p.id`,
  RATE_ASC: Prisma.sql`rate ASC NULLS LAST, p.name_pinyin, p.id`,
};

/**
 * Per-member attendance over the filtered items: one GROUP BY per page, names and the sector/party of
 * the chosen session (default: the current one) joined after aggregating.
 */
export async function memberStats(db: Tx, tenantId: string, f: Filter, opts: { sort: MeetingMemberStatSort; name?: string | null; memberId?: string; skip: number; take: number }) {
  const cond: Prisma.Sql[] = [meetingCond(tenantId, f)];
  if (opts.memberId) cond.push(Prisma.sql`i.member_id = ${opts.memberId}::uuid`);
  const nameCond = opts.name ? Prisma.sql`AND p.name LIKE ${`%${opts.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : Prisma.empty;
  const agg = Prisma.sql`
    SELECT i.member_id,
           count(*)::int AS invited,
           count(*) FILTER (WHERE i.attendance = 'ATTENDED')::int AS attended,
           count(*) FILTER (WHERE i.attendance = 'LEAVE')::int AS leave,
           count(*) FILTER (WHERE i.attendance = 'ABSENT')::int AS absent,
           count(*) FILTER (WHERE i.attendance IS NULL)::int AS undecided
      FROM meeting_invitation i JOIN meeting m ON m.tenant_id = i.tenant_id AND m.id = i.meeting_id
     WHERE i.tenant_id = ${tenantId}::uuid AND ${Prisma.join(cond, " AND ")}
     GROUP BY i.member_id`;
  const session = f.sessionId
    ? Prisma.sql`${f.sessionId}::uuid`
    : Prisma.sql`(SELECT id FROM committee_session WHERE tenant_id = ${tenantId}::uuid AND is_current LIMIT 1)`;
  const rows = await db.$queryRaw<(Omit<MeetingMemberStat, "member" | "attendanceRate"> & { id: string; name: string })[]>`
    WITH a AS (${agg})
    SELECT p.id::text AS id, p.name, s.name AS sector, y.name AS party, a.invited, a.attended, a.leave, a.absent, a.undecided,
           a.attended::numeric / NULLIF(a.attended + a.leave + a.absent, 0) AS rate
      FROM a JOIN member_profile p ON p.tenant_id = ${tenantId}::uuid AND p.id = a.member_id
      LEFT JOIN member_term t ON t.tenant_id = p.tenant_id AND t.member_id = p.id AND t.session_id = ${session}
      LEFT JOIN dict_item s ON s.tenant_id = t.tenant_id AND s.id = t.sector_id
      LEFT JOIN dict_item y ON y.tenant_id = t.tenant_id AND y.id = t.party_id
     WHERE true ${nameCond}
     ORDER BY ${ORDER[opts.sort]}
     LIMIT ${opts.take} OFFSET ${opts.skip}`;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    WITH a AS (${agg}) SELECT count(*)::int AS n FROM a JOIN member_profile p ON p.tenant_id = ${tenantId}::uuid AND p.id = a.member_id WHERE true ${nameCond}`;
  const items: MeetingMemberStat[] = rows.map((r) => ({
    member: { id: r.id, name: r.name },
    sector: r.sector,
    party: r.party,
    invited: r.invited,
    attended: r.attended,
    leave: r.leave,
    absent: r.absent,
    undecided: r.undecided,
    attendanceRate: rateOf(r),
  }));
  return { items, total: n ?? 0 };
}

/** 委员出勤统计 (staff): attendance rate per member, sortable, paginated. */
export async function getMeetingMemberStatistics(ctx: Context, args: MeetingMemberStatArgs) {
  const { skip, take } = toSkipTake(args);
  const f = parseInput(meetingStatisticsFilter, args.filter ?? {});
  const sort = parseInput(meetingMemberStatSort, args.sort);
  const name = parseInput(z.string().trim().max(30, "姓名最多 30 个字符").nullish(), args.name);
  const tenantId = ctx.tenantId;
  return ctx.uow(({ db }) => memberStats(db, tenantId, f, { sort, name, skip, take }));
}

/** The member's own attendance (portal 履职). */
export async function getMyMeetingStatistics(ctx: Context, filter: MeetingStatisticsFilter | null | undefined): Promise<MeetingMemberStat> {
  const f = parseInput(meetingStatisticsFilter, filter ?? {});
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const memberId = await ownMemberId(db, tenantId, ctx.viewer!);
    const { items } = await memberStats(db, tenantId, f, { sort: "NAME", memberId, skip: 0, take: 1 });
    if (items[0]) return items[0];
    const me = await db.memberProfile.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: memberId } }, select: { id: true, name: true } });
    return { member: me, sector: null, party: null, invited: 0, attended: 0, leave: 0, absent: 0, undecided: 0, attendanceRate: null };
  });
}
