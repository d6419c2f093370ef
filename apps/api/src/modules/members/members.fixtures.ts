/**
 * Test-only builders for the members and organisation tables (owner connection, no actor): each test
 * builds exactly the data it asserts on. Not imported by application code.
 */
import { writeMobile } from "./member-pii";
import { randomUUID } from "node:crypto";
import type { DictKind, Gender } from "@zhzx/shared";
import { owner } from "../../../test/support/db";
import { nameSearchColumns } from "./pinyin";

export type Dicts = Record<DictKind, { id: string; name: string }[]>;

const LISTS: Record<DictKind, string[]> = {
  SECTOR: ["中国共产党", "经济界", "教育界"],
  PARTY: ["中国共产党", "中国民主同盟", "无党派人士"],
  SPECIAL_COMMITTEE: ["提案委员会", "经济委员会"],
  ETHNIC_GROUP: ["汉族", "回族"],
  EDUCATION: ["研究生", "本科", "大专"],
  MEMBER_TYPE: ["常委", "委员"],
  DEPARTMENT: ["办公室"],
};

/** `suffix` lets one tenant hold several sets (the tenant matrix builds many rows in one tenant). */
export async function createDicts(tenantId: string, suffix = ""): Promise<Dicts> {
  const out = {} as Dicts;
  for (const [kind, names] of Object.entries(LISTS) as [DictKind, string[]][]) {
    out[kind] = [];
    for (const [i, name] of names.entries()) {
      const d = await owner.dictItem.create({ data: { tenantId, kind, name: name + suffix, sortOrder: i, code: kind === "PARTY" && i === 0 ? "中共" : null } });
      out[kind].push({ id: d.id, name: d.name });
    }
  }
  return out;
}

let sessionCounter = 50;
/** Session numbers unique within a test process (the tenant matrix puts many sessions in one tenant). */
export const nextSessionNumber = () => ++sessionCounter;
export async function createSession(tenantId: string, opts: { number?: number; isCurrent?: boolean } = {}) {
  const number = opts.number ?? nextSessionNumber();
  return owner.committeeSession.create({ data: { tenantId, name: `第${number}届`, number, startYear: 2000 + number, endYear: 2004 + number, isCurrent: opts.isCurrent ?? false } });
}

export interface MemberSpec {
  name: string;
  gender?: Gender;
  birthDate?: string;
  mobile?: string;
  userId?: string | null;
  ethnic?: number;
  education?: number;
  workUnitTitle?: string;
  /** Terms: session id plus indexes into the dictionaries. */
  terms?: { sessionId: string; sector?: number; party?: number; memberType?: number; committee?: number | null }[];
}

let phone = 0;
export async function createMember(tenantId: string, dicts: Dicts, spec: MemberSpec) {
  const id = randomUUID();
  await owner.memberProfile.create({
    data: {
      tenantId,
      id,
      userId: spec.userId ?? null,
      name: spec.name,
      ...nameSearchColumns(spec.name),
      gender: spec.gender ?? "MALE",
      birthDate: new Date(`${spec.birthDate ?? "1970-01-01"}T00:00:00Z`),
      ethnicGroupId: dicts.ETHNIC_GROUP[spec.ethnic ?? 0]!.id,
      educationId: dicts.EDUCATION[spec.education ?? 0]!.id,
      workUnitTitle: spec.workUnitTitle ?? "大同市某单位 主任",
      mobile: writeMobile(spec.mobile ?? `139${String(10000000 + ++phone).slice(-8)}`),
    },
  });
  for (const t of spec.terms ?? []) {
    await owner.memberTerm.create({
      data: {
        tenantId,
        memberId: id,
        sessionId: t.sessionId,
        sectorId: dicts.SECTOR[t.sector ?? 0]!.id,
        partyId: dicts.PARTY[t.party ?? 0]!.id,
        memberTypeId: dicts.MEMBER_TYPE[t.memberType ?? 1]!.id,
        specialCommitteeId: t.committee === null || t.committee === undefined ? null : dicts.SPECIAL_COMMITTEE[t.committee]!.id,
      },
    });
  }
  return id;
}

/** An .xlsx as base64, built with exceljs like a user's spreadsheet: first row headers, then data rows. */
export async function xlsxBase64(headers: string[], rows: unknown[][]): Promise<string> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

export async function readXlsx(base64: string) {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as any);
  return wb;
}
