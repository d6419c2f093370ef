import type { AssessmentType, PerformancePeriodInput } from "@zhzx/shared";
import { NotFound, ValidationFailed } from "../../../core/errors";
import type { Tx } from "../../../db/prisma";

/**
 * Scores count days as the committee lives them: China time. China has had no daylight saving since
 * 1991, so a fixed +08:00 is exact; SQL uses the same zone by name.
 */
export const SCORE_TZ = "Asia/Shanghai";
const OFFSET_MS = 8 * 3600_000;
export const chinaDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);
export const chinaDay = (d: Date) => new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 10);
export const chinaToday = () => chinaDay(new Date());
export const chinaYear = (d = new Date()) => Number(chinaDay(d).slice(0, 4));
/** A DATE column (midnight UTC in JS) as YYYY-MM-DD. */
export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

export interface SessionInfo {
  id: string;
  name: string;
  number: number;
  startYear: number;
  endYear: number;
  isCurrent: boolean;
}

export interface ResolvedPeriod {
  assessmentType: AssessmentType;
  year: number | null;
  /** Whose members are scored; for 届内考核 also the period. */
  session: SessionInfo;
  /** [start, end) instants; firstDay…lastDay the same period as inclusive days. */
  start: Date;
  end: Date;
  firstDay: string;
  lastDay: string;
}

const sessionSelect = { id: true, name: true, number: true, startYear: true, endYear: true, isCurrent: true } as const;

/** The session a year belongs to: the current one if it covers the year, else the latest that does. */
export async function sessionForYear(db: Tx, tenantId: string, year: number): Promise<SessionInfo | null> {
  return db.committeeSession.findFirst({
    where: { tenantId, startYear: { lte: year }, endYear: { gte: year } },
    orderBy: [{ isCurrent: "desc" }, { number: "desc" }],
    select: sessionSelect,
  });
}

export async function loadSession(db: Tx, tenantId: string, id: string): Promise<SessionInfo> {
  const s = await db.committeeSession.findUnique({ where: { tenantId_id: { tenantId, id } }, select: sessionSelect });
  if (!s) throw NotFound("届次不存在");
  return s;
}

export const yearBounds = (firstYear: number, lastYear: number) => ({
  start: chinaDayStart(`${firstYear}-01-01`),
  end: chinaDayStart(`${lastYear + 1}-01-01`),
  firstDay: `${firstYear}-01-01`,
  lastDay: `${lastYear}-12-31`,
});

/** Input (already parsed by the shared schema) → the exact period and the session whose members count. */
export async function resolvePeriod(db: Tx, tenantId: string, p: PerformancePeriodInput): Promise<ResolvedPeriod> {
  if (p.assessmentType === "SESSION") {
    const session = await loadSession(db, tenantId, p.sessionId!);
    return { assessmentType: "SESSION", year: null, session, ...yearBounds(session.startYear, session.endYear) };
  }
  const year = p.year!;
  const session = p.sessionId ? await loadSession(db, tenantId, p.sessionId) : await sessionForYear(db, tenantId, year);
  if (!session) throw ValidationFailed(`${year} 年没有对应的届次，请先选择届次`, { sessionId: "请选择届次" });
  return { assessmentType: "ANNUAL", year, session, ...yearBounds(year, year) };
}
