import {
  participationPeriodInput,
  PERFORMANCE_EVENT_KINDS,
  PERFORMANCE_EVENT_LABELS,
  performanceEventKindSchema,
  performanceScoreFilterInput,
  scoreSortDirection,
  type Gender,
  type ParticipationPeriodInput,
  type PerformanceEventKind,
  type PerformanceScoreFilterInput,
} from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { toSkipTake } from "../../../core/pagination";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { Prisma } from "../../../generated/prisma/client";
import type { ParticipationArgs, ParticipationPage, ParticipationRow } from "../participation.types";
import { chinaDayStart, loadSession, yearBounds, type SessionInfo } from "../scoring/periods";
import { populationCte } from "../scoring/score-query";

/** The kinds counted in 履职详情统计: every kind but 其他考核 (points, not participation). */
export const PARTICIPATION_KINDS = PERFORMANCE_EVENT_KINDS.filter((k) => k !== "BONUS");

export interface ParticipationScope {
  session: SessionInfo;
  start: Date;
  end: Date;
  firstDay: string;
  lastDay: string;
}

export async function resolveParticipation(db: Tx, tenantId: string, p: ParticipationPeriodInput): Promise<ParticipationScope> {
  const session = await loadSession(db, tenantId, p.sessionId);
  const whole = p.year ? yearBounds(p.year, p.year) : yearBounds(session.startYear, session.endYear);
  const firstDay = p.from ?? whole.firstDay;
  const lastDay = p.to ?? whole.lastDay;
  const next = new Date(`${lastDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { session, firstDay, lastDay, start: chinaDayStart(firstDay), end: chinaDayStart(next.toISOString().slice(0, 10)) };
}

interface Row {
  member_id: string; name: string; gender: string; work_unit_title: string; sector_id: string; sector_name: string; party_id: string; party_name: string;
  member_type_id: string; member_type_name: string; counts: Record<string, number>; full_count: number;
}

const eventsCte = (tenantId: string, s: ParticipationScope) => Prisma.sql`
  c AS (
    SELECT e.member_id, e.kind, count(*)::int AS n
      FROM performance_event e
     WHERE e.tenant_id = ${tenantId}::uuid AND e.revoked_at IS NULL AND e.occurred_at >= ${s.start} AND e.occurred_at < ${s.end}
       AND e.member_id IN (SELECT member_id FROM pop)
     GROUP BY 1, 2
  )`;

/** Per-member counts by kind: one GROUP BY in PostgreSQL, rows paged there too. */
export async function queryParticipation(
  db: Tx,
  tenantId: string,
  s: ParticipationScope,
  filter: PerformanceScoreFilterInput,
  opts: { sortBy: PerformanceEventKind | null; direction: "ASC" | "DESC"; skip: number; take: number },
) {
  const pop = populationCte(tenantId, s.session.id, filter);
  const name = filter.name?.trim();
  const like = name ? `%${name.replace(/[\\%_]/g, (x) => `\\${x}`)}%` : null;
  const nameCond = (alias: string) => (like ? Prisma.sql`(${Prisma.raw(alias)}.name LIKE ${like} OR ${Prisma.raw(alias)}.name_pinyin LIKE ${like.toLowerCase()})` : Prisma.sql`TRUE`);
  const dir = opts.direction === "ASC" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const order = opts.sortBy ? Prisma.sql`coalesce((counts->>${opts.sortBy})::int, 0) ${dir}, name_pinyin, member_id` : Prisma.sql`name_pinyin, name, member_id`;
  const rows = await db.$queryRaw<Row[]>`WITH ${pop}, ${eventsCte(tenantId, s)},
    per AS (SELECT pop.*, (SELECT coalesce(jsonb_object_agg(c.kind, c.n), '{}'::jsonb) FROM c WHERE c.member_id = pop.member_id) AS counts FROM pop)
    SELECT member_id, name, gender, work_unit_title, sector_id, sector_name, party_id, party_name, member_type_id, member_type_name, counts,
           count(*) OVER ()::int AS full_count
      FROM per WHERE ${nameCond("per")} ORDER BY ${order} LIMIT ${opts.take} OFFSET ${opts.skip}`;
  const totals = await db.$queryRaw<{ kind: string; n: number }[]>`WITH ${pop}, ${eventsCte(tenantId, s)}
    SELECT c.kind, sum(c.n)::int AS n FROM c JOIN pop ON pop.member_id = c.member_id AND ${nameCond("pop")} GROUP BY c.kind`;
  return { rows, totals: new Map(totals.map((t) => [t.kind, t.n])) };
}

const kindCounts = (m: Map<string, number> | Record<string, number>) =>
  PARTICIPATION_KINDS.map((kind) => ({ kind, label: PERFORMANCE_EVENT_LABELS[kind], count: (m instanceof Map ? m.get(kind) : m[kind]) ?? 0 }));

export function presentParticipation(r: Row): ParticipationRow {
  const n = (k: PerformanceEventKind) => r.counts[k] ?? 0;
  const meetings = n("MEETING_ATTENDED") + n("MEETING_LEAVE") + n("MEETING_ABSENT");
  return {
    member: { id: r.member_id, name: r.name, gender: r.gender as Gender, workUnitTitle: r.work_unit_title },
    sector: { id: r.sector_id, name: r.sector_name },
    party: { id: r.party_id, name: r.party_name },
    memberType: { id: r.member_type_id, name: r.member_type_name },
    meetingsAttended: n("MEETING_ATTENDED"),
    meetingsOnLeave: n("MEETING_LEAVE"),
    meetingsAbsent: n("MEETING_ABSENT"),
    meetingAttendanceRate: meetings ? Math.round((n("MEETING_ATTENDED") * 10000) / meetings) / 100 : null,
    activitiesAttended: n("ACTIVITY_ATTENDED"),
    activitiesOnLeave: n("ACTIVITY_LEAVE"),
    activitiesAbsent: n("ACTIVITY_ABSENT"),
    proposals: n("PROPOSAL_SUBMITTED"),
    opinions: n("OPINION_SUBMITTED"),
    speeches: n("SPEECH_DELIVERED"),
    counts: kindCounts(r.counts),
  };
}

export function parseParticipationArgs(args: Pick<ParticipationArgs, "period" | "filter" | "sortBy" | "direction">) {
  return {
    period: parseInput(participationPeriodInput, args.period),
    filter: parseInput(performanceScoreFilterInput, args.filter ?? {}),
    sortBy: args.sortBy ? parseInput(performanceEventKindSchema, args.sortBy) : null,
    direction: parseInput(scoreSortDirection, args.direction ?? "DESC"),
  };
}

/** 履职详情统计: meetings, activities, proposals, opinions, speeches … per member over the period. */
export async function getParticipationStats(ctx: Context, args: ParticipationArgs): Promise<ParticipationPage> {
  const { period, filter, sortBy, direction } = parseParticipationArgs(args);
  const { skip, take } = toSkipTake(args);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const scope = await resolveParticipation(db, tenantId, period);
    const { rows, totals } = await queryParticipation(db, tenantId, scope, filter, { sortBy, direction, skip, take });
    return {
      items: rows.map(presentParticipation),
      total: rows[0]?.full_count ?? (skip === 0 ? 0 : (await queryParticipation(db, tenantId, scope, filter, { sortBy, direction, skip: 0, take: 1 })).rows[0]?.full_count ?? 0),
      session: { id: scope.session.id, name: scope.session.name, number: scope.session.number, isCurrent: scope.session.isCurrent },
      firstDay: scope.firstDay,
      lastDay: scope.lastDay,
      totals: kindCounts(totals),
    };
  });
}
