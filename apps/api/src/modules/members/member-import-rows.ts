import { GENDER_LABELS, GENDERS, MEMBER_IMPORT_COLUMNS, memberProfileFields, memberTermInput, type DictKind, type MemberImportColumnKey } from "@zhzx/shared";
import { zodRowErrors } from "../organisation/import-rows";
import type { RowError } from "../organisation/xlsx";

export type ImportValues = Record<MemberImportColumnKey, string>;
type DictLookup = Map<DictKind, Map<string, string>>;
const header = (key: MemberImportColumnKey) => MEMBER_IMPORT_COLUMNS.find((c) => c.key === key)!.header;

/** 1975/3/2, 1975.03.02, 1975年3月2日 → 1975-03-02; anything else is left for the date check to refuse. */
export function normaliseDate(s: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : s.trim();
}

const DICT_COLUMNS: { key: MemberImportColumnKey; kind: DictKind; field: string; required: boolean }[] = [
  { key: "ethnicGroup", kind: "ETHNIC_GROUP", field: "ethnicGroupId", required: true },
  { key: "education", kind: "EDUCATION", field: "educationId", required: true },
  { key: "sector", kind: "SECTOR", field: "sectorId", required: true },
  { key: "party", kind: "PARTY", field: "partyId", required: true },
  { key: "specialCommittee", kind: "SPECIAL_COMMITTEE", field: "specialCommitteeId", required: false },
  { key: "memberType", kind: "MEMBER_TYPE", field: "memberTypeId", required: true },
];
const FIELD_TO_COLUMN: Record<string, MemberImportColumnKey> = Object.fromEntries(DICT_COLUMNS.map((d) => [d.field, d.key]));

/**
 * Checks one row on its own (formats, required cells, dictionary names) and returns either the
 * profile + term to write or every problem of the row, each naming its column.
 */
export function checkRow(row: number, v: ImportValues, dicts: DictLookup, sessionId: string) {
  const errors: RowError[] = [];
  const ids: Record<string, string | null> = {};
  for (const d of DICT_COLUMNS) {
    const text = v[d.key];
    ids[d.field] = null;
    if (!text) {
      if (d.required) errors.push({ row, column: header(d.key), field: d.key, message: `请填写${header(d.key)}` });
      continue;
    }
    const id = dicts.get(d.kind)?.get(text) ?? dicts.get(d.kind)?.get(text.toLowerCase());
    if (id) ids[d.field] = id;
    else errors.push({ row, column: header(d.key), field: d.key, message: `${header(d.key)}“${text}”不存在，请从下拉列表中选择` });
  }
  const gender = GENDERS.find((g) => GENDER_LABELS[g] === v.gender);
  if (!gender) errors.push({ row, column: "性别", field: "gender", message: v.gender ? "性别应为“男”或“女”" : "请填写性别" });
  const profile = memberProfileFields.safeParse({
    name: v.name,
    formerName: v.formerName,
    gender: gender ?? "MALE",
    birthDate: normaliseDate(v.birthDate),
    ethnicGroupId: ids.ethnicGroupId ?? "00000000-0000-4000-8000-000000000000",
    nativePlace: v.nativePlace,
    educationId: ids.educationId ?? "00000000-0000-4000-8000-000000000000",
    workUnitTitle: v.workUnitTitle,
    workAddress: v.workAddress,
    mobile: v.mobile.replace(/[\s-]/g, ""),
  });
  if (!profile.success) errors.push(...zodRowErrors(row, profile.error, MEMBER_IMPORT_COLUMNS, FIELD_TO_COLUMN));
  const term = memberTermInput.safeParse({ sessionId, sectorId: ids.sectorId, partyId: ids.partyId, memberTypeId: ids.memberTypeId, specialCommitteeId: ids.specialCommitteeId });
  if (errors.length || !profile.success || !term.success) return { errors };
  return { errors, profile: profile.data, term: term.data, username: v.username || null };
}
