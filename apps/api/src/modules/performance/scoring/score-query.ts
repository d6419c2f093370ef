import type { GradeBand, PerformanceScoreFilterInput, SortDirection } from "@zhzx/shared";
import { Prisma } from "../../../generated/prisma/client";
import type { Tx } from "../../../db/prisma";
import { gradeSql, pricingCtes, TOTALS_CTE } from "./pricing-sql";

const has = <T>(xs: T[] | null | undefined): xs is T[] => !!xs && xs.length > 0;

/**
 * Who is ranked: the members with a term in the session, narrowed by 界别/党派/委员类型/专委会 of that
 * term and 性别. Members with no events are in it with 0 points (an ascending ranking starts with them).
 */
export function populationCte(tenantId: string, sessionId: string, f: PerformanceScoreFilterInput | null = null): Prisma.Sql {
  const cond: Prisma.Sql[] = [];
  if (has(f?.sectorIds)) cond.push(Prisma.sql`AND t.sector_id = ANY(${f.sectorIds}::uuid[])`);
  if (has(f?.partyIds)) cond.push(Prisma.sql`AND t.party_id = ANY(${f.partyIds}::uuid[])`);
  if (has(f?.memberTypeIds)) cond.push(Prisma.sql`AND t.member_type_id = ANY(${f.memberTypeIds}::uuid[])`);
  if (has(f?.specialCommitteeIds)) cond.push(Prisma.sql`AND t.special_committee_id = ANY(${f.specialCommitteeIds}::uuid[])`);
  if (f?.gender) cond.push(Prisma.sql`AND p.gender = ${f.gender}::"Gender"`);
  return Prisma.sql`
  pop AS (
    SELECT p.id AS member_id, p.name, p.name_pinyin, p.name_initials, p.gender::text AS gender, p.work_unit_title,
           t.sector_id, sec.name AS sector_name, t.party_id, par.name AS party_name,
           t.member_type_id, typ.name AS member_type_name, t.special_committee_id, com.name AS special_committee_name
      FROM member_term t
      JOIN member_profile p ON p.tenant_id = t.tenant_id AND p.id = t.member_id
      JOIN dict_item sec ON sec.tenant_id = t.tenant_id AND sec.id = t.sector_id
      JOIN dict_item par ON par.tenant_id = t.tenant_id AND par.id = t.party_id
      JOIN dict_item typ ON typ.tenant_id = t.tenant_id AND typ.id = t.member_type_id
      LEFT JOIN dict_item com ON com.tenant_id = t.tenant_id AND com.id = t.special_committee_id
     WHERE t.tenant_id = ${tenantId}::uuid AND t.session_id = ${sessionId}::uuid ${cond.length ? Prisma.join(cond, " ") : Prisma.empty}
  )`;
}

export interface ScoreSource {
  tenantId: string;
  sessionId: string;
  start: Date;
  end: Date;
  versionIds: string[];
  bands: GradeBand[];
  /** Read a stored run's scores instead of computing them now. */
  runId?: string | null;
}

/**
 * CTEs ending in `graded`: pop's columns + total, raw_total, event_count, rank (competition ranking,
 * 1 = highest, ties share a rank, within the filtered population) and grade.
 */
export function gradedCtes(src: ScoreSource, filter: PerformanceScoreFilterInput | null): Prisma.Sql {
  const pop = populationCte(src.tenantId, src.sessionId, filter);
  if (src.runId) {
    return Prisma.sql`WITH ${pop},
    graded AS (
      SELECT pop.*, sc.total, sc.raw_total, sc.event_count, rank() OVER (ORDER BY sc.total DESC)::int AS rank, sc.grade
        FROM pop JOIN performance_score sc ON sc.tenant_id = ${src.tenantId}::uuid AND sc.run_id = ${src.runId}::uuid AND sc.member_id = pop.member_id
    )`;
  }
  const pricing = pricingCtes({ tenantId: src.tenantId, versionIds: src.versionIds, start: src.start, end: src.end, members: Prisma.sql`e.member_id IN (SELECT member_id FROM pop)` });
  return Prisma.sql`WITH ${pop}, ${pricing}, ${TOTALS_CTE},
    scored AS (
      SELECT pop.*, coalesce(tt.total, 0) AS total, coalesce(tt.raw_total, 0) AS raw_total, coalesce(tt.event_count, 0)::int AS event_count,
             rank() OVER (ORDER BY coalesce(tt.total, 0) DESC)::int AS rank
        FROM pop LEFT JOIN totals tt ON tt.member_id = pop.member_id
    ),
    graded AS (SELECT s.*, ${gradeSql(src.bands, Prisma.sql`s.total`)} AS grade FROM scored s)`;
}

export interface ScoreRow {
  member_id: string;
  name: string;
  gender: string;
  work_unit_title: string;
  sector_id: string;
  sector_name: string;
  party_id: string;
  party_name: string;
  member_type_id: string;
  member_type_name: string;
  special_committee_id: string | null;
  special_committee_name: string | null;
  total: number;
  raw_total: number;
  event_count: number;
  rank: number;
  grade: string | null;
  full_count: number;
}

/** A page of the ranking: grade and name narrow the list after ranking; ties are ordered by pinyin. */
export async function queryScores(
  db: Tx,
  src: ScoreSource,
  filter: PerformanceScoreFilterInput | null,
  opts: { direction: SortDirection; skip: number; take: number },
): Promise<{ rows: ScoreRow[]; total: number }> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (has(filter?.grades)) where.push(Prisma.sql`grade = ANY(${filter.grades}::text[])`);
  const name = filter?.name?.trim();
  if (name) {
    const like = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(Prisma.sql`(name LIKE ${like} OR name_pinyin LIKE ${like.toLowerCase()} OR name_initials LIKE ${`${name.toLowerCase()}%`})`);
  }
  const dir = opts.direction === "ASC" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await db.$queryRaw<ScoreRow[]>`${gradedCtes(src, filter)}
    SELECT member_id, name, gender, work_unit_title, sector_id, sector_name, party_id, party_name, member_type_id, member_type_name,
           special_committee_id, special_committee_name, total::float8 AS total, raw_total::float8 AS raw_total, event_count, rank, grade,
           count(*) OVER ()::int AS full_count
      FROM graded
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY total ${dir}, name_pinyin, name, member_id
     LIMIT ${opts.take} OFFSET ${opts.skip}`;
  if (rows.length > 0 || opts.skip === 0) return { rows, total: rows[0]?.full_count ?? 0 };
  const [c] = await db.$queryRaw<{ n: number }[]>`${gradedCtes(src, filter)} SELECT count(*)::int AS n FROM graded WHERE ${Prisma.join(where, " AND ")}`;
  return { rows, total: c?.n ?? 0 };
}
