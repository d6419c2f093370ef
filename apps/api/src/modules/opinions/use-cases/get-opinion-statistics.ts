import { INSTRUCTION_KIND_LABELS, INSTRUCTION_KINDS, OPINION_ORIGIN_LABELS, OPINION_ORIGINS, OPINION_STATE_LABELS, OPINION_STATES, opinionStatisticsFilter, type OpinionStatisticsFilter, type OpinionSubmitterKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { Prisma } from "../../../generated/prisma/client";
import type { OpinionStatisticsFilterInput } from "../opinions.inputs";
import { requireSubmitter } from "../opinions.policy";
import type { MyOpinionStatistics, OpinionSubmissionRow, OpinionSubmissionStatistics, OpinionSummaryStatistics } from "../statistics.types";

/**
 * The two tables of REQUIREMENTS §1 as GROUP BY queries in PostgreSQL (no item rows are loaded). Items
 * counted: those submitted (drafts and items waiting for co-signers are not), optionally of one 届次 and
 * submitted within [from, to] (Beijing days). Every query names the tenant explicitly besides RLS.
 */

type Counts = { submitted: number; adopted: number; in_journal: number; published: number; instructed: number };

/** The filtered items, with "has an instruction" computed once per item (EXISTS). */
function itemsCte(tenantId: string, f: OpinionStatisticsFilter) {
  return Prisma.sql`
    WITH items AS (
      SELECT o.id, o.state, o.origin, o.submitted_at, o.submitter_kind, o.member_id, o.collective_id, o.source_tenant_id, o.submitter_name, o.session_id,
             EXISTS (SELECT 1 FROM opinion_instruction i WHERE i.tenant_id = o.tenant_id AND i.opinion_id = o.id) AS instructed
        FROM opinion o
       WHERE o.tenant_id = ${tenantId}::uuid
         AND o.submitted_at IS NOT NULL
         AND o.state NOT IN ('DRAFT', 'COSIGNING')
         ${f.sessionId ? Prisma.sql`AND o.session_id = ${f.sessionId}::uuid` : Prisma.empty}
         ${f.from ? Prisma.sql`AND o.submitted_at >= (${f.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')` : Prisma.empty}
         ${f.to ? Prisma.sql`AND o.submitted_at < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')` : Prisma.empty}
    )`;
}

const COUNTS = Prisma.sql`
  count(*)::int AS submitted,
  (count(*) FILTER (WHERE it.state IN ('SECOND_REVIEWED', 'EDITED', 'PUBLISHED')))::int AS adopted,
  (count(*) FILTER (WHERE it.state IN ('EDITED', 'PUBLISHED')))::int AS in_journal,
  (count(*) FILTER (WHERE it.state = 'PUBLISHED'))::int AS published,
  (count(*) FILTER (WHERE it.instructed))::int AS instructed`;

const row = (key: string, name: string, c: Partial<Counts> | undefined, extra: { kind?: OpinionSubmitterKind | null; party?: string | null } = {}): OpinionSubmissionRow => ({
  key,
  name,
  kind: extra.kind ?? null,
  party: extra.party ?? null,
  submitted: c?.submitted ?? 0,
  adopted: c?.adopted ?? 0,
  inJournal: c?.in_journal ?? 0,
  published: c?.published ?? 0,
  instructed: c?.instructed ?? 0,
});

export function parseStatisticsFilter(input: OpinionStatisticsFilterInput | null | undefined) {
  return parseInput(opinionStatisticsFilter, input ?? {});
}

export async function summaryStatistics(db: Tx, tenantId: string, f: OpinionStatisticsFilter): Promise<OpinionSummaryStatistics> {
  const cte = itemsCte(tenantId, f);
  const states = await db.$queryRaw<{ key: string; n: number }[]>`${cte} SELECT it.state::text AS key, count(*)::int AS n FROM items it GROUP BY 1`;
  const origins = await db.$queryRaw<{ key: string; n: number }[]>`${cte} SELECT it.origin::text AS key, count(*)::int AS n FROM items it GROUP BY 1`;
  const periods = await db.$queryRaw<(Counts & { period: string })[]>`
    ${cte} SELECT to_char(it.submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS period, ${COUNTS} FROM items it GROUP BY 1 ORDER BY 1`;
  const kinds = await db.$queryRaw<{ kind: string; n: number; items: number }[]>`
    ${cte} SELECT i.kind::text AS kind, count(*)::int AS n, count(DISTINCT i.opinion_id)::int AS items
             FROM opinion_instruction i JOIN items it ON it.id = i.opinion_id
            WHERE i.tenant_id = ${tenantId}::uuid GROUP BY 1`;
  const byKey = new Map(states.map((s) => [s.key, s.n]));
  const sum = (k: keyof Counts) => periods.reduce((n, p) => n + p[k], 0);
  const submitted = sum("submitted");
  const adopted = sum("adopted");
  return {
    sessionId: f.sessionId,
    from: f.from,
    to: f.to,
    submitted,
    pendingReview: (byKey.get("SUBMITTED") ?? 0) + (byKey.get("FIRST_REVIEWED") ?? 0),
    adopted,
    inJournal: sum("in_journal"),
    published: sum("published"),
    returned: byKey.get("RETURNED") ?? 0,
    discarded: byKey.get("DISCARDED") ?? 0,
    instructed: sum("instructed"),
    adoptionRate: submitted ? Math.round((adopted * 10000) / submitted) / 100 : 0,
    byState: OPINION_STATES.filter((s) => s !== "DRAFT" && s !== "COSIGNING").map((s) => ({ key: s, label: OPINION_STATE_LABELS[s], count: byKey.get(s) ?? 0 })),
    byOrigin: OPINION_ORIGINS.map((o) => ({ key: o, label: OPINION_ORIGIN_LABELS[o], count: origins.find((x) => x.key === o)?.n ?? 0 })),
    byInstructionKind: INSTRUCTION_KINDS.map((k) => {
      const r = kinds.find((x) => x.kind === k);
      return { kind: k, label: INSTRUCTION_KIND_LABELS[k], instructions: r?.n ?? 0, items: r?.items ?? 0 };
    }),
    byPeriod: periods.map((p) => ({ period: p.period, submitted: p.submitted, adopted: p.adopted, inJournal: p.in_journal, published: p.published, instructed: p.instructed })),
  };
}

export async function submissionStatistics(db: Tx, tenantId: string, f: OpinionStatisticsFilter): Promise<OpinionSubmissionStatistics> {
  const cte = itemsCte(tenantId, f);
  // A member's party is the one of their term in the chosen session, else in the item's own session.
  const partyJoin = Prisma.sql`
    LEFT JOIN member_term mt ON mt.tenant_id = ${tenantId}::uuid AND mt.member_id = it.member_id
                            AND mt.session_id = ${f.sessionId ? Prisma.sql`${f.sessionId}::uuid` : Prisma.sql`it.session_id`}
    LEFT JOIN dict_item pd ON pd.tenant_id = mt.tenant_id AND pd.id = mt.party_id`;
  const submitters = await db.$queryRaw<(Counts & { kind: OpinionSubmitterKind; key: string; name: string; party: string | null })[]>`
    ${cte} SELECT it.submitter_kind::text AS kind, coalesce(it.member_id, it.collective_id, it.source_tenant_id)::text AS key,
                  min(it.submitter_name) AS name, min(pd.name) AS party, ${COUNTS}
             FROM items it ${partyJoin}
            GROUP BY 1, 2 ORDER BY submitted DESC, name, key`;
  const parties = await db.$queryRaw<(Counts & { key: string | null })[]>`
    ${cte} SELECT pd.id::text AS key, ${COUNTS} FROM items it ${partyJoin} WHERE it.member_id IS NOT NULL GROUP BY 1`;
  const collectives = await db.$queryRaw<(Counts & { key: string })[]>`
    ${cte} SELECT it.collective_id::text AS key, ${COUNTS} FROM items it WHERE it.collective_id IS NOT NULL GROUP BY 1`;
  const totals = await db.$queryRaw<Counts[]>`${cte} SELECT ${COUNTS} FROM items it`;

  const partyItems = await db.dictItem.findMany({ where: { tenantId, kind: "PARTY" }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, disabled: true } });
  const units = await db.collectiveSubmitter.findMany({ where: { tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, disabled: true } });
  const pc = new Map(parties.map((p) => [p.key, p]));
  const cc = new Map(collectives.map((c) => [c.key, c]));
  const byParty = partyItems.filter((p) => !p.disabled || pc.has(p.id)).map((p) => row(p.id, p.name, pc.get(p.id)));
  if (pc.has(null)) byParty.push(row("", "未登记党派", pc.get(null)));
  return {
    bySubmitter: submitters.map((s) => row(s.key, s.name, s, { kind: s.kind, party: s.party })),
    byParty,
    byCollective: units.filter((u) => !u.disabled || cc.has(u.id)).map((u) => row(u.id, u.name, cc.get(u.id), { kind: "COLLECTIVE" })),
    total: row("TOTAL", "合计", totals[0]),
  };
}

export async function getSummaryStatistics(ctx: Context, input: OpinionStatisticsFilterInput | null) {
  const f = parseStatisticsFilter(input);
  return ctx.uow(({ db }) => summaryStatistics(db, ctx.tenantId, f));
}

export async function getSubmissionStatistics(ctx: Context, input: OpinionStatisticsFilterInput | null) {
  const f = parseStatisticsFilter(input);
  return ctx.uow(({ db }) => submissionStatistics(db, ctx.tenantId, f));
}

/** The portal's own numbers: the viewer's items as submitter, and co-signatures they confirmed. */
export async function getMyOpinionStatistics(ctx: Context): Promise<MyOpinionStatistics> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const s = await requireSubmitter(db, tenantId, ctx.viewer!);
    const mine = s.memberId ? Prisma.sql`o.member_id = ${s.memberId}::uuid` : Prisma.sql`o.collective_id = ${s.collectiveId}::uuid`;
    const [c] = await db.$queryRaw<(Counts & { drafts: number })[]>`
      SELECT (count(*) FILTER (WHERE o.state IN ('DRAFT', 'COSIGNING')))::int AS drafts,
             (count(*) FILTER (WHERE o.submitted_at IS NOT NULL AND o.state NOT IN ('DRAFT', 'COSIGNING')))::int AS submitted,
             (count(*) FILTER (WHERE o.state IN ('SECOND_REVIEWED', 'EDITED', 'PUBLISHED')))::int AS adopted,
             (count(*) FILTER (WHERE o.state IN ('EDITED', 'PUBLISHED')))::int AS in_journal,
             (count(*) FILTER (WHERE o.state = 'PUBLISHED'))::int AS published,
             (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM opinion_instruction i WHERE i.tenant_id = o.tenant_id AND i.opinion_id = o.id)))::int AS instructed
        FROM opinion o WHERE o.tenant_id = ${tenantId}::uuid AND ${mine}`;
    const cosigned = s.memberId ? await db.opinionCosigner.count({ where: { tenantId, memberId: s.memberId, status: "CONFIRMED" } }) : 0;
    return { drafts: c!.drafts, submitted: c!.submitted, adopted: c!.adopted, inJournal: c!.in_journal, published: c!.published, instructed: c!.instructed, cosigned };
  });
}
