import { opinionStatisticsFilter, type OpinionStatisticsFilter } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { Forbidden, NotFound } from "../../core/errors";
import { parseInput } from "../../core/validate";
import type { Tx } from "../../db/prisma";
import { presentScoreRow } from "../performance/use-cases/rank-scores";
import { scoreContext, sourceOf } from "../performance/scoring/score-context";
import { queryScores } from "../performance/scoring/score-query";
import { presentFigures, readFigures, sumDashboards, type RawFigures } from "./dashboard-figures";
import type { Dashboard, DashboardFilterInput, DashboardPerformer, DashboardRollup, DashboardSession } from "./dashboard.types";

/** The filter has the shape (and Chinese messages) of the statistics filters: 届次, 期间起止. */
export const parseDashboardFilter = (input: DashboardFilterInput | null | undefined): OpinionStatisticsFilter => parseInput(opinionStatisticsFilter, input ?? {});

const SESSION_SELECT = { id: true, name: true, number: true } as const;

/** The session asked for (it must be this committee's), else the current one (may be none). */
async function sessionOf(db: Tx, tenantId: string, sessionId: string | null): Promise<DashboardSession | null> {
  if (sessionId) {
    const s = await db.committeeSession.findFirst({ where: { tenantId, id: sessionId }, select: SESSION_SELECT });
    if (!s) throw NotFound("届次不存在");
    return s;
  }
  return db.committeeSession.findFirst({ where: { tenantId, isCurrent: true }, select: SESSION_SELECT });
}

/** 履职前十: the performance module's own ranking (届内考核, priced live by the current rules). */
async function topPerformers(db: Tx, tenantId: string, session: DashboardSession | null): Promise<DashboardPerformer[]> {
  if (!session) return [];
  const sc = await scoreContext(db, tenantId, { assessmentType: "SESSION", year: null, sessionId: session.id });
  const { rows } = await queryScores(db, sourceOf(tenantId, sc), null, { direction: "DESC", skip: 0, take: 10 });
  return rows.map(presentScoreRow).filter((r) => r.total > 0).map((r) => ({
    memberId: r.member.id, name: r.member.name, sector: r.sector.name, party: r.party.name, total: r.total, rank: r.rank, eventCount: r.eventCount,
  }));
}

/** One committee's dashboard, inside an open unit of work scoped to it. */
export async function committeeDashboard(db: Tx, tenantId: string, f: OpinionStatisticsFilter, withPerformers = true): Promise<Dashboard> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  const session = await sessionOf(db, tenantId, f.sessionId);
  const raw = await readFigures(db, tenantId, session?.id ?? null, f.from, f.to);
  const figures = presentFigures(raw, { tenantId, tenantName: tenant.name, session, from: f.from, to: f.to });
  return { ...figures, topPerformers: withPerformers ? await topPerformers(db, tenantId, session) : [] };
}

/** 领导驾驶舱: this committee's figures for a session (default: the current one) and period. */
export function getDashboard(ctx: Context, input: DashboardFilterInput | null | undefined): Promise<Dashboard> {
  const f = parseDashboardFilter(input);
  const tenantId = ctx.tenantId;
  return ctx.uow(({ db }) => committeeDashboard(db, tenantId, f));
}

/**
 * 全市汇总 (issue 10): the city and each of its counties side by side, and the total. The only
 * cross-committee path is the database function dashboard_rollup (SECURITY DEFINER): it checks that the
 * caller's committee is a city the caller serves, then steps into one child committee at a time (RLS
 * on, scoped to it) and reads its figures with dashboard_figures — the function each committee's own
 * dashboard uses, so the numbers are the same. The access goes to the city's audit chain in the same
 * transaction; a county gets FORBIDDEN (here, and from the function if this check were ever skipped).
 */
export async function getDashboardRollup(ctx: Context, input: DashboardFilterInput | null | undefined): Promise<DashboardRollup> {
  const f = parseDashboardFilter(input);
  const cityId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const city = await db.tenant.findUniqueOrThrow({ where: { id: cityId }, select: { name: true, level: true } });
    if (city.level !== "CITY") throw Forbidden("全市汇总只对市级政协开放");
    const citySession = f.sessionId ? await sessionOf(db, cityId, f.sessionId) : null;
    const rows = await db.$queryRaw<{ tenant_id: string; tenant_name: string; session_id: string | null; session_name: string | null; session_number: number | null; figures: RawFigures }[]>`
      SELECT tenant_id::text, tenant_name, session_id::text, session_name, session_number, figures
        FROM dashboard_rollup(${citySession?.number ?? null}::int, ${f.from}::date, ${f.to}::date)`;
    audit({
      action: "dashboard.rollup",
      targetType: "Tenant",
      targetId: cityId,
      detail: { committees: rows.length, tenantIds: rows.map((r) => r.tenant_id), session: citySession?.name ?? "各委员会本届", from: f.from, to: f.to },
    });
    const committees = rows.map((r) => ({
      ...presentFigures(r.figures, {
        tenantId: r.tenant_id,
        tenantName: r.tenant_name,
        session: r.session_id ? { id: r.session_id, name: r.session_name!, number: r.session_number! } : null,
        from: f.from,
        to: f.to,
      }),
      topPerformers: [],
    }));
    const total = sumDashboards(committees, `${city.name.replace(/政协$/, "")}全市合计`, { session: citySession, from: f.from, to: f.to });
    return { committees, total };
  });
}
