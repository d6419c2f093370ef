import { randomUUID } from "node:crypto";
import { OPINION_ADOPTED_STATES, type InstructionKind, type OpinionState } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { chineseName } from "./names";
import type { Random } from "./random";
import { scopeTo } from "./seed-foundation";

type Tenant = { id: string; code: string; name: string; level: string; parentId?: string | null };
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// ── Templates: realistic 社情民意 of a Shanxi city and its counties ──────────────────────────────────
const TOPICS = [
  "御河生态保护", "古城保护与活化利用", "采煤沉陷区综合治理", "农村互助养老服务", "中小学课后服务", "冬季清洁取暖",
  "大同黄花产业发展", "火山群地质公园保护", "云冈石窟周边交通组织", "城市停车管理", "老旧小区改造", "县域医共体建设",
  "新能源汽车充电设施建设", "氢能产业发展", "文旅融合发展", "农产品冷链物流", "高校毕业生留同就业", "职业教育产教融合",
  "营商环境优化", "民营企业融资", "社区嵌入式服务设施建设", "城乡供水安全", "农村人居环境整治", "防范电信网络诈骗",
  "数字政务服务", "冰雪运动普及", "长城国家文化公园建设", "智慧农业", "残疾人就业帮扶", "婴幼儿托育服务",
  "食品安全监管", "学生近视防控", "城市内涝治理", "公共文化服务", "非物质文化遗产传承", "乡村振兴人才队伍建设",
  "光伏治沙", "大同美食品牌建设", "旅游厕所建设", "农村客运公交化",
];
const TITLE_PATTERNS = ["关于{t}的建议", "关于加强{t}的建议", "关于推进{t}的几点建议", "{p}{t}亟待加强", "对{t}工作的意见和建议", "关于进一步做好{t}工作的建议"];
const PROBLEMS = [
  "统筹协调机制不健全，部门之间衔接不够", "资金投入不足，保障渠道单一", "专业人才缺乏，队伍建设滞后", "政策宣传不到位，群众知晓率不高",
  "基础设施薄弱，服务能力不足", "监管机制不完善，责任落实不到位", "信息化水平不高，数据共享不畅", "城乡发展不平衡，农村地区短板明显",
];
const SUGGESTIONS = [
  "建立由政府牵头、多部门参与的联席会议机制", "加大财政投入，引导社会资本参与", "加强专业人才培养和引进", "完善考核评价机制，压实各方责任",
  "运用数字化手段提升管理效能", "加强宣传引导，营造良好社会氛围", "借鉴先进地区经验，开展试点示范", "加快补齐农村地区基础设施短板",
];
const CITY_LEADERS: [string, string][] = [["张志强", "市委书记"], ["李建华", "市长"], ["王明", "常务副市长"], ["刘芳", "副市长"], ["赵国平", "副市长"]];
const DEPARTMENT_REPLIES = ["已收悉。我局高度重视，已会同有关部门专题研究，相关措施将纳入明年工作计划。", "感谢委员的关心。所提建议已吸收进专项方案，正在组织实施。", "经研究，部分建议已落实，其余建议将结合实际逐步推进。"];
const LEADER_TEXTS = ["请有关部门认真研究，提出具体落实措施。", "此建议很好，请认真吸纳。", "请牵头部门会同相关单位研究办理，并将结果报我。", "阅。请结合正在开展的专项工作一并考虑。"];

/** The state mix of a committee's items, roughly what a year's reports look like. */
const STATE_WEIGHTS: [OpinionState, number][] = [
  ["DRAFT", 4], ["COSIGNING", 2], ["SUBMITTED", 9], ["FIRST_REVIEWED", 7], ["SECOND_REVIEWED", 10], ["EDITED", 6], ["PUBLISHED", 44], ["RETURNED", 6], ["DISCARDED", 12],
];
const DAY = 86_400_000;
/** 2025-01-06 09:00 Beijing: the seed's clock starts here and never reads the real one. */
const START = Date.UTC(2025, 0, 6, 1);
const SPAN_DAYS = 640;

const fill = (pattern: string, t: string, p: string) => pattern.replace("{t}", t).replace("{p}", p);
const place = (t: Tenant) => (t.level === "CITY" ? "我市" : t.name.endsWith("区政协") ? "我区" : "我县");

