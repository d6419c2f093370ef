import { AGE_BANDS, ageBandOf, GENDER_LABELS, GENDERS, isoDate, type DictKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { assertSession } from "../member-refs";
import type { MemberStatistics, StatBucket } from "../statistics.types";

const percent = (n: number, total: number) => (total ? Math.round((n * 10000) / total) / 100 : 0);
const bucket = (key: string, label: string, count: number, total: number): StatBucket => ({ key, label, count, percent: percent(count, total) });

type Item = { id: string; kind: string; name: string; disabled: boolean };

/** Dictionary-keyed counts in dictionary order; zero rows kept for enabled items when `withZero`; missing values last. */
function byDict(items: Item[], kind: DictKind, counts: Map<string | null, number>, total: number, withZero: boolean, missing = "未填写") {
  const out = items
    .filter((i) => i.kind === kind)
    .map((i) => ({ i, n: counts.get(i.id) ?? 0 }))
    .filter(({ i, n }) => n > 0 || (withZero && !i.disabled))
    .map(({ i, n }) => bucket(i.id, i.name, n, total));
  const none = counts.get(null) ?? 0;
  return none ? [...out, bucket("", missing, none, total)] : out;
}

const countsOf = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, string | null>)[], key: K) =>
  new Map(rows.map((r) => [r[key], r._count._all] as [string | null, number]));

/**
 * 届内委员统计: every number is a GROUP BY in PostgreSQL over the session's terms (no member rows are
 * loaded). Age is in whole years at `asOf` (default today), grouped by exact age, then banded.
 */
export async function getMemberStatistics(ctx: Context, sessionId: string, asOf?: string | null): Promise<MemberStatistics> {
  const sid = parseId(sessionId, "届次");
  const day = asOf ? parseInput(isoDate("基准日"), asOf) : new Date().toISOString().slice(0, 10);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const session = await assertSession(db, tenantId, sid);
    const terms = { tenantId, sessionId: sid };
    const inSession = { tenantId, terms: { some: terms } };
    // Sequential on purpose: one transaction is one connection (pg deprecates overlapping queries on it).
    const total = await db.memberTerm.count({ where: terms });
    const party = await db.memberTerm.groupBy({ by: ["partyId"], where: terms, _count: { _all: true } });
    const sector = await db.memberTerm.groupBy({ by: ["sectorId"], where: terms, _count: { _all: true } });
    const committee = await db.memberTerm.groupBy({ by: ["specialCommitteeId"], where: terms, _count: { _all: true } });
    const type = await db.memberTerm.groupBy({ by: ["memberTypeId"], where: terms, _count: { _all: true } });
    const gender = await db.memberProfile.groupBy({ by: ["gender"], where: inSession, _count: { _all: true } });
    const education = await db.memberProfile.groupBy({ by: ["educationId"], where: inSession, _count: { _all: true } });
    const ethnic = await db.memberProfile.groupBy({ by: ["ethnicGroupId"], where: inSession, _count: { _all: true } });
    const ages = await ageCounts(db, tenantId, sid, day);
    const items = await db.dictItem.findMany({ where: { tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, kind: true, name: true, disabled: true } });
    const bands = new Map<string, number>();
    for (const a of ages) bands.set(ageBandOf(a.age), (bands.get(ageBandOf(a.age)) ?? 0) + a.n);
    const genders = countsOf(gender, "gender");
    return {
      session: { id: session.id, name: session.name, number: session.number, isCurrent: session.isCurrent },
      asOf: day,
      total,
      byParty: byDict(items, "PARTY", countsOf(party, "partyId"), total, true),
      bySector: byDict(items, "SECTOR", countsOf(sector, "sectorId"), total, true),
      bySpecialCommittee: byDict(items, "SPECIAL_COMMITTEE", countsOf(committee, "specialCommitteeId"), total, true, "未分配专委会"),
      byMemberType: byDict(items, "MEMBER_TYPE", countsOf(type, "memberTypeId"), total, true),
      byGender: GENDERS.map((g) => bucket(g, GENDER_LABELS[g], genders.get(g) ?? 0, total)),
      byAgeBand: AGE_BANDS.map((b) => bucket(b.key, b.label, bands.get(b.key) ?? 0, total)),
      byEducation: byDict(items, "EDUCATION", countsOf(education, "educationId"), total, true),
      byEthnicGroup: byDict(items, "ETHNIC_GROUP", countsOf(ethnic, "ethnicGroupId"), total, false),
    };
  });
}

function ageCounts(db: Tx, tenantId: string, sessionId: string, asOf: string) {
  return db.$queryRaw<{ age: number; n: number }[]>`
    SELECT date_part('year', age(${asOf}::date, p.birth_date))::int AS age, count(*)::int AS n
      FROM member_term t
      JOIN member_profile p ON p.tenant_id = t.tenant_id AND p.id = t.member_id
     WHERE t.tenant_id = ${tenantId}::uuid AND t.session_id = ${sessionId}::uuid
     GROUP BY 1`;
}
