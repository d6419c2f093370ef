import { writeMobile } from "../modules/members/member-pii";
import { sealContactPhone } from "../modules/organisation/org-unit-pii";
import { randomUUID } from "node:crypto";
import { DICT_KINDS, type DictKind, type Role } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { DEFAULT_DICTIONARIES } from "../modules/organisation/default-dictionaries";
import { nameSearchColumns } from "../modules/members/pinyin";
import { hashPassword } from "../modules/identity/passwords";
import * as demo from "./member-demo-data";
import type { Random } from "./random";
import { DEMO_PASSWORD, scopeTo, type DemoAccount } from "./seed-foundation";

type Tenant = { id: string; code: string; name: string; level: string };
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Party → its own sector (台盟 has none at this level: its members sit in 台联 or elsewhere). */
const PARTY_SECTOR: Record<string, string> = { 中国共产党: "中国共产党", 无党派人士: "无党派人士", 台湾民主自治同盟: "中华全国台湾同胞联谊会" };
const ownSector = (party: string) => PARTY_SECTOR[party] ?? party;
const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

/**
 * Dictionaries, sessions, units and a profile + current term for every member account of the
 * foundation seed; ~55 % also served the previous session (history). Deterministic: only `rnd`.
 */
export async function seedMembers(db: PrismaClient, rnd: Random, tenants: Tenant[]) {
  const accounts: DemoAccount[] = [];
  for (const t of tenants) {
    await db.$transaction(async (tx) => {
      await scopeTo(tx, t.id);
      const dict = await seedDictionaries(tx, t.id);
      const [previous, current] = await seedSessions(tx, t);
      await seedUnits(tx, t);
      await seedProfiles(tx, rnd, t, dict, previous!, current!);
    }, { timeout: 120_000 });
  }
  accounts.push(...(await seedUnitAccounts(db, tenants[0]!)));
  return { accounts };
}

async function seedDictionaries(tx: Tx, tenantId: string) {
  const rows = DICT_KINDS.flatMap((kind) => DEFAULT_DICTIONARIES[kind].map(([name, code], i) => ({ tenantId, id: randomUUID(), kind, name, code, sortOrder: (i + 1) * 10 })));
  await tx.dictItem.createMany({ data: rows });
  const byKind = new Map<DictKind, Map<string, string>>();
  for (const r of rows) (byKind.get(r.kind) ?? byKind.set(r.kind, new Map()).get(r.kind)!).set(r.name, r.id);
  return (kind: DictKind, name: string) => byKind.get(kind)!.get(name)!;
}

/** The city is in its 15th session (2022–2026); districts created in 2018 in their 2nd; counties in their 11th. */
async function seedSessions(tx: Tx, t: Tenant) {
  const current = t.level === "CITY" ? 15 : ["datong-pingcheng", "datong-yungang"].includes(t.code) ? 2 : 11;
  const spans: [number, number, number][] = [[current - 1, current === 2 ? 2018 : 2017, 2021], [current, 2022, 2026]];
  const out = [];
  for (const [n, start, end] of spans) {
    const s = await tx.committeeSession.create({ data: { tenantId: t.id, name: `第${CN[n]}届`, number: n, startYear: start, endYear: end, isCurrent: n === current } });
    await tx.sessionMeeting.createMany({
      data: Array.from({ length: end - start + 1 }, (_, i) => ({
        tenantId: t.id,
        sessionId: s.id,
        number: i + 1,
        name: `第${CN[i + 1]}次会议`,
        year: start + i,
        startDate: new Date(Date.UTC(start + i, 0, 8 + i)),
        endDate: new Date(Date.UTC(start + i, 0, 11 + i)),
      })),
    });
    out.push(s);
  }
  return out;
}

async function seedUnits(tx: Tx, t: Tenant) {
  const place = t.level === "CITY" ? "大同市" : t.name.replace("政协", "");
  const units = t.level === "CITY" ? demo.HANDLING_UNITS_CITY : demo.HANDLING_UNITS_COUNTY.map((u) => place + u);
  await tx.handlingUnit.createMany({ data: units.map((name, i) => ({ tenantId: t.id, name, sortOrder: i + 1, contactPerson: "办公室", contactPhone: sealContactPhone(`0352-${String(2020000 + i * 137).slice(0, 7)}`) })) });
  await tx.collectiveSubmitter.createMany({ data: demo.COLLECTIVES.map((p, i) => ({ tenantId: t.id, name: p.replace("{p}", place), sortOrder: i + 1 })) });
}