function content(rnd: Random, topic: string, p: string) {
  const problems = [...PROBLEMS].sort(() => rnd.next() - 0.5).slice(0, 3);
  const suggestions = [...SUGGESTIONS].sort(() => rnd.next() - 0.5).slice(0, 3);
  return [
    `近年来，${p}在${topic}方面做了大量工作，取得了一定成效。但调研发现，仍存在一些突出问题。`,
    `一是${problems[0]}。二是${problems[1]}。三是${problems[2]}。`,
    `为此，建议：一是${suggestions[0]}；二是${suggestions[1]}；三是${suggestions[2]}。`,
  ].join("\n");
}

interface Item {
  id: string;
  title: string;
  content: string;
  state: OpinionState;
  member: { id: string; name: string; userId: string | null } | null;
  collective: { id: string; name: string } | null;
  submittedAt: Date | null;
  firstReviewedAt: Date | null;
  adoptedAt: Date | null;
  publishedAt: Date | null;
  issueId: string | null;
  issueOrder: number | null;
  origin: "DIRECT" | "FROM_PROPOSAL";
  sourceProposalId: string | null;
}

/**
 * 社情民意 demo data: journal types, a few hundred items per committee (fewer per county) across every
 * state, numbered journal issues, instructions, and a few county items reported up to the city.
 * Deterministic: only `rnd` decides, and dates are computed from a fixed start.
 */
export async function seedOpinions(db: PrismaClient, rnd: Random, tenants: Tenant[], scale = 1) {
  const ids = new Map<string, Item[]>();
  for (const t of tenants) {
    await db.$transaction(async (tx) => {
      await scopeTo(tx, t.id);
      ids.set(t.id, await seedCommittee(tx, rnd, t, Math.max(10, Math.round((t.level === "CITY" ? 300 : 60) * scale))));
    }, { timeout: 120_000 });
  }
  const city = tenants.find((t) => t.level === "CITY")!;
  for (const county of tenants.filter((t) => t.level === "COUNTY").slice(0, 4)) {
    const adopted = ids.get(county.id)!.filter((i) => OPINION_ADOPTED_STATES.includes(i.state)).slice(0, 2);
    await seedUpward(db, county, city, adopted);
  }
}

