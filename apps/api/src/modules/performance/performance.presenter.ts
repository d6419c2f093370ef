import { PERFORMANCE_EVENT_LABELS, type AssessmentType, type GradeBand, type PerformanceEventKind } from "@zhzx/shared";
import type { Prisma } from "../../generated/prisma/client";
import { chinaDay, dateOnly } from "./scoring/periods";
import type { RuleSnapshot, VersionRef } from "./scoring/rule-versions";
import type { PerformanceRuleSetType, PerformanceRuleSetVersionType, PerformanceRuleType, PerformanceScoreRunType, RuleSetVersionRef } from "./rules.types";

export const kindLabel = (kind: string) => PERFORMANCE_EVENT_LABELS[kind as PerformanceEventKind] ?? kind;
const num = (d: Prisma.Decimal | number | null) => (d === null ? null : Number(d));

type RuleRow = { id: string; kind: string; points: Prisma.Decimal | number | null; maxItems: number | null; maxPointsPerYear: Prisma.Decimal | number | null; enabled: boolean; description: string | null; sortOrder?: number };

export const presentRule = (r: RuleRow, i = 0): PerformanceRuleType => ({
  id: r.id,
  kind: r.kind as PerformanceEventKind,
  kindLabel: kindLabel(r.kind),
  points: num(r.points),
  maxItems: r.maxItems,
  maxPointsPerYear: num(r.maxPointsPerYear),
  enabled: r.enabled,
  description: r.description,
  sortOrder: r.sortOrder ?? i,
});

type RuleSetRow = {
  id: string; name: string; assessmentType: string; effectiveFrom: Date; effectiveTo: Date | null; description: string | null; grades: unknown;
  showRankInPortal: boolean; version: number; deletedAt: Date | null; updatedAt: Date; rules: RuleRow[];
};

export const presentRuleSet = (rs: RuleSetRow): PerformanceRuleSetType => ({
  id: rs.id,
  name: rs.name,
  assessmentType: rs.assessmentType as AssessmentType,
  effectiveFrom: dateOnly(rs.effectiveFrom),
  effectiveTo: rs.effectiveTo ? dateOnly(rs.effectiveTo) : null,
  description: rs.description,
  grades: rs.grades as GradeBand[],
  showRankInPortal: rs.showRankInPortal,
  version: rs.version,
  deleted: !!rs.deletedAt,
  rules: rs.rules.map((r) => presentRule(r)),
  updatedAt: rs.updatedAt,
});

type VersionRow = Prisma.PerformanceRuleSetVersionGetPayload<object>;
export const presentVersion = (v: VersionRow): PerformanceRuleSetVersionType => ({
  id: v.id,
  ruleSetId: v.ruleSetId,
  version: v.version,
  name: v.name,
  assessmentType: v.assessmentType as AssessmentType,
  effectiveFrom: dateOnly(v.effectiveFrom),
  effectiveTo: v.effectiveTo ? dateOnly(v.effectiveTo) : null,
  grades: v.grades as GradeBand[],
  rules: (v.rules as unknown as RuleSnapshot[]).map((r, i) => presentRule(r, i)),
  deleted: v.deleted,
  change: v.change,
  changedByName: v.changedByName,
  createdAt: v.createdAt,
});

export const presentVersionRef = (v: VersionRef): RuleSetVersionRef => ({
  id: v.id, ruleSetId: v.ruleSetId, version: v.version, name: v.name, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo,
});

type RunRow = Prisma.PerformanceScoreRunGetPayload<object>;
type SessionRow = { id: string; name: string; number: number; isCurrent: boolean };
export const presentRun = (r: RunRow, session: SessionRow, versions: VersionRef[]): PerformanceScoreRunType => ({
  id: r.id,
  assessmentType: r.assessmentType as AssessmentType,
  year: r.year,
  session: { id: session.id, name: session.name, number: session.number, isCurrent: session.isCurrent },
  firstDay: chinaDay(r.periodStart),
  lastDay: chinaDay(new Date(r.periodEnd.getTime() - 1)),
  ruleSetVersions: versions.filter((v) => r.ruleSetVersionIds.includes(v.id)).map(presentVersionRef),
  trigger: r.trigger,
  note: r.note,
  memberCount: r.memberCount,
  computedByName: r.computedByName,
  computedAt: r.computedAt,
});
