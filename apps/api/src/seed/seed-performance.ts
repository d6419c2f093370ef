import { randomUUID } from "node:crypto";
import type { PerformanceEventKind, Role } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { DEFAULT_ANNUAL_GRADES, DEFAULT_ANNUAL_RULES, DEFAULT_SESSION_GRADES } from "../modules/performance/default-rules";
import { chinaDayStart, yearBounds } from "../modules/performance/scoring/periods";
import { recomputePeriod } from "../modules/performance/scoring/recompute";
import { writeRuleSetVersion, type Actor } from "../modules/performance/scoring/rule-versions";
import { recordPerformanceEvent } from "../modules/performance/use-cases/record-performance-event";
import type { Random } from "./random";
import { scopeTo } from "./seed-foundation";

type Tenant = { id: string; code: string; name: string; level: string };
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Member = { id: string; name: string; isStanding: boolean };

/** Acts are seeded up to this day (the demo's “now”), so nothing lies in the future. */
const LAST_DAY = "2026-10-31";
const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(Math.min(d, 28)).padStart(2, "0")}`;

const BONUSES: [number, string][] = [
  [5, "牵头完成市政协重点课题调研"], [3, "在省级以上政协刊物发表署名文章"], [4, "积极参与乡村振兴结对帮扶"], [2, "参与重大项目民主监督"],
  [-3, "无故缺席专题协商会"], [-2, "未按时报送年度履职报告"],
];
const MATERIALS: [string, string][] = [
  ["参加“黄花产业高质量发展”专题视察", "随市政协专题视察组赴云州区，实地察看黄花种植基地与加工企业，提出延伸产业链的建议。"],
  ["年度履职情况报告", "本年度出席全体会议及常委会议，提交提案，参加专题调研，报送社情民意信息。"],
  ["《关于加快老旧小区改造的调研报告》", "走访城区十二个老旧小区，形成调研报告，提出分类改造、多方筹资的意见。"],
  ["走访界别群众并反映社情民意", "深入界别群众开展走访，收集意见建议，整理形成社情民意信息两篇。"],
  ["参加委员讲坛宣讲", "在“委员讲坛”作专题宣讲，听众一百余人。"],
];

/**
 * 委员履职 demo data: the default 考核办法 (an older annual version, the current annual and session ones),
 * acts for every member of the current session 2022 → October 2026 (kinds another module's seed has
 * already recorded are left to it), a few bonuses and materials, and year-end runs for 2022–2025.
 * Deterministic: only `rnd` (ids aside). Events go in with one INSERT … unnest per chunk.
 */
export async function seedPerformance(db: PrismaClient, rnd: Random, tenants: Tenant[]) {
  for (const t of tenants) {
    await db.$transaction(async (tx) => {
      await scopeTo(tx, t.id);
      const staff = await tx.tenantMembership.findFirst({ where: { tenantId: t.id, roles: { has: "MEMBER_AFFAIRS" as Role } }, include: { user: true }, orderBy: { createdAt: "asc" } });
      const actor: Actor = { userId: staff?.userId ?? null, name: staff?.user.displayName ?? "系统" };
      const session = await tx.committeeSession.findFirst({ where: { tenantId: t.id, isCurrent: true } });
      if (!session) return;
      await seedRuleSets(tx, t.id, actor, session.startYear);
      const members = await sessionMembers(tx, t.id, session.id);
      await seedEvents(tx, rnd, t.id, members, session.startYear);
      await seedBonuses(tx, rnd, t, members, actor);
      await seedMaterials(tx, rnd, t, members, actor);
      for (let year = session.startYear; year <= 2025; year++) {
        await recomputePeriod(tx, t.id, { assessmentType: "ANNUAL", year, session, ...yearBounds(year, year) }, { trigger: "SEED", note: `${year} 年度考核存档`, actor });
      }
    }, { timeout: 300_000 });
  }
}

async function seedRuleSets(tx: Tx, tenantId: string, actor: Actor, sessionStart: number) {
  const sets = [
    { name: `年度委员履职考核办法（${sessionStart - 5} 年版）`, assessmentType: "ANNUAL" as const, from: `${sessionStart - 5}-01-01`, to: `${sessionStart - 1}-12-31`, grades: DEFAULT_ANNUAL_GRADES, speech: 3, showRank: false },
    { name: `年度委员履职考核办法（${sessionStart} 年修订）`, assessmentType: "ANNUAL" as const, from: `${sessionStart}-01-01`, to: null, grades: DEFAULT_ANNUAL_GRADES, speech: 5, showRank: true },
    { name: "届内委员履职考核办法", assessmentType: "SESSION" as const, from: `${sessionStart}-01-01`, to: null, grades: DEFAULT_SESSION_GRADES, speech: 5, showRank: false },
  ];
  for (const s of sets) {
    const rs = await tx.performanceRuleSet.create({
      data: {
        tenantId, name: s.name, assessmentType: s.assessmentType, effectiveFrom: new Date(`${s.from}T00:00:00Z`), effectiveTo: s.to ? new Date(`${s.to}T00:00:00Z`) : null,
        description: "依据本会委员履职考核办法制定，经主席会议通过。", grades: s.grades, showRankInPortal: s.showRank,
      },
    });
    await tx.performanceRule.createMany({
      data: DEFAULT_ANNUAL_RULES.map((r, i) => ({
        tenantId, ruleSetId: rs.id, kind: r.kind, points: r.kind === "SPEECH_DELIVERED" ? s.speech : r.points, maxItems: r.maxItems ?? null,
        maxPointsPerYear: r.maxPointsPerYear ?? null, description: r.description, sortOrder: (i + 1) * 10,
      })),
    });
    await writeRuleSetVersion(tx, tenantId, rs.id, `新建考核办法（${DEFAULT_ANNUAL_RULES.length} 条规则）`, actor, { initial: true });
  }
}

async function sessionMembers(tx: Tx, tenantId: string, sessionId: string): Promise<Member[]> {
  const terms = await tx.memberTerm.findMany({
    where: { tenantId, sessionId },
    include: { member: { select: { id: true, name: true, userId: true } }, memberType: { select: { name: true } } },
    // Ids are random: order by what the member seed made deterministically, so `rnd` meets members in the same order.
    // (Not by mobile: it is sealed with a random IV, so its stored form has no stable order.)
    orderBy: [{ member: { namePinyin: "asc" } }, { member: { birthDate: "asc" } }, { member: { workUnitTitle: "asc" } }, { member: { workAddress: "asc" } }],
  });
  return terms.map((t) => ({ id: t.member.id, name: t.member.name, isStanding: t.memberType.name === "常委" }));
}

async function seedEvents(tx: Tx, rnd: Random, tenantId: string, members: Member[], firstYear: number) {
  const taken = new Set((await tx.performanceEvent.findMany({ where: { tenantId, sourceType: { not: "Seed" } }, distinct: ["kind"], select: { kind: true } })).map((e) => e.kind));
  const rows: { m: string; k: PerformanceEventKind; d: string; s: string }[] = [];
  for (const m of members) {
    let seq = 0;
    const add = (k: PerformanceEventKind, d: string) => {
      if (d <= LAST_DAY && !taken.has(k)) rows.push({ m: m.id, k, d, s: `seed-${++seq}` });
    };
    const attend = (d: string, weights: [number, number, number], prefix: "MEETING" | "ACTIVITY") =>
      add(rnd.weighted([[`${prefix}_ATTENDED`, weights[0]], [`${prefix}_LEAVE`, weights[1]], [`${prefix}_ABSENT`, weights[2]]] as const) as PerformanceEventKind, d);
    const demo = m.name === "张华强";
    for (let y = firstYear; y <= 2026; y++) {
      const plenary = day(y, 1, 8 + (y - firstYear));
      attend(plenary, demo ? [1, 0, 0] : [88, 8, 4], "MEETING");
      if (demo || rnd.next() < 0.08) add("SPEECH_DELIVERED", plenary);
      if (m.isStanding) for (const month of [3, 6, 9, 12]) attend(day(y, month, rnd.int(5, 25)), [85, 10, 5], "MEETING");
      for (const month of [5, 10]) attend(day(y, month, rnd.int(5, 25)), [75, 15, 10], "MEETING");
      for (let i = 0; i < 3; i++) attend(day(y, rnd.int(3, 11), rnd.int(1, 28)), [60, 25, 15], "ACTIVITY");
      const proposals = demo ? 3 : rnd.weighted([[0, 20], [1, 35], [2, 30], [3, 12], [4, 3]] as const);
      for (let i = 0; i < proposals; i++) {
        const d = day(y, rnd.int(1, 2), rnd.int(1, 28));
        add("PROPOSAL_SUBMITTED", d);
        if (rnd.next() < 0.75) {
          add("PROPOSAL_FILED", day(y, 3, rnd.int(1, 28)));
          if (rnd.next() < 0.06) add("PROPOSAL_KEY", day(y, 4, rnd.int(1, 28)));
          if (rnd.next() < 0.05) add("PROPOSAL_EXCELLENT", day(y, 11, rnd.int(1, 28)));
        }
      }
      for (let i = rnd.weighted([[0, 40], [1, 35], [2, 20], [3, 5]] as const); i > 0; i--) add("PROPOSAL_COSIGNED", day(y, rnd.int(1, 2), rnd.int(1, 28)));
      for (let i = rnd.weighted([[0, 35], [1, 30], [2, 20], [3, 10], [5, 5]] as const); i > 0; i--) {
        const month = rnd.int(1, 9);
        add("OPINION_SUBMITTED", day(y, month, rnd.int(1, 28)));
        if (rnd.next() < 0.4) {
          add("OPINION_ADOPTED", day(y, month + 1, rnd.int(1, 28)));
          if (rnd.next() < 0.5) add("OPINION_IN_JOURNAL", day(y, month + 2, rnd.int(1, 28)));
          if (rnd.next() < 0.08) add("OPINION_INSTRUCTED", day(y, month + 3, rnd.int(1, 28)));
        }
      }
    }
  }
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await tx.$executeRaw`
      INSERT INTO performance_event (tenant_id, id, member_id, kind, occurred_at, source_type, source_id)
      SELECT ${tenantId}::uuid, gen_random_uuid(), x.m, x.k, (x.d::date + time '10:00') AT TIME ZONE 'Asia/Shanghai', 'Seed', x.s
        FROM unnest(${chunk.map((r) => r.m)}::uuid[], ${chunk.map((r) => r.k)}::text[], ${chunk.map((r) => r.d)}::text[], ${chunk.map((r) => r.s)}::text[]) AS x(m, k, d, s)`;
  }
}

async function seedBonuses(tx: Tx, rnd: Random, t: Tenant, members: Member[], actor: Actor) {
  const count = Math.min(members.length, t.level === "CITY" ? 12 : 5);
  for (let i = 0; i < count; i++) {
    const m = members[rnd.int(0, members.length - 1)]!;
    const [points, reason] = rnd.pick(BONUSES);
    const occurredOn = day(rnd.int(2023, 2026), rnd.int(1, 10), rnd.int(1, 28));
    const bonus = await tx.performanceBonus.create({ data: { tenantId: t.id, memberId: m.id, points, reason, occurredOn: new Date(`${occurredOn}T00:00:00Z`), createdBy: actor.userId, createdByName: actor.name } });
    await recordPerformanceEvent(tx, { tenantId: t.id, memberId: m.id, kind: "BONUS", occurredAt: chinaDayStart(occurredOn), sourceType: "Bonus", sourceId: bonus.id, points, note: reason });
  }
}

/** Materials in every state; the city's demo member 张华强 has one of each. */
async function seedMaterials(tx: Tx, rnd: Random, t: Tenant, members: Member[], actor: Actor) {
  const demo = members.find((m) => m.name === "张华强");
  const others = members.filter((m) => m !== demo);
  const picks = [...(t.level === "CITY" && demo ? [demo, demo, demo] : []), ...Array.from({ length: Math.min(others.length, t.level === "CITY" ? 10 : 4) }, () => others[rnd.int(0, others.length - 1)]!)];
  const statuses = ["ACCEPTED", "SUBMITTED", "RETURNED"] as const;
  for (const [i, m] of picks.entries()) {
    const status = i < 3 && m === demo ? statuses[i]! : rnd.weighted([["ACCEPTED", 5], ["SUBMITTED", 3], ["RETURNED", 1]] as const);
    const [title, content] = MATERIALS[i % MATERIALS.length]!;
    const occurredOn = day(rnd.int(2024, 2026), rnd.int(1, 9), rnd.int(1, 28));
    const reviewed = status !== "SUBMITTED";
    const row = await tx.performanceMaterial.create({
      data: {
        tenantId: t.id, id: randomUUID(), memberId: m.id, title, content, occurredOn: new Date(`${occurredOn}T00:00:00Z`), status,
        attachments: i % 2 === 0 ? [{ name: `${title.replace(/[《》“”]/g, "").slice(0, 12)}.pdf`, size: 80_000 + i * 1_000, contentType: "application/pdf", url: null }] : [],
        reviewedBy: reviewed ? actor.userId : null, reviewerName: reviewed ? actor.name : null, reviewedAt: reviewed ? chinaDayStart(occurredOn) : null,
        returnReason: status === "RETURNED" ? "请补充活动照片或相关证明材料" : null,
      },
    });
    if (status === "ACCEPTED") {
      await recordPerformanceEvent(tx, { tenantId: t.id, memberId: m.id, kind: "MATERIAL_ACCEPTED", occurredAt: chinaDayStart(occurredOn), sourceType: "Material", sourceId: row.id, note: title });
    }
  }
}
