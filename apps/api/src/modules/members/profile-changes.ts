import { GENDER_LABELS, maskMobile, MEMBER_FIELD_LABELS, MEMBER_PROFILE_FIELDS, type Gender, type MemberProfileField, type MemberProfileFields } from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import { openMobile, sealMobile } from "./member-pii";
import { nameSearchColumns } from "./pinyin";

/** One field's old → new value; the raw value (ids, YYYY-MM-DD) plus the text a person reads. */
export interface FieldChange {
  field: MemberProfileField;
  from: string | null;
  to: string | null;
  fromText: string | null;
  toText: string | null;
}

type ProfileRow = { [K in Exclude<MemberProfileField, "birthDate">]: string | null } & { birthDate: Date };

/** A profile field as a comparable string (mobile in its stored form). */
export function storedValue(row: ProfileRow, field: MemberProfileField): string | null {
  if (field === "birthDate") return row.birthDate.toISOString().slice(0, 10);
  return (row[field] as string | null) ?? null;
}

/** The fields of `patch` whose value differs from the row (undefined = not given = unchanged). */
export function diffProfile(row: ProfileRow, patch: Partial<MemberProfileFields>): { field: MemberProfileField; from: string | null; to: string | null }[] {
  const out: { field: MemberProfileField; from: string | null; to: string | null }[] = [];
  for (const field of MEMBER_PROFILE_FIELDS) {
    const next = patch[field];
    if (next === undefined) continue;
    const from = storedValue(row, field);
    const to = field === "mobile" ? sealMobile(next as string) : ((next as string | null) ?? null);
    const same = field === "mobile" ? from !== null && openMobile(from) === next : from === to;
    if (!same) out.push({ field, from, to });
  }
  return out;
}

/** Column values for the changes: birth date as a date, name with its pinyin columns. */
export function updateDataFor(changes: { field: MemberProfileField; to: string | null }[]) {
  const data: Record<string, unknown> = {};
  for (const c of changes) {
    if (c.field === "birthDate") data.birthDate = new Date(`${c.to}T00:00:00Z`);
    else if (c.field === "name") Object.assign(data, { name: c.to, ...nameSearchColumns(c.to!) });
    else data[c.field] = c.to;
  }
  return data;
}

/** Adds readable texts: dictionary names, 男/女, and the mobile masked where `maskMobiles` says so. */
export async function describeChanges(
  db: Tx,
  tenantId: string,
  changes: { field: MemberProfileField; from: string | null; to: string | null }[],
  maskMobiles: { from: boolean; to: boolean },
): Promise<FieldChange[]> {
  const ids = changes.filter((c) => c.field === "ethnicGroupId" || c.field === "educationId").flatMap((c) => [c.from, c.to]).filter((x): x is string => !!x);
  const names = new Map((ids.length ? await db.dictItem.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, name: true } }) : []).map((d) => [d.id, d.name]));
  const text = (field: MemberProfileField, v: string | null, mask: boolean): string | null => {
    if (v === null) return null;
    if (field === "ethnicGroupId" || field === "educationId") return names.get(v) ?? "（已删除）";
    if (field === "gender") return GENDER_LABELS[v as Gender] ?? v;
    if (field === "mobile") return mask ? maskMobile(openMobile(v)) : openMobile(v);
    return v;
  };
  return changes.map((c) => ({ ...c, fromText: text(c.field, c.from, maskMobiles.from), toText: text(c.field, c.to, maskMobiles.to) }));
}

/** For the audit log: field names and readable values, never a full phone number. */
export const auditChanges = (changes: FieldChange[]) =>
  changes.map((c) => ({ field: c.field, label: MEMBER_FIELD_LABELS[c.field], from: c.field === "mobile" ? maskMobile(c.fromText) : c.fromText, to: c.field === "mobile" ? maskMobile(c.toText) : c.toText }));

