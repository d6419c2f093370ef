import type { GradeBand } from "@zhzx/shared";
import { Prisma } from "../../../generated/prisma/client";

/**
 * The rule engine, as SQL. Every event of the period is joined to the rule of its kind in the rule-set
 * version in effect on its day (China time), then caps apply per member, rule and calendar year:
 *   1. count cap (maxItems): only the first N events by time count, the rest score 0;
 *   2. year cap (maxPointsPerYear): the running sum is clamped to ±cap; each event scores what it adds
 *      to the clamped sum, so lines always add up to the capped total (deductions are clamped too).
 * Events with no rule in effect, or a disabled one, score 0 and say why. Nothing is loaded into JS:
 * the CTEs end in `lines` (one row per event) for the explanation and in totals for rankings.
 */
export interface PricingScope {
  tenantId: string;
  /** performance_rule_set_version ids (the current ones, or a stored run's). */
  versionIds: string[];
  start: Date;
  end: Date;
  /** Restricts the events' members, e.g. Prisma.sql`e.member_id = ${id}::uuid`. */
  members: Prisma.Sql;
  /** For a stored run: the events as they stood at that moment (recorded before, not yet revoked). */
  asOf?: Date | null;
}

export function pricingCtes(s: PricingScope): Prisma.Sql {
  const live = s.asOf
    ? Prisma.sql`e.created_at <= ${s.asOf} AND (e.revoked_at IS NULL OR e.revoked_at > ${s.asOf})`
    : Prisma.sql`e.revoked_at IS NULL`;
  return Prisma.sql`
  rules AS (
    SELECT v.rule_set_id, v.id AS version_id, v.version AS rule_set_version, v.name AS rule_set_name, v.effective_from, v.effective_to,
           x.id AS rule_id, x.kind AS rule_kind, x.points AS rule_points, x."maxItems" AS max_items, x."maxPointsPerYear" AS max_year,
           x.enabled AS rule_enabled, x.description AS rule_description
      FROM performance_rule_set_version v
     CROSS JOIN LATERAL jsonb_to_recordset(v.rules)
           AS x(id uuid, kind text, points numeric, "maxItems" int, "maxPointsPerYear" numeric, enabled boolean, description text)
     WHERE v.tenant_id = ${s.tenantId}::uuid AND v.id = ANY(${s.versionIds}::uuid[]) AND NOT v.deleted
  ),
  ev AS (
    SELECT e.id, e.member_id, e.kind, e.occurred_at, e.source_type, e.source_id, e.points AS event_points, e.note,
           (e.occurred_at AT TIME ZONE 'Asia/Shanghai')::date AS day
      FROM performance_event e
     WHERE e.tenant_id = ${s.tenantId}::uuid AND e.occurred_at >= ${s.start} AND e.occurred_at < ${s.end}
       AND ${live} AND ${s.members}
  ),
  priced AS (
    SELECT ev.*, extract(year FROM ev.day)::int AS yr, r.*,
           coalesce(r.rule_enabled, false) AS counts,
           CASE WHEN r.rule_enabled THEN coalesce(r.rule_points, ev.event_points, 0) ELSE 0 END AS raw
      FROM ev
      LEFT JOIN rules r ON r.rule_kind = ev.kind AND ev.day >= r.effective_from AND (r.effective_to IS NULL OR ev.day <= r.effective_to)
  ),
  numbered AS (
    -- One rule is either enabled or not, so (member, rule, year) never mixes counted and uncounted events;
    -- both windows share this order, and PostgreSQL sorts once.
    SELECT p.*, row_number() OVER (PARTITION BY p.member_id, p.rule_id, p.yr ORDER BY p.occurred_at, p.id) AS n
      FROM priced p
  ),
  kept AS (
    SELECT nb.*, CASE WHEN NOT nb.counts OR (nb.max_items IS NOT NULL AND nb.n > nb.max_items) THEN 0 ELSE nb.raw END AS within
      FROM numbered nb
  ),
  running AS (
    SELECT k.*, sum(k.within) OVER (PARTITION BY k.member_id, k.rule_id, k.yr ORDER BY k.occurred_at, k.id ROWS UNBOUNDED PRECEDING) AS cum
      FROM kept k
  ),
  lines AS (
    SELECT rn.*,
           CASE WHEN rn.max_year IS NULL THEN rn.within
                ELSE greatest(-rn.max_year, least(rn.max_year, rn.cum)) - greatest(-rn.max_year, least(rn.max_year, rn.cum - rn.within)) END AS pts,
           CASE WHEN rn.rule_id IS NULL THEN 'NO_RULE'
                WHEN NOT rn.rule_enabled THEN 'RULE_DISABLED'
                WHEN rn.max_items IS NOT NULL AND rn.n > rn.max_items THEN 'COUNT_CAP'
                WHEN rn.max_year IS NOT NULL AND rn.within <> greatest(-rn.max_year, least(rn.max_year, rn.cum)) - greatest(-rn.max_year, least(rn.max_year, rn.cum - rn.within)) THEN 'YEAR_CAP'
           END AS cap_reason
      FROM running rn
  )`;
}

/**
 * Each member's total, raw total and counted events, from `lines`. MATERIALIZED: otherwise the planner
 * may re-run the window functions for every member it joins (measured: 9 s instead of 60 ms for 400).
 */
export const TOTALS_CTE = Prisma.sql`
  totals AS MATERIALIZED (
    SELECT member_id, sum(pts) AS total, sum(raw) AS raw_total, count(*) FILTER (WHERE counts) AS event_count
      FROM lines GROUP BY member_id
  )`;

/** The 等级 of `total` under `bands` (highest first; a null minimum catches everything below). */
export function gradeSql(bands: GradeBand[], total: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT g.b->>'name' FROM jsonb_array_elements(${JSON.stringify(bands)}::jsonb) WITH ORDINALITY AS g(b, i)
                      WHERE g.b->>'minScore' IS NULL OR ${total} >= (g.b->>'minScore')::numeric ORDER BY g.i LIMIT 1)`;
}