async function seedCommittee(tx: Tx, rnd: Random, t: Tenant, count: number): Promise<Item[]> {
  const p = place(t);
  const session = await tx.committeeSession.findFirst({ where: { tenantId: t.id, isCurrent: true }, select: { id: true } });
  const members = await tx.memberProfile.findMany({ where: { tenantId: t.id }, select: { id: true, name: true, userId: true }, orderBy: { namePinyin: "asc" } });
  const collectives = await tx.collectiveSubmitter.findMany({ where: { tenantId: t.id }, select: { id: true, name: true }, orderBy: { sortOrder: "asc" } });
  const units = await tx.handlingUnit.findMany({ where: { tenantId: t.id }, select: { name: true }, orderBy: { sortOrder: "asc" } });
  const editor = await tx.tenantMembership.findFirst({ where: { tenantId: t.id, roles: { has: "OPINION_EDITOR" } }, include: { user: { select: { id: true, displayName: true } } }, orderBy: { createdAt: "asc" } });
  const editorRef = { id: editor?.user.id ?? null, name: editor?.user.displayName ?? "社情民意编辑" };
  if (members.length === 0) return [];

  // Every state appears in every committee (the first items cover them); the demo member account
  // (张华强, username "member") submits the first five, so the portal shows each of its states.
  const demoUser = t.level === "CITY" ? await tx.user.findUnique({ where: { username: "member" }, select: { id: true } }) : null;
  const demo = demoUser ? await tx.memberProfile.findUnique({ where: { tenantId_userId: { tenantId: t.id, userId: demoUser.id } }, select: { id: true, name: true, userId: true } }) : null;
  const forced: OpinionState[] = ["PUBLISHED", "SECOND_REVIEWED", "SUBMITTED", "RETURNED", "DRAFT", "COSIGNING", "FIRST_REVIEWED", "EDITED", "DISCARDED"];

  const items: Item[] = [];
  for (let n = 0; n < count; n++) {
    const state = forced[n] ?? rnd.weighted(STATE_WEIGHTS);
    const byBody = !forced[n] && collectives.length > 0 && rnd.next() < 0.15;
    const member = demo && n < 5 ? demo : byBody ? null : rnd.pick(members);
    const topic = rnd.pick(TOPICS);
    const submitted = state === "DRAFT" || state === "COSIGNING" ? null : new Date(START + rnd.int(0, SPAN_DAYS) * DAY + rnd.int(0, 8 * 3600) * 1000);
    const reviewed = (days: number) => (submitted ? new Date(submitted.getTime() + days * DAY) : null);
    const first = ["FIRST_REVIEWED", "SECOND_REVIEWED", "EDITED", "PUBLISHED"].includes(state) ? reviewed(rnd.int(1, 4)) : null;
    const adopted = OPINION_ADOPTED_STATES.includes(state) ? new Date(first!.getTime() + rnd.int(1, 6) * DAY) : null;
    items.push({
      id: randomUUID(),
      title: fill(rnd.pick(TITLE_PATTERNS), topic, p),
      content: content(rnd, topic, p),
      state,
      member: member ? { id: member.id, name: member.name, userId: member.userId } : null,
      collective: member ? null : rnd.pick(collectives),
      submittedAt: submitted,
      firstReviewedAt: first,
      adoptedAt: adopted,
      publishedAt: state === "PUBLISHED" ? new Date(adopted!.getTime() + rnd.int(3, 20) * DAY) : null,
      issueId: null,
      issueOrder: null,
      origin: "DIRECT",
      sourceProposalId: null,
    });
  }
  items.push(...(await fromDeclinedProposals(tx, t, members)));

  const issues = await seedJournals(tx, rnd, t, items);
  await createInChunks(items.map((i) => ({
    tenantId: t.id,
    id: i.id,
    title: i.title,
    content: i.content,
    state: i.state,
    origin: i.origin,
    submitterKind: i.member ? ("MEMBER" as const) : ("COLLECTIVE" as const),
    memberId: i.member?.id ?? null,
    collectiveId: i.collective?.id ?? null,
    submitterName: i.member?.name ?? i.collective!.name,
    createdBy: i.member?.userId ?? null,
    sessionId: session?.id ?? null,
    sourceProposalId: i.sourceProposalId,
    issueId: i.issueId,
    issueOrder: i.issueOrder,
    returnReason: i.state === "RETURNED" ? "请补充具体数据和典型案例后重新报送" : null,
    discardReason: i.state === "DISCARDED" ? rnd.pick(["内容与已采用信息重复", "反映问题已在办理中", "建议针对性不强"]) : null,
    submittedAt: i.submittedAt,
    firstReviewedAt: i.firstReviewedAt,
    adoptedAt: i.adoptedAt,
    publishedAt: i.publishedAt,
    createdAt: i.submittedAt ?? new Date(START + SPAN_DAYS * DAY),
    version: 1,
  })), (d) => tx.opinion.createMany({ data: d }));

  await seedHistory(tx, rnd, t, items, issues, editorRef, members);
  await seedInstructions(tx, rnd, t, items, units.map((u) => u.name), demo?.id ?? null);
  return items;
}

/**
 * 转社情民意: the proposal seed declines some proposals with destination TO_OPINION; each becomes an item
 * waiting for the first review, linked to its proposal. Raw SQL, and only if the proposal table exists.
 */
