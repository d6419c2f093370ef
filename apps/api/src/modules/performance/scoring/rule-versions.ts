import type { AssessmentType, GradeBand } from "@zhzx/shared";
import { Prisma } from "../../../generated/prisma/client";
import type { Tx } from "../../../db/prisma";
import { dateOnly } from "./periods";

/** A rule-set version as scoring uses it (the JSON rules stay in the database; SQL reads them there). */
export interface VersionRef {
  id: string;
  ruleSetId: string;
  version: number;
  name: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  grades: GradeBand[];
}

/** The JSON stored per rule in a version: what performance_rule holds, frozen. */
export interface RuleSnapshot {
  id: string;
  kind: string;
  points: number | null;
  maxItems: number | null;
  maxPointsPerYear: number | null;
  enabled: boolean;
  description: string | null;
}

type VersionRow = { id: string; rule_set_id: string; version: number; name: string; effective_from: Date; effective_to: Date | null; grades: unknown };
const toRef = (r: VersionRow): VersionRef => ({
  id: r.id,
  ruleSetId: r.rule_set_id,
  version: r.version,
  name: r.name,
  effectiveFrom: dateOnly(r.effective_from),
  effectiveTo: r.effective_to ? dateOnly(r.effective_to) : null,
  grades: (r.grades ?? []) as GradeBand[],
});

/** The current version of every live rule set of the type in effect on any day of firstDay…lastDay, oldest first. */
export async function currentVersions(db: Tx, tenantId: string, type: AssessmentType, firstDay: string, lastDay: string): Promise<VersionRef[]> {
  const rows = await db.$queryRaw<VersionRow[]>`
    SELECT v.id, v.rule_set_id, v.version, v.name, v.effective_from, v.effective_to, v.grades
      FROM performance_rule_set rs
      JOIN performance_rule_set_version v ON v.tenant_id = rs.tenant_id AND v.rule_set_id = rs.id AND v.version = rs.version
     WHERE rs.tenant_id = ${tenantId}::uuid AND rs.assessment_type = ${type}::"AssessmentType" AND rs.deleted_at IS NULL
       AND rs.effective_from <= ${lastDay}::date AND (rs.effective_to IS NULL OR rs.effective_to >= ${firstDay}::date)
     ORDER BY rs.effective_from, rs.id`;
  return rows.map(toRef);
}

/** The versions a stored run was priced with. */
export async function versionsByIds(db: Tx, tenantId: string, ids: string[]): Promise<VersionRef[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<VersionRow[]>`
    SELECT id, rule_set_id, version, name, effective_from, effective_to, grades
      FROM performance_rule_set_version
     WHERE tenant_id = ${tenantId}::uuid AND id = ANY(${ids}::uuid[])
     ORDER BY effective_from, id`;
  return rows.map(toRef);
}

/** A period's 等级 bands come from the rule set that took effect last within it. */
export const gradeBandsOf = (versions: VersionRef[]): GradeBand[] => versions.at(-1)?.grades ?? [];

/** Which band a total falls in (same rule as the SQL in pricing-sql.ts; used for one member's explanation). */
export function gradeOf(bands: GradeBand[], total: number): string | null {
  return bands.find((b) => b.minScore === null || total >= b.minScore)?.name ?? null;
}

export interface Actor {
  userId: string | null;
  name: string | null;
}

/**
 * Freezes the rule set as it now stands into a new version (version 1 at creation) and makes it
 * current. Called inside the unit of work that changed the rules, after the change.
 */
export async function writeRuleSetVersion(db: Tx, tenantId: string, ruleSetId: string, change: string, actor: Actor, opts: { initial?: boolean; deleted?: boolean } = {}) {
  const rs = await db.performanceRuleSet.findUniqueOrThrow({
    where: { tenantId_id: { tenantId, id: ruleSetId } },
    include: { rules: { orderBy: [{ sortOrder: "asc" }, { kind: "asc" }] } },
  });
  const version = opts.initial ? 1 : rs.version + 1;
  if (!opts.initial) await db.performanceRuleSet.update({ where: { tenantId_id: { tenantId, id: ruleSetId } }, data: { version } });
  const rules: RuleSnapshot[] = rs.rules.map((r) => ({
    id: r.id,
    kind: r.kind,
    points: r.points === null ? null : Number(r.points),
    maxItems: r.maxItems,
    maxPointsPerYear: r.maxPointsPerYear === null ? null : Number(r.maxPointsPerYear),
    enabled: r.enabled,
    description: r.description,
  }));
  return db.performanceRuleSetVersion.create({
    data: {
      tenantId,
      ruleSetId,
      version,
      name: rs.name,
      assessmentType: rs.assessmentType,
      effectiveFrom: rs.effectiveFrom,
      effectiveTo: rs.effectiveTo,
      grades: rs.grades as Prisma.InputJsonValue,
      rules: rules as unknown as Prisma.InputJsonValue,
      deleted: !!opts.deleted,
      change,
      changedBy: actor.userId,
      changedByName: actor.name,
    },
  });
}
