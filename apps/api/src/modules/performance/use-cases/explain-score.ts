import { SCORE_CAP_REASON_LABELS, type Gender, type PerformanceEventKind, type ScoreCapReason } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import { Prisma } from "../../../generated/prisma/client";
import { kindLabel, presentVersionRef } from "../performance.presenter";
import { pricingCtes } from "../scoring/pricing-sql";
import { gradeOf } from "../scoring/rule-versions";
import { presentPeriod, scoreContext, sourceOf, type ScoreContext } from "../scoring/score-context";
import { gradedCtes } from "../scoring/score-query";
import type { PerformancePeriodInput, PerformanceScoreExplanation, ScoreLineType, ScoreSummaryType } from "../scores.types";
import { presentRuns } from "./list-score-runs";
import { parseScoreArgs } from "./rank-scores";

interface LineRow {
  event_id: string; kind: string; occurred_at: Date; day: Date; yr: number; source_type: string; source_id: string; note: string | null;
  rule_id: string | null; rule_set_id: string | null; rule_set_name: string | null; rule_set_version: number | null; rule_description: string | null;
  rule_points: number | null; event_points: number | null; max_items: number | null; max_year: number | null; n: number; counts: boolean;
  raw: number; pts: number; cap_reason: ScoreCapReason | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function capNote(l: LineRow): string | null {
  switch (l.cap_reason) {
    case "COUNT_CAP": return `每年最多计 ${l.max_items} 项，本项为当年第 ${l.n} 项，不计分`;
    case "YEAR_CAP": return `每年最多计 ${l.max_year} 分，本项少计 ${round2(l.raw - l.pts)} 分`;
    case "RULE_DISABLED": return "该规则已停用，不计分";
    case "NO_RULE": return "无适用的评分规则（未设规则或不在考核办法生效期内）";
    default: return null;
  }
}

const presentLine = (l: LineRow): ScoreLineType => ({
  eventId: l.event_id,
  kind: l.kind as PerformanceEventKind,
  kindLabel: kindLabel(l.kind),
  occurredAt: l.occurred_at,
  day: l.day.toISOString().slice(0, 10),
  year: l.yr,
  sourceType: l.source_type,
  sourceId: l.source_id,
  note: l.note,
  ruleId: l.rule_id,
  ruleSetId: l.rule_set_id,
  ruleSetName: l.rule_set_name,
  ruleSetVersion: l.rule_set_version,
  ruleDescription: l.rule_description,
  rulePoints: l.rule_points,
  eventPoints: l.event_points,
  maxItems: l.max_items,
  maxPointsPerYear: l.max_year,
  itemIndex: l.counts ? l.n : null,
  rawPoints: round2(l.raw),
  points: round2(l.pts),
  cappedPoints: round2(l.raw - l.pts),
  capReason: l.cap_reason,
  capNote: capNote(l) ?? (l.cap_reason ? SCORE_CAP_REASON_LABELS[l.cap_reason] : null),
});

function summarise(lines: ScoreLineType[]): ScoreSummaryType[] {
  const by = new Map<string, ScoreSummaryType>();
  for (const l of lines) {
    const key = `${l.year}:${l.kind}`;
    const s = by.get(key) ?? { year: l.year, kind: l.kind, kindLabel: l.kindLabel, count: 0, countedCount: 0, rawPoints: 0, points: 0, cappedPoints: 0 };
    s.count++;
    if (l.itemIndex !== null && l.capReason !== "COUNT_CAP") s.countedCount++;
    s.rawPoints = round2(s.rawPoints + l.rawPoints);
    s.points = round2(s.points + l.points);
    s.cappedPoints = round2(s.cappedPoints + l.cappedPoints);
    by.set(key, s);
  }
  return [...by.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

/** One member's score, line by line, priced by the same SQL as the ranking (only this member's events are read). */
export async function explainMember(db: Tx, tenantId: string, memberId: string, sc: ScoreContext): Promise<PerformanceScoreExplanation> {
  const member = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id: memberId } }, select: { id: true, name: true, gender: true, workUnitTitle: true } });
  if (!member) throw NotFound("委员不存在");
  const rows = await db.$queryRaw<LineRow[]>`
    WITH ${pricingCtes({ tenantId, versionIds: sc.versions.map((v) => v.id), start: sc.period.start, end: sc.period.end, members: Prisma.sql`e.member_id = ${memberId}::uuid`, asOf: sc.run?.computedAt })}
    SELECT id AS event_id, kind, occurred_at, day, yr, source_type, source_id, note, rule_id, rule_set_id, rule_set_name, rule_set_version, rule_description,
           rule_points::float8 AS rule_points, event_points::float8 AS event_points, max_items, max_year::float8 AS max_year, n::int AS n, counts,
           raw::float8 AS raw, pts::float8 AS pts, cap_reason
      FROM lines ORDER BY occurred_at, id`;
  const lines = rows.map(presentLine);
  const total = round2(lines.reduce((s, l) => s + l.points, 0));
  const rawTotal = round2(lines.reduce((s, l) => s + l.rawPoints, 0));
  const placing = await rankOf(db, tenantId, memberId, sc);
  return {
    member: { ...member, gender: member.gender as Gender },
    period: presentPeriod(sc.period),
    total,
    rawTotal,
    cappedPoints: round2(rawTotal - total),
    grade: sc.run ? (placing?.grade ?? null) : gradeOf(sc.bands, total),
    rank: placing?.rank ?? null,
    rankOf: placing?.of ?? null,
    ruleSetVersions: sc.versions.map(presentVersionRef),
    lines,
    summary: summarise(lines),
    run: sc.run ? (await presentRuns(db, tenantId, [sc.run]))[0]! : null,
  };
}

/** The member's place among all members of the period's session (a stored run: its stored rank). */
async function rankOf(db: Tx, tenantId: string, memberId: string, sc: ScoreContext) {
  if (sc.run) {
    const s = await db.performanceScore.findUnique({ where: { tenantId_runId_memberId: { tenantId, runId: sc.run.id, memberId } } });
    return s ? { rank: s.rank, of: sc.run.memberCount, grade: s.grade } : null;
  }
  const [r] = await db.$queryRaw<{ rank: number; of: number; grade: string | null }[]>`${gradedCtes(sourceOf(tenantId, sc), null)}
    SELECT rank, (SELECT count(*) FROM graded)::int AS of, grade FROM graded WHERE member_id = ${memberId}::uuid`;
  return r ?? null;
}

/** Staff: any member of the committee. */
export async function explainScore(ctx: Context, memberId: string, periodInput: PerformancePeriodInput, runId?: string | null) {
  const id = parseId(memberId, "委员");
  const { period, runId: run } = parseScoreArgs({ period: periodInput, runId });
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => explainMember(db, tenantId, id, await scoreContext(db, tenantId, period, run)));
}