async function fromDeclinedProposals(tx: Tx, t: Tenant, members: { id: string; name: string; userId: string | null }[]): Promise<Item[]> {
  const [{ present }] = await tx.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('public.proposal') IS NOT NULL AS present`;
  if (!present) return [];
  const rows = await tx.$queryRaw<{ id: string; title: string; content: string; member_id: string | null; collective_id: string | null; submitter_name: string; updated_at: Date }[]>`
    SELECT id::text, title, content, member_id::text, collective_id::text, submitter_name, updated_at
      FROM proposal WHERE tenant_id = ${t.id}::uuid AND not_filed_destination::text = 'TO_OPINION' ORDER BY updated_at, id`;
  const text = (html: string) => html.replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, "").replace(/&nbsp;/g, " ").replace(/\n\s*\n+/g, "\n").trim();
  return rows
    .filter((r) => !!r.member_id !== !!r.collective_id)
    .map((r) => ({
      id: randomUUID(),
      title: r.title.slice(0, 100),
      content: text(r.content) || r.title,
      state: "SUBMITTED" as const,
      member: r.member_id ? { id: r.member_id, name: r.submitter_name, userId: members.find((m) => m.id === r.member_id)?.userId ?? null } : null,
      collective: r.collective_id ? { id: r.collective_id, name: r.submitter_name } : null,
      submittedAt: r.updated_at,
      firstReviewedAt: null,
      adoptedAt: null,
      publishedAt: null,
      issueId: null,
      issueOrder: null,
      origin: "FROM_PROPOSAL" as const,
      sourceProposalId: r.id,
    }));
}

/** Journal types, and issues numbered per type and year, filled in order of publication. */
async function seedJournals(tx: Tx, rnd: Random, t: Tenant, items: Item[]) {
  const city = t.level === "CITY";
  const higher = city ? "省政协" : "市政协";
  const local = city ? "市" : t.name.endsWith("区政协") ? "区" : "县";
  const types = [
    { id: randomUUID(), name: "社情民意", sortOrder: 1 },
    ...(city ? [{ id: randomUUID(), name: "专报", sortOrder: 2 }] : []),
  ];
  await tx.journalType.createMany({
    data: types.map((ty) => ({
      tenantId: t.id, ...ty, description: ty.name === "专报" ? "重要社情民意信息专报" : "社情民意信息刊物",
      reportTo: `${higher}，${local}委、${local}人大常委会、${local}政府、${local}政协领导`,
      sendTo: `${local}委办公室、${local}政府办公室，${local}直有关部门`,
      distributeTo: city ? "各县（区）政协，市政协各专门委员会" : `${local}政协各专门委员会`,
    })),
  });
  const issues: { id: string; typeId: string; year: number; number: number; date: Date; status: "DRAFT" | "PUBLISHED" }[] = [];
  const next = new Map<string, number>();
  const published = items.filter((i) => i.state === "PUBLISHED").sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime());
  const newIssue = (typeId: string, date: Date, status: "DRAFT" | "PUBLISHED") => {
    const year = Number(new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
    const key = `${typeId}:${year}`;
    const number = (next.get(key) ?? 0) + 1;
    next.set(key, number);
    const issue = { id: randomUUID(), typeId, year, number, date, status };
    issues.push(issue);
    return issue;
  };
  for (let k = 0; k < published.length; ) {
    const size = rnd.int(4, 7);
    const chunk = published.slice(k, k + size);
    k += size;
    const type = types.length > 1 && rnd.next() < 0.15 ? types[1]! : types[0]!;
    const issue = newIssue(type.id, chunk[chunk.length - 1]!.publishedAt!, "PUBLISHED");
    chunk.forEach((i, n) => Object.assign(i, { issueId: issue.id, issueOrder: n + 1, publishedAt: issue.date }));
  }
  const edited = items.filter((i) => i.state === "EDITED");
  if (edited.length) {
    const issue = newIssue(types[0]!.id, new Date(START + (SPAN_DAYS + 5) * DAY), "DRAFT");
    edited.forEach((i, n) => Object.assign(i, { issueId: issue.id, issueOrder: n + 1 }));
  }
  const editorName = chineseName(rnd);
  await tx.journalIssue.createMany({
    data: issues.map((i) => {
      const ty = types.find((x) => x.id === i.typeId)!;
      return {
        tenantId: t.id, id: i.id, typeId: i.typeId, year: i.year, number: i.number, status: i.status,
        issueDate: i.status === "PUBLISHED" ? new Date(`${new Date(i.date.getTime() + 8 * 3600_000).toISOString().slice(0, 10)}T00:00:00Z`) : null,
        editorName, signerName: city ? "王晓东" : null, publishedAt: i.status === "PUBLISHED" ? i.date : null,
        reportTo: `${higher}，${local}委、${local}人大常委会、${local}政府、${local}政协领导`,
        sendTo: `${local}委办公室、${local}政府办公室`, distributeTo: ty.name === "专报" ? null : "各专门委员会",
      };
    }),
  });
  return issues;
}

/** Versions (the original, and an editor's edit for some), events for every step taken, co-signers. */
async function seedHistory(tx: Tx, rnd: Random, t: Tenant, items: Item[], issues: { id: string; year: number; number: number }[], editor: { id: string | null; name: string }, members: { id: string; name: string }[]) {
  const versions = [];
  const events: { tenantId: string; opinionId: string; action: string; fromState: OpinionState | null; toState: OpinionState; actorId: string | null; actorName: string; comment: string | null; createdAt: Date }[] = [];
  const cosigners = [];
  for (const i of items) {
    const who = i.member?.name ?? i.collective!.name;
    const ev = (action: string, fromState: OpinionState | null, toState: OpinionState, at: Date, actor = editor, comment: string | null = null) =>
      events.push({ tenantId: t.id, opinionId: i.id, action, fromState, toState, actorId: actor.id, actorName: actor.name, comment, createdAt: at });
    if (i.state === "COSIGNING" || (i.member && i.state !== "DRAFT" && rnd.next() < 0.12)) {
      const others = members.filter((m) => m.id !== i.member?.id);
      for (const m of [...others].sort(() => rnd.next() - 0.5).slice(0, rnd.int(1, 3))) {
        cosigners.push({ tenantId: t.id, opinionId: i.id, memberId: m.id, memberName: m.name, status: i.state === "COSIGNING" ? ("PENDING" as const) : ("CONFIRMED" as const), respondedAt: i.submittedAt });
      }
    }
    if (!i.submittedAt) continue;
    versions.push({ tenantId: t.id, opinionId: i.id, no: 1, title: i.title, content: i.content, editorId: i.member?.userId ?? null, editorName: who, note: i.origin === "FROM_PROPOSAL" ? "提案转来原文" : "报送原稿", createdAt: i.submittedAt });
    if (i.origin === "FROM_PROPOSAL") ev("createFromProposal", null, "SUBMITTED", i.submittedAt, editor, "不予立案，转社情民意");
    else ev("submit", "DRAFT", "SUBMITTED", i.submittedAt, { id: i.member?.userId ?? null, name: who });
    if (i.state === "RETURNED") ev("returnToSubmitter", "SUBMITTED", "RETURNED", new Date(i.submittedAt.getTime() + 2 * DAY), editor, "请补充具体数据和典型案例后重新报送");
    if (i.state === "DISCARDED") ev("discard", "SUBMITTED", "DISCARDED", new Date(i.submittedAt.getTime() + 3 * DAY));
    if (i.firstReviewedAt) ev("passFirstReview", "SUBMITTED", "FIRST_REVIEWED", i.firstReviewedAt);
    if (i.adoptedAt) {
      ev("passSecondReview", "FIRST_REVIEWED", "SECOND_REVIEWED", i.adoptedAt);
      if (rnd.next() < 0.2) {
        const content = `${i.content}\n（编者按：此件反映的问题具有普遍性，建议有关部门统筹研究。）`;
        versions.push({ tenantId: t.id, opinionId: i.id, no: 2, title: i.title, content, editorId: editor.id, editorName: editor.name, note: "采编加按语", createdAt: new Date(i.adoptedAt.getTime() + DAY) });
        ev("edit", "SECOND_REVIEWED", "SECOND_REVIEWED", new Date(i.adoptedAt.getTime() + DAY));
        i.content = content;
      }
    }
    if (i.issueId) {
      const is = issues.find((x) => x.id === i.issueId)!;
      const label = `${is.year}年第${is.number}期`;
      ev("addToIssue", "SECOND_REVIEWED", "EDITED", new Date(i.adoptedAt!.getTime() + 2 * DAY), editor, label);
      if (i.publishedAt) ev("publish", "EDITED", "PUBLISHED", i.publishedAt, editor, label);
    }
  }
  // The edited text is the item's text now.
  for (const i of items.filter((x) => x.content.includes("编者按"))) await tx.opinion.update({ where: { tenantId_id: { tenantId: t.id, id: i.id } }, data: { content: i.content } });
  await createInChunks(versions, (d) => tx.opinionVersion.createMany({ data: d }));
  await createInChunks(events, (d) => tx.opinionEvent.createMany({ data: d }));
  await createInChunks(cosigners, (d) => tx.opinionCosigner.createMany({ data: d }));
}

/** About a third of the published items have instructions; the demo member's published one always. */
async function seedInstructions(tx: Tx, rnd: Random, t: Tenant, items: Item[], units: string[], demoMemberId: string | null) {
  const rows = [];
  for (const i of items.filter((x) => x.state === "PUBLISHED")) {
    const always = demoMemberId !== null && i.member?.id === demoMemberId;
    if (!always && rnd.next() > 0.33) continue;
    for (let k = 0; k < (always ? 2 : rnd.int(1, 2)); k++) {
      const kind: InstructionKind = always && k === 0 ? "LEADER_INSTRUCTION" : rnd.weighted([["LEADER_INSTRUCTION", 5], ["DEPARTMENT_REPLY", 3], ["HIGHER_ADOPTION", 2]] as const);
      const at = new Date(i.publishedAt!.getTime() + rnd.int(3, 40) * DAY);
      const day = new Date(`${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)}T00:00:00Z`);
      const [author, title] =
        kind === "LEADER_INSTRUCTION"
          ? t.level === "CITY" ? rnd.pick(CITY_LEADERS) : [chineseName(rnd), rnd.pick(["县委书记", "县长", "副县长"])]
          : kind === "HIGHER_ADOPTION" ? [t.level === "CITY" ? "山西省政协办公厅" : "大同市政协办公室", null] : [units.length ? rnd.pick(units) : "有关部门", null];
      const content = kind === "LEADER_INSTRUCTION" ? rnd.pick(LEADER_TEXTS) : kind === "HIGHER_ADOPTION" ? `被${t.level === "CITY" ? "省" : "市"}政协《社情民意》录用。` : rnd.pick(DEPARTMENT_REPLIES);
      rows.push({ tenantId: t.id, opinionId: i.id, kind, authorName: author!, authorTitle: title ?? null, instructedAt: day, content, createdAt: at });
    }
  }
  await createInChunks(rows, (d) => tx.opinionInstruction.createMany({ data: d }));
}

/** 上报: as the SQL function does it, one side per transaction (each in its own committee's scope). */
async function seedUpward(db: PrismaClient, county: Tenant, city: Tenant, items: Item[]) {
  for (const i of items) {
    const copy = randomUUID();
    const at = new Date(i.adoptedAt!.getTime() + DAY);
    await db.$transaction(async (tx) => {
      await scopeTo(tx, city.id);
      const session = await tx.committeeSession.findFirst({ where: { tenantId: city.id, isCurrent: true }, select: { id: true } });
      await tx.opinion.create({
        data: { tenantId: city.id, id: copy, title: i.title, content: i.content, state: "SUBMITTED", origin: "FROM_COUNTY", submitterKind: "COUNTY", submitterName: county.name, sessionId: session?.id ?? null, sourceTenantId: county.id, sourceOpinionId: i.id, submittedAt: at, createdAt: at },
      });
      await tx.opinionVersion.create({ data: { tenantId: city.id, opinionId: copy, no: 1, title: i.title, content: i.content, editorName: county.name, note: "县区上报原文", createdAt: at } });
      await tx.opinionEvent.create({ data: { tenantId: city.id, opinionId: copy, action: "receiveFromCounty", toState: "SUBMITTED", actorName: county.name, createdAt: at } });
      await tx.opinionForward.create({ data: { tenantId: city.id, opinionId: copy, direction: "IN", peerTenantId: county.id, peerOpinionId: i.id, createdAt: at } });
    });
    await db.$transaction(async (tx) => {
      await scopeTo(tx, county.id);
      await tx.opinionForward.create({ data: { tenantId: county.id, opinionId: i.id, direction: "OUT", peerTenantId: city.id, peerOpinionId: copy, createdAt: at } });
      await tx.opinionEvent.create({ data: { tenantId: county.id, opinionId: i.id, action: "forward", fromState: i.state, toState: i.state, actorName: "社情民意编辑", comment: "上报上级政协", createdAt: at } });
    });
  }
}

/** Prisma 7's createMany is fastest in chunks of about 25 rows (see seed-members). */
async function createInChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 25) await write(rows.slice(i, i + 25));
}