async function seedProfiles(tx: Tx, rnd: Random, t: Tenant, dict: (k: DictKind, n: string) => string, previous: { id: string }, current: { id: string }) {
  const members = await tx.tenantMembership.findMany({
    where: { tenantId: t.id, roles: { has: "MEMBER" as Role } },
    include: { user: { select: { username: true, displayName: true } } },
    orderBy: { user: { username: "asc" } },
  });
  const place = t.level === "CITY" ? "大同市" : t.name.replace("政协", "");
  const committees = DEFAULT_DICTIONARIES.SPECIAL_COMMITTEE.map(([n]) => n);
  const profiles = [];
  const terms = [];
  for (const m of members) {
    const id = randomUUID();
    const isDemo = m.user.username === "member";
    const party = isDemo ? "中国民主同盟" : rnd.weighted(demo.PARTY_WEIGHTS);
    const sector = isDemo ? "经济界" : rnd.next() < (party === "中国共产党" ? 0.25 : 0.55) ? ownSector(party) : rnd.weighted(demo.OPEN_SECTORS);
    profiles.push({
      tenantId: t.id,
      id,
      userId: m.userId,
      name: m.user.displayName,
      ...nameSearchColumns(m.user.displayName),
      gender: isDemo || rnd.next() < 0.7 ? ("MALE" as const) : ("FEMALE" as const),
      birthDate: new Date(`${isDemo ? "1975-06-18" : demo.birthDate(rnd)}T00:00:00Z`),
      ethnicGroupId: dict("ETHNIC_GROUP", isDemo ? "汉族" : rnd.weighted(demo.ETHNIC_WEIGHTS)),
      nativePlace: isDemo ? "山西大同" : rnd.weighted(demo.NATIVE_PLACES),
      educationId: dict("EDUCATION", isDemo ? "研究生（硕士）" : rnd.weighted(demo.EDUCATION_WEIGHTS)),
      workUnitTitle: isDemo ? "大同市新能源发展有限公司 总经理" : demo.workUnitTitle(rnd, sector, place),
      workAddress: isDemo ? "大同市平城区御河西路 88 号" : demo.workAddress(rnd, place),
      mobile: writeMobile(isDemo ? "13812345678" : demo.mobile(rnd)),
    });
    const term = (sessionId: string, p: string, s: string) => ({
      tenantId: t.id,
      memberId: id,
      sessionId,
      partyId: dict("PARTY", p),
      sectorId: dict("SECTOR", s),
      memberTypeId: dict("MEMBER_TYPE", !isDemo && rnd.next() < 0.15 ? "常委" : "委员"),
      specialCommitteeId: isDemo ? dict("SPECIAL_COMMITTEE", "经济委员会") : rnd.next() < 0.85 ? dict("SPECIAL_COMMITTEE", rnd.pick(committees)) : null,
    });
    terms.push(term(current.id, party, sector));
    if (isDemo || rnd.next() < 0.55) terms.push(term(previous.id, party, rnd.next() < 0.8 ? sector : rnd.weighted(demo.OPEN_SECTORS)));
  }
  // Prisma 7's createMany costs ~2 ms a row in one big statement and about half that in chunks of 25 (measured).
  for (let i = 0; i < profiles.length; i += 25) await tx.memberProfile.createMany({ data: profiles.slice(i, i + 25) });
  for (let i = 0; i < terms.length; i += 25) await tx.memberTerm.createMany({ data: terms.slice(i, i + 25) });
  await seedChangeRequests(tx, t, profiles);
}

/** A few requests for the review screen (never for the `member` demo account: its e2e submits its own). */
async function seedChangeRequests(tx: Tx, t: Tenant, profiles: { id: string; userId: string | null; workUnitTitle: string; workAddress: string | null }[]) {
  if (t.level !== "CITY") return;
  const [a, b, c] = profiles.slice(2, 5);
  const pending = (p: typeof a, to: string) => ({ field: "workUnitTitle", from: p!.workUnitTitle, to, fromText: p!.workUnitTitle, toText: to });
  await tx.memberChangeRequest.createMany({
    data: [
      { tenantId: t.id, memberId: a!.id, submittedBy: a!.userId!, changes: [pending(a, "大同市人民政府办公室 副主任")] },
      { tenantId: t.id, memberId: b!.id, submittedBy: b!.userId!, changes: [{ field: "workAddress", from: b!.workAddress, to: "大同市平城区文兴路 18 号", fromText: b!.workAddress, toText: "大同市平城区文兴路 18 号" }] },
      {
        tenantId: t.id, memberId: c!.id, submittedBy: c!.userId!, status: "REJECTED", reviewerName: "王晓东", reviewedAt: new Date(Date.UTC(2026, 9, 12)),
        rejectReason: "新单位尚未任命，请任命文件下达后再提交", changes: [pending(c, "大同市商务局 局长")],
      },
    ],
  });
}

/** One login for a 承办单位 and one for a 集体用户 in the city, linked to their units. */
async function seedUnitAccounts(db: PrismaClient, city: Tenant): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const link: [string, string, Role, "handlingUnit" | "collectiveSubmitter", string][] = [
    ["dt.fgw", "大同市发展和改革委员会", "HANDLING_UNIT", "handlingUnit", "大同市发展和改革委员会"],
    ["dt.minmeng", "民盟大同市委员会", "COLLECTIVE", "collectiveSubmitter", "民盟大同市委员会"],
  ];
  await db.$transaction(async (tx) => {
    await scopeTo(tx, city.id);
    for (const [username, displayName, role, table, unit] of link) {
      const user = await tx.user.create({ data: { username, displayName, passwordHash } });
      await tx.tenantMembership.create({ data: { tenantId: city.id, userId: user.id, roles: [role] } });
      await (tx[table] as Tx["handlingUnit"]).update({ where: { tenantId_name: { tenantId: city.id, name: unit } }, data: { userId: user.id } });
    }
  });
  return [
    { username: "dt.fgw", role: "承办单位（大同市发展和改革委员会）", tenant: city.name },
    { username: "dt.minmeng", role: "集体用户（民盟大同市委员会）", tenant: city.name },
  ];
}
