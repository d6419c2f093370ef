/**
 * The tier's business volumes (issue 12): member profiles and terms, three 届次 over ten years with their
 * 次会议, categories, handling units, collectives, then proposals (with their event chain, assignments,
 * replies and feedback consistent with the state machine), 社情民意 items (published ones in journal
 * issues) and CMS articles (with the search columns the app fills) — across every tenant.
 *
 * Set-based SQL as the owner (INSERT … SELECT generate_series), one statement per table for all
 * tenants; only member profiles (pinyin, sealed mobile) are computed in Node and sent with unnest().
 * Deterministic: ids are md5-derived UUIDs of (tenant, kind, n) and every date hangs off one anchor day.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { PROPOSAL_STATES, proposalMachine, type ProposalState } from "@zhzx/shared";
import { DEFAULT_DICTIONARIES } from "../src/modules/organisation/default-dictionaries";
import { nameSearchColumns } from "../src/modules/members/pinyin";
import { writeMobile } from "../src/modules/members/member-pii";
import { segmentForIndex } from "../src/modules/cms/text/chinese";
import type { Tier } from "./tiers";

/** Every generated date is relative to this day (Beijing noon), so two runs give the same rows. */
export const ANCHOR = "2026-11-20T12:00:00+08:00";

export const uuidOf = (...parts: (string | number)[]) => {
  const h = createHash("md5").update(parts.join(":")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const WORDS = ["乡村振兴", "营商环境", "生态保护", "文旅融合", "科技创新", "教育公平", "养老服务", "医疗卫生", "城市更新", "数字经济", "社会治理", "就业创业", "食品安全", "交通出行", "能源转型", "非遗传承"];
const ACTIONS = ["推进", "加强", "优化", "完善", "支持", "规范"];

export const SESSIONS = [
  { number: 13, name: "第十三届", startYear: 2013, endYear: 2017 },
  { number: 14, name: "第十四届", startYear: 2018, endYear: 2022 },
  { number: 15, name: "第十五届", startYear: 2023, endYear: 2027, current: true },
];

/** SQL: the 届次 number of a year, and the first year of a 届次 number (SESSIONS are consecutive five-year terms). */
const SESSION_OF_YEAR = (year: string) => `(CASE ${SESSIONS.map((x) => `WHEN ${year} <= ${x.endYear} THEN ${x.number}`).join(" ")} ELSE ${SESSIONS.at(-1)!.number} END)`;
const START_OF = (number: string) => `(${SESSIONS[0]!.startYear} + (${number} - ${SESSIONS[0]!.number}) * 5)`;
const CURRENT_NUMBER = SESSIONS.find((x) => x.current)!.number;

/** The current 届次's states: every step of the machine, weighted towards the handled end. */
const CURRENT_STATES: ProposalState[] = ["DRAFT", "SUBMITTED", "SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED", "RETURNED", "NOT_FILED", "FILED", "ASSIGNED", "HANDLING", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED", "CLOSED", "CLOSED"];
const PAST_STATES: ProposalState[] = ["CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "NOT_FILED"];

/** The path (action, from, to) the machine takes from DRAFT to each state; checked against the machine. */
const PATHS: Record<ProposalState, string[]> = {
  DRAFT: [],
  COSIGNING: ["requestCosign"],
  SUBMITTED: ["submit"],
  RETURNED: ["submit", "returnToSubmitter"],
  FIRST_REVIEWED: ["submit", "passFirstReview"],
  SECOND_REVIEWED: ["submit", "passFirstReview", "passSecondReview"],
  NOT_FILED: ["submit", "passFirstReview", "passSecondReview", "decline"],
  FILED: ["submit", "passFirstReview", "passSecondReview", "file"],
  ASSIGNED: ["submit", "passFirstReview", "passSecondReview", "file", "assign"],
  HANDLING: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign"],
  REPLIED: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign", "reply"],
  DISSATISFIED: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign", "reply", "rateDissatisfied"],
  CLOSED: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign", "reply", "rateSatisfied"],
};

/** [state, step, action, from, to] rows; throws if a step is not a transition of the machine. */
export function eventPaths(): [string, number, string, string, string][] {
  const out: [string, number, string, string, string][] = [];
  for (const state of PROPOSAL_STATES) {
    let at: ProposalState = "DRAFT";
    for (const [i, action] of PATHS[state].entries()) {
      const t = proposalMachine.transitions.find((x) => x.action === action && (x.from as readonly string[]).includes(at));
      if (!t) throw new Error(`bench generator: ${action} is not allowed from ${at}`);
      out.push([state, i + 1, action, at, t.to]);
      at = t.to;
    }
    if (at !== state) throw new Error(`bench generator: path to ${state} ends at ${at}`);
  }
  return out;
}

export interface Volumes {
  proposals: number;
  opinions: number;
  articles: number;
  /** Seconds per phase, for the report. */
  timings: Record<string, number>;
  /** Current 届次 of each tenant (index-aligned with tenants). */
  currentSession: string[];
}

/** Share of a tenant: the first (city) gets a fifth, the rest split the remainder. */
const share = (total: number, i: number, n: number) => (i === 0 ? Math.round(total / 5) : Math.round((total * 4) / 5 / Math.max(1, n - 1)));

export async function generateVolumes(
  client: pg.Client,
  tier: Tier,
  tenants: { id: string; code: string }[],
  users: { id: string; name: string; tenantId: string; roles: string }[],
  log: (s: string) => void,
): Promise<Volumes> {
  const timings: Record<string, number> = {};
  const phase = async (name: string, fn: () => Promise<unknown>) => {
    const t = Date.now();
    await client.query("BEGIN");
    await fn();
    await client.query("COMMIT");
    timings[name] = (Date.now() - t) / 1000;
    log(`  ${name}: ${timings[name]!.toFixed(1)} s`);
  };
  // Bulk-load practice: secondary indexes of the big tables are dropped and rebuilt once afterwards
  // (one sort per index instead of a B-tree/GIN insert per row); keys and constraints stay.
  await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '256MB'");
  // Deterministic ids: an md5 shaped as a version-4 UUID (the API's zod schemas check the version and variant).
  await client.query(`CREATE OR REPLACE FUNCTION pg_temp.u(text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
    $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`);
  const bulkTables = ["proposal", "proposal_event", "proposal_assignment", "opinion", "cms_article"];
  const { rows: secondary } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      WHERE c.relname = ANY($1) AND c.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [bulkTables],
  );
  await client.query(secondary.map((x) => `DROP INDEX ${x.name};`).join("\n"));
  const tIds = tenants.map((t) => t.id);
  const tCodes = tenants.map((t) => t.code);
  const counts = (total: number) => tenants.map((_, i) => share(total, i, tenants.length));
  // A table of the tenants (id, code, ordinal, share) for the set-based statements.
  const T = (total: number) => ({
    sql: `(SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[]) WITH ORDINALITY AS x(id, code, n, ord))`,
    params: [tIds, tCodes, counts(total)],
  });

  await phase("委员档案 profiles + 届次 + 字典", async () => {
    const dict: [string, string, number][] = [];
    for (const kind of ["SECTOR", "PARTY", "SPECIAL_COMMITTEE", "ETHNIC_GROUP", "EDUCATION", "MEMBER_TYPE"] as const) DEFAULT_DICTIONARIES[kind].forEach(([name], i) => dict.push([kind, name, i]));
    await client.query(
      `INSERT INTO dict_item (tenant_id, id, kind, name, sort_order, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':dict:' || d.kind || ':' || d.ord), d.kind::"DictKind", d.name, d.ord, now()
         FROM unnest($1::uuid[], $2::text[]) AS t(id, code) CROSS JOIN unnest($3::text[], $4::text[], $5::int[]) AS d(kind, name, ord)`,
      [tIds, tCodes, dict.map((d) => d[0]), dict.map((d) => d[1]), dict.map((d) => d[2])],
    );
    await client.query(
      `INSERT INTO committee_session (tenant_id, id, name, number, start_year, end_year, is_current, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':session:' || s.number), s.name, s.number, s.sy, s.ey, s.cur, now()
         FROM unnest($1::uuid[], $2::text[]) AS t(id, code) CROSS JOIN unnest($3::text[], $4::int[], $5::int[], $6::int[], $7::bool[]) AS s(name, number, sy, ey, cur)`,
      [tIds, tCodes, SESSIONS.map((s) => s.name), SESSIONS.map((s) => s.number), SESSIONS.map((s) => s.startYear), SESSIONS.map((s) => s.endYear), SESSIONS.map((s) => !!s.current)],
    );
    await client.query(
      `INSERT INTO session_meeting (tenant_id, id, session_id, number, name, year, start_date, updated_at)
       SELECT s.tenant_id, pg_temp.u(s.id::text || ':meeting:' || k), s.id, k, '第' || (ARRAY['一','二','三','四','五'])[k] || '次会议', s.start_year + k - 1,
              make_date(s.start_year + k - 1, 1, 10), now()
         FROM committee_session s CROSS JOIN generate_series(1, 5) k`,
    );
    const members = users.filter((u) => u.roles === "{MEMBER}");
    for (let i = 0; i < members.length; i += 5000) {
      const b = members.slice(i, i + 5000);
      const py = b.map((u) => nameSearchColumns(u.name));
      await client.query(
        `INSERT INTO member_profile (tenant_id, id, user_id, name, name_pinyin, name_initials, gender, birth_date, ethnic_group_id, education_id, work_unit_title, mobile, updated_at)
         SELECT m.tenant_id, pg_temp.u(m.user_id::text || ':profile'), m.user_id, m.name, m.py, m.ini,
                (CASE WHEN m.k % 3 = 0 THEN 'FEMALE' ELSE 'MALE' END)::"Gender", make_date(1955 + m.k % 35, 1 + m.k % 12, 1 + m.k % 27),
                pg_temp.u(t.code || ':dict:ETHNIC_GROUP:0'),
                pg_temp.u(t.code || ':dict:EDUCATION:' || (m.k % $8::int)), '基准单位' || (m.k % 200) || ' 职务', m.mobile, now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) AS m(tenant_id, user_id, name, py, ini, mobile, k)
           JOIN unnest($9::uuid[], $10::text[]) AS t(id, code) ON t.id = m.tenant_id`,
        [b.map((u) => u.tenantId), b.map((u) => u.id), b.map((u) => u.name), py.map((p) => p.namePinyin), py.map((p) => p.nameInitials), b.map((_, k) => writeMobile(`139${String(10_000_000 + i + k).slice(-8)}`)), b.map((_, k) => i + k), DEFAULT_DICTIONARIES.EDUCATION.length, tIds, tCodes],
      );
    }
    // A term in every 届次 (the submitter of an old proposal served then).
    await client.query(
      `INSERT INTO member_term (tenant_id, id, member_id, session_id, sector_id, party_id, member_type_id, special_committee_id, updated_at)
       SELECT p.tenant_id, pg_temp.u(p.id::text || ':term:' || s.number), p.id, s.id,
              pg_temp.u(t.code || ':dict:SECTOR:' || (p.k % $3::int)), pg_temp.u(t.code || ':dict:PARTY:' || (p.k % $4::int)),
              pg_temp.u(t.code || ':dict:MEMBER_TYPE:' || (p.k % $5::int)), pg_temp.u(t.code || ':dict:SPECIAL_COMMITTEE:' || (p.k % $6::int)), now()
         FROM (SELECT tenant_id, id, (row_number() OVER (PARTITION BY tenant_id ORDER BY id))::int AS k FROM member_profile) p
         JOIN unnest($1::uuid[], $2::text[]) AS t(id, code) ON t.id = p.tenant_id
         JOIN committee_session s ON s.tenant_id = p.tenant_id`,
      [tIds, tCodes, DEFAULT_DICTIONARIES.SECTOR.length, DEFAULT_DICTIONARIES.PARTY.length, DEFAULT_DICTIONARIES.MEMBER_TYPE.length, DEFAULT_DICTIONARIES.SPECIAL_COMMITTEE.length],
    );
    await client.query(
      `INSERT INTO proposal_category (tenant_id, id, name, sort_order, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':category:' || k), (ARRAY['工业经济','农业农村','文化旅游','教育','医疗卫生','社会治理'])[k], k, now()
         FROM unnest($1::uuid[], $2::text[]) AS t(id, code) CROSS JOIN generate_series(1, 6) k`,
      [tIds, tCodes],
    );
    await client.query(
      `INSERT INTO handling_unit (tenant_id, id, name, sort_order, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':unit:' || k), '压测承办单位' || k, k, now() FROM unnest($1::uuid[], $2::text[]) AS t(id, code) CROSS JOIN generate_series(1, 12) k`,
      [tIds, tCodes],
    );
    await client.query(
      `INSERT INTO collective_submitter (tenant_id, id, name, sort_order, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':collective:' || k), (ARRAY['民革','民盟','民建','民进','农工党','工商联'])[k] || '压测委员会', k, now()
         FROM unnest($1::uuid[], $2::text[]) AS t(id, code) CROSS JOIN generate_series(1, 6) k`,
      [tIds, tCodes],
    );
  });

  await client.query("ANALYZE member_profile; ANALYZE member_term; ANALYZE committee_session; ANALYZE session_meeting; ANALYZE tenant_membership");
  // Per tenant: n proposals over ten years before the anchor; the 届次 and 次会议 follow the year.
  const proposals = T(tier.proposals);
  await phase("提案 proposals", async () => {
    await client.query(
      `WITH t AS ${proposals.sql},
       -- Members numbered 0…c-1 per tenant and joined by number (reading an element of a big array from a
       -- CTE row detoasts the whole array for every row: quadratic at tier M).
       cnt AS (SELECT tenant_id, count(*)::int AS c FROM member_profile GROUP BY tenant_id),
       mem AS (SELECT tenant_id, id, name, user_id, (row_number() OVER (PARTITION BY tenant_id ORDER BY id) - 1)::int AS k FROM member_profile),
       staff AS (SELECT DISTINCT ON (tenant_id) tenant_id, user_id FROM tenant_membership WHERE 'PROPOSAL_OFFICE' = ANY(roles) ORDER BY tenant_id, user_id),
       g AS (SELECT t.id AS tenant_id, t.code, g, ($4::timestamptz - ((g::bigint * 3650 * 86400) / t.n) * interval '1 second') AS at
               FROM t CROSS JOIN LATERAL generate_series(1, t.n) g),
       -- 届次 and 次会议 by arithmetic on the year and their deterministic ids (a join on the year made the
       -- planner pair every tenant's meetings with every row before filtering by tenant).
       s AS (SELECT g.*, ${SESSION_OF_YEAR("extract(year FROM g.at AT TIME ZONE 'Asia/Shanghai')::int")} AS session_no, extract(year FROM g.at AT TIME ZONE 'Asia/Shanghai')::int AS y FROM g),
       r AS (SELECT s.*, pg_temp.u(s.code || ':session:' || s.session_no) AS session_id, s.session_no = ${CURRENT_NUMBER} AS is_current,
                    pg_temp.u(pg_temp.u(s.code || ':session:' || s.session_no)::text || ':meeting:' || (s.y - ${START_OF("s.session_no")} + 1)) AS meeting_id,
                    s.y - ${START_OF("s.session_no")} + 1 AS meeting_no,
                    CASE WHEN s.session_no = ${CURRENT_NUMBER} THEN ($5::text[])[1 + s.g % $6::int] ELSE ($7::text[])[1 + s.g % $8::int] END AS state
               FROM s),
       f AS (SELECT r.*, r.state IN ('FILED','ASSIGNED','HANDLING','REPLIED','DISSATISFIED','CLOSED') AS filed, r.g % 7 = 0 AS collective,
                    $9::text[] AS words FROM r)
       INSERT INTO proposal (tenant_id, id, session_id, meeting_id, category_id, title, content, reasons, suggestions, submitter_type, member_id, collective_id,
                             submitter_name, created_by, state, version, case_number, case_seq, is_key, terms, submitted_at, filed_at, closed_at, created_at, updated_at,
                             not_filed_destination, not_filed_reason, return_reason)
       SELECT f.tenant_id, pg_temp.u(f.code || ':proposal:' || f.g), f.session_id, f.meeting_id, pg_temp.u(f.code || ':category:' || (1 + f.g % 6)),
              '关于' || f.words[1 + f.g % 16] || '中' || ($10::text[])[1 + f.g % 6] || f.words[1 + (f.g / 16) % 16] || '的建议（' || f.g || '）',
              '<p>' || repeat('围绕' || f.words[1 + f.g % 16] || '，建议' || ($10::text[])[1 + f.g % 6] || f.words[1 + (f.g / 16) % 16] || '工作。', 8) || '</p>',
              '案由：' || f.words[1 + f.g % 16], '办法建议：' || f.words[1 + (f.g / 16) % 16],
              (CASE WHEN f.collective THEN 'COLLECTIVE' ELSE 'MEMBER' END)::"ProposalSubmitterType",
              CASE WHEN NOT f.collective THEN mem.id END,
              CASE WHEN f.collective THEN pg_temp.u(f.code || ':collective:' || (1 + f.g % 6)) END,
              CASE WHEN f.collective THEN (ARRAY['民革','民盟','民建','民进','农工党','工商联'])[1 + f.g % 6] || '压测委员会' ELSE mem.name END,
              CASE WHEN f.collective THEN staff.user_id ELSE mem.user_id END,
              f.state::"ProposalState", (SELECT v FROM unnest($11::text[], $12::int[]) AS p(st, v) WHERE p.st = f.state),
              CASE WHEN f.filed THEN f.session_no || '-' || f.meeting_no || '-' || lpad(f.g::text, greatest(4, length(f.g::text)), '0') END, CASE WHEN f.filed THEN f.g END,
              f.filed AND f.g % 50 = 0, ARRAY[f.words[1 + f.g % 16], f.words[1 + (f.g / 16) % 16], '建议'],
              CASE WHEN f.state NOT IN ('DRAFT', 'COSIGNING') THEN f.at END, CASE WHEN f.filed THEN f.at + interval '20 days' END,
              CASE WHEN f.state = 'CLOSED' THEN f.at + interval '120 days' END, f.at - interval '2 days', f.at + interval '1 day',
              CASE WHEN f.state = 'NOT_FILED' THEN 'OTHER'::"ProposalNotFiledDestination" END, CASE WHEN f.state = 'NOT_FILED' THEN '建议以其他方式办理' END,
              CASE WHEN f.state = 'RETURNED' THEN '请补充调研材料' END
         FROM f JOIN cnt ON cnt.tenant_id = f.tenant_id JOIN mem ON mem.tenant_id = f.tenant_id AND mem.k = f.g % cnt.c JOIN staff ON staff.tenant_id = f.tenant_id`,
      [...proposals.params, ANCHOR, CURRENT_STATES, CURRENT_STATES.length, PAST_STATES, PAST_STATES.length, WORDS, ACTIONS, [...PROPOSAL_STATES], PROPOSAL_STATES.map((st) => PATHS[st].length)],
    );
  });

  await phase("提案流转记录 events + 交办/答复/评价", async () => {
    const paths = eventPaths();
    // As the app writes them: a 'create' event (DRAFT → DRAFT), then one per transition on the way to the
    // proposal's state; version = number of transitions.
    await client.query(
      `INSERT INTO proposal_event (tenant_id, id, proposal_id, action, from_state, to_state, actor_id, actor_name, detail, created_at)
       SELECT p.tenant_id, pg_temp.u(p.id::text || ':event:0'), p.id, 'create', 'DRAFT', 'DRAFT', p.created_by, p.submitter_name,
              jsonb_build_object('title', p.title, 'submitter', p.submitter_name, 'enteredByOffice', p.entered_by_office), p.created_at
         FROM proposal p`,
    );
    await client.query(
      `INSERT INTO proposal_event (tenant_id, id, proposal_id, action, from_state, to_state, actor_id, actor_name, created_at)
       SELECT p.tenant_id, pg_temp.u(p.id::text || ':event:' || e.step), p.id, e.action, e.fr::"ProposalState", e.tos::"ProposalState",
              CASE WHEN e.action IN ('submit', 'rateSatisfied', 'rateDissatisfied') THEN p.created_by END,
              CASE WHEN e.action IN ('submit', 'rateSatisfied', 'rateDissatisfied') THEN p.submitter_name WHEN e.action IN ('sign', 'reply') THEN '承办单位' ELSE '提案委' END,
              coalesce(p.submitted_at, p.created_at) + (e.step - 1) * interval '10 days'
         FROM proposal p JOIN unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[]) AS e(state, step, action, fr, tos) ON e.state = p.state::text`,
      [paths.map((p) => p[0]), paths.map((p) => p[1]), paths.map((p) => p[2]), paths.map((p) => p[3]), paths.map((p) => p[4])],
    );
    // Lead unit for every proposal assigned or beyond; deadline three months after filing.
    await client.query(
      `INSERT INTO proposal_assignment (tenant_id, id, proposal_id, unit_id, role, status, deadline, assigned_at, assigned_by, signed_at, replied_at)
       SELECT p.tenant_id, pg_temp.u(p.id::text || ':assignment'), p.id, pg_temp.u(t.code || ':unit:' || (1 + p.case_seq % 12)), 'LEAD', 'ACTIVE',
              ((p.filed_at + interval '3 months') AT TIME ZONE 'Asia/Shanghai')::date, p.filed_at + interval '2 days',
              (SELECT user_id FROM tenant_membership m WHERE m.tenant_id = p.tenant_id AND 'PROPOSAL_OFFICE' = ANY(m.roles) ORDER BY user_id LIMIT 1),
              CASE WHEN p.state <> 'ASSIGNED' THEN p.filed_at + interval '5 days' END,
              CASE WHEN p.state IN ('REPLIED', 'DISSATISFIED', 'CLOSED') THEN p.filed_at + interval '60 days' END
         FROM proposal p JOIN unnest($1::uuid[], $2::text[]) AS t(id, code) ON t.id = p.tenant_id
        WHERE p.state IN ('ASSIGNED', 'HANDLING', 'REPLIED', 'DISSATISFIED', 'CLOSED')`,
      [tIds, tCodes],
    );
    await client.query(
      `INSERT INTO proposal_reply (tenant_id, id, proposal_id, assignment_id, unit_id, is_lead, result, content, round, replied_by, replied_by_name, created_at)
       SELECT a.tenant_id, pg_temp.u(a.id::text || ':reply'), a.proposal_id, a.id, a.unit_id, true, (ARRAY['A','B','C'])[1 + abs(hashtext(a.id::text)) % 3]::"ProposalReplyResult",
              '<p>关于提案的答复：已研究办理。</p>', 1, a.assigned_by, '承办单位', a.replied_at
         FROM proposal_assignment a WHERE a.replied_at IS NOT NULL`,
    );
    await client.query(
      `INSERT INTO proposal_feedback (tenant_id, id, proposal_id, round, satisfaction, submitted_by, created_at)
       SELECT p.tenant_id, pg_temp.u(p.id::text || ':feedback'), p.id, 1,
              (CASE WHEN p.state = 'DISSATISFIED' THEN 'DISSATISFIED' WHEN p.case_seq % 2 = 0 THEN 'SATISFIED' ELSE 'BASICALLY_SATISFIED' END)::"ProposalSatisfaction",
              p.created_by, coalesce(p.closed_at, p.filed_at + interval '90 days')
         FROM proposal p WHERE p.state IN ('DISSATISFIED', 'CLOSED')`,
    );
    // 案号 counters continue after the generated numbers (a filing in the benchmark takes the next one).
    await client.query(
      `INSERT INTO proposal_case_counter (tenant_id, scope_id, last_seq)
       SELECT tenant_id, meeting_id, max(case_seq) FROM proposal WHERE case_seq IS NOT NULL GROUP BY tenant_id, meeting_id`,
    );
  });

  const opinions = T(tier.opinions);
  await phase("社情民意 opinions + 期刊", async () => {
    await client.query(
      `INSERT INTO journal_type (tenant_id, id, name, sort_order, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':journal'), '社情民意专报', 0, now() FROM unnest($1::uuid[], $2::text[]) AS t(id, code)`,
      [tIds, tCodes],
    );
    // One issue a month over ten years.
    await client.query(
      `INSERT INTO journal_issue (tenant_id, id, type_id, year, number, title, status, issue_date, published_at, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':issue:' || y || ':' || k), pg_temp.u(t.code || ':journal'), y, k, y || '年第' || k || '期', 'PUBLISHED',
              make_date(y, k, 25), make_date(y, k, 25)::timestamptz, now()
         FROM unnest($1::uuid[], $2::text[]) AS t(id, code) CROSS JOIN generate_series(2016, 2026) y CROSS JOIN generate_series(1, 12) k`,
      [tIds, tCodes],
    );
    const states = ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED", "RETURNED", "DISCARDED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT"];
    await client.query(
      `WITH t AS ${opinions.sql},
       cnt AS (SELECT tenant_id, count(*)::int AS c FROM member_profile GROUP BY tenant_id),
       mem AS (SELECT tenant_id, id, name, user_id, (row_number() OVER (PARTITION BY tenant_id ORDER BY id) - 1)::int AS k FROM member_profile),
       g AS (SELECT t.id AS tenant_id, t.code, g, ($4::timestamptz - ((g::bigint * 3650 * 86400) / t.n) * interval '1 second') AS at,
                    ($5::text[])[1 + g % $6::int] AS state
               FROM t CROSS JOIN LATERAL generate_series(1, t.n) g),
       x AS (SELECT g.*, extract(year FROM g.at AT TIME ZONE 'Asia/Shanghai')::int AS y, extract(month FROM g.at AT TIME ZONE 'Asia/Shanghai')::int AS mo,
                    pg_temp.u(g.code || ':session:' || ${SESSION_OF_YEAR("extract(year FROM g.at AT TIME ZONE 'Asia/Shanghai')::int")}) AS session_id, g.state IN ('EDITED', 'PUBLISHED') AS in_issue
               FROM g)
       INSERT INTO opinion (tenant_id, id, title, content, state, origin, submitter_kind, member_id, submitter_name, created_by, session_id, issue_id, issue_order,
                            return_reason, discard_reason, submitted_at, first_reviewed_at, adopted_at, published_at, version, created_at, updated_at)
       SELECT x.tenant_id, pg_temp.u(x.code || ':opinion:' || x.g),
              '关于' || ($7::text[])[1 + x.g % 16] || '的社情民意（' || x.g || '）', '<p>' || repeat('群众反映' || ($7::text[])[1 + (x.g / 16) % 16] || '方面的问题。', 6) || '</p>',
              x.state::"OpinionState", 'DIRECT', 'MEMBER', mem.id, mem.name, mem.user_id,
              x.session_id,
              CASE WHEN x.in_issue THEN pg_temp.u(x.code || ':issue:' || x.y || ':' || x.mo) END,
              CASE WHEN x.in_issue THEN (row_number() OVER (PARTITION BY x.tenant_id, x.in_issue, x.y, x.mo ORDER BY x.g))::int END,
              CASE WHEN x.state = 'RETURNED' THEN '请补充具体情况' END, CASE WHEN x.state = 'DISCARDED' THEN '内容重复' END,
              CASE WHEN x.state <> 'DRAFT' THEN x.at END, CASE WHEN x.state IN ('FIRST_REVIEWED', 'SECOND_REVIEWED', 'EDITED', 'PUBLISHED') THEN x.at + interval '3 days' END,
              CASE WHEN x.state IN ('EDITED', 'PUBLISHED') THEN x.at + interval '7 days' END, CASE WHEN x.state = 'PUBLISHED' THEN x.at + interval '10 days' END,
              1, x.at - interval '1 day', x.at + interval '1 day'
         FROM x JOIN cnt ON cnt.tenant_id = x.tenant_id JOIN mem ON mem.tenant_id = x.tenant_id AND mem.k = x.g % cnt.c`,
      [...opinions.params, ANCHOR, states, states.length, WORDS],
    );
  });

  const articles = T(tier.articles);
  await phase("网站文章 CMS articles", async () => {
    await client.query(
      `INSERT INTO cms_site (tenant_id, id, name, updated_at) SELECT t.id, pg_temp.u(t.code || ':site'), '压测政协' || t.code, now() FROM unnest($1::uuid[], $2::text[]) AS t(id, code)`,
      [tIds, tCodes],
    );
    await client.query(
      `INSERT INTO cms_channel (tenant_id, id, site_id, name, slug, sort_order, updated_at)
       SELECT t.id, pg_temp.u(t.code || ':channel:' || k), pg_temp.u(t.code || ':site'), (ARRAY['政协要闻','通知公告','提案工作','社情民意','委员风采'])[k],
              (ARRAY['news','notice','proposals','opinions','members'])[k], k, now()
         FROM unnest($1::uuid[], $2::text[]) AS t(id, code) CROSS JOIN generate_series(1, 5) k`,
      [tIds, tCodes],
    );
    // The search columns as indexArticle() fills them: jieba words per phrase (segmented here once), title weighted A.
    const seg = WORDS.map((w) => segmentForIndex(w));
    const segActions = ACTIONS.map((w) => segmentForIndex(w));
    await client.query(
      `WITH t AS ${articles.sql},
       g AS (SELECT t.id AS tenant_id, t.code, g, 1 + g % 16 AS w1, 1 + (g / 16) % 16 AS w2, 1 + g % 6 AS a,
                    ($4::timestamptz - ((g::bigint * 3650 * 86400) / t.n) * interval '1 second') AS at
               FROM t CROSS JOIN LATERAL generate_series(1, t.n) g),
       x AS (SELECT g.*, '市政协围绕' || ($5::text[])[g.w1] || ($7::text[])[g.a] || ($5::text[])[g.w2] || '开展专题协商（' || g.g || '）' AS title,
                    repeat('委员们围绕' || ($5::text[])[g.w1] || '建言献策，就' || ($5::text[])[g.w2] || '提出意见建议。', 6) AS body_text,
                    ($6::text[])[g.w1] || ' ' || ($8::text[])[g.a] || ' ' || ($6::text[])[g.w2] AS head,
                    ($6::text[])[g.w1] || ' ' || ($6::text[])[g.w2] || ' 委员 建言献策 意见建议' AS rest
               FROM g)
       INSERT INTO cms_article (tenant_id, id, channel_id, title, summary, keywords, body, body_text, state, version, published_at, dirty, created_at, updated_at, search_tsv, search_text)
       SELECT x.tenant_id, pg_temp.u(x.code || ':article:' || x.g), pg_temp.u(x.code || ':channel:' || (1 + x.g % 5)), x.title,
              left(x.body_text, 60), ARRAY[($5::text[])[x.w1], ($5::text[])[x.w2]], '<p>' || x.body_text || '</p>', x.body_text,
              (CASE WHEN x.g % 20 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"CmsArticleState", 1, CASE WHEN x.g % 20 <> 0 THEN x.at END, false, x.at, x.at,
              setweight(to_tsvector('simple', x.head), 'A') || setweight(to_tsvector('simple', x.rest), 'B'), x.title || ' ' || x.body_text
         FROM x`,
      [...articles.params, ANCHOR, WORDS, seg, ACTIONS, segActions],
    );
  });

  await phase("重建索引 indexes", async () => {
    for (const x of secondary) await client.query(x.def);
  });

  // The rows must be what the app itself would have written: every proposal has its 'create' event and
  // one per transition (version counts those), the last ending in its state; assigned ones have a unit.
  const bad = await client.query(
    `SELECT (SELECT count(*) FROM proposal p
               LEFT JOIN (SELECT tenant_id, proposal_id, count(*) AS n, (array_agg(to_state ORDER BY created_at DESC))[1] AS last
                            FROM proposal_event GROUP BY tenant_id, proposal_id) e ON e.tenant_id = p.tenant_id AND e.proposal_id = p.id
              WHERE p.version + 1 <> coalesce(e.n, 0) OR p.state <> e.last) AS proposals,
            (SELECT count(*) FROM proposal p WHERE p.state IN ('ASSIGNED', 'HANDLING', 'REPLIED', 'DISSATISFIED', 'CLOSED')
               AND NOT EXISTS (SELECT 1 FROM proposal_assignment a WHERE a.tenant_id = p.tenant_id AND a.proposal_id = p.id)) AS unassigned`,
  );
  if (Number(bad.rows[0].proposals) || Number(bad.rows[0].unassigned)) throw new Error(`bench generator: inconsistent rows ${JSON.stringify(bad.rows[0])}`);

  const currentSession = (await client.query(`SELECT tenant_id, id FROM committee_session WHERE is_current`)).rows as { tenant_id: string; id: string }[];
  return {
    proposals: tier.proposals,
    opinions: tier.opinions,
    articles: tier.articles,
    timings,
    currentSession: tenants.map((t) => currentSession.find((s) => s.tenant_id === t.id)!.id),
  };
}
