import type { MemberFilterInput } from "@zhzx/shared";
import type { Prisma } from "../../generated/prisma/client";
import { parseNameSearch } from "./pinyin";
import { likeLiteral } from "../../core/like";

const has = (xs: string[] | null | undefined): xs is string[] => !!xs && xs.length > 0;

/**
 * Filter → Prisma where. Term conditions (界别, 党派, 专委会, 委员类型) sit in one `some`, so they must
 * hold for the same term — the one in the chosen session, or any term when no session is given.
 */
export function memberWhere(tenantId: string, f: MemberFilterInput | null | undefined): Prisma.MemberProfileWhereInput {
  const and: Prisma.MemberProfileWhereInput[] = [{ tenantId }];
  if (!f) return and[0]!;
  const term: Prisma.MemberTermWhereInput = {
    ...(f.sessionId ? { sessionId: f.sessionId } : {}),
    ...(has(f.sectorIds) ? { sectorId: { in: f.sectorIds } } : {}),
    ...(has(f.partyIds) ? { partyId: { in: f.partyIds } } : {}),
    ...(has(f.specialCommitteeIds) ? { specialCommitteeId: { in: f.specialCommitteeIds } } : {}),
    ...(has(f.memberTypeIds) ? { memberTypeId: { in: f.memberTypeIds } } : {}),
  };
  if (Object.keys(term).length) and.push({ terms: { some: term } });
  if (has(f.ethnicGroupIds)) and.push({ ethnicGroupId: { in: f.ethnicGroupIds } });
  if (has(f.educationIds)) and.push({ educationId: { in: f.educationIds } });
  if (f.gender) and.push({ gender: f.gender });
  if (f.workUnit) and.push({ workUnitTitle: { contains: likeLiteral(f.workUnit) } });
  if (f.nativePlace) and.push({ nativePlace: { contains: likeLiteral(f.nativePlace) } });
  if (f.hasAccount === true) and.push({ userId: { not: null } });
  if (f.hasAccount === false) and.push({ userId: null });
  const name = f.name ? parseNameSearch(f.name) : null;
  if (name && "pinyin" in name) {
    // Initials by prefix (zhq → 张华强), full pinyin anywhere (huaqiang, zhanghua).
    and.push({ OR: [{ nameInitials: { startsWith: likeLiteral(name.pinyin) } }, { namePinyin: { contains: likeLiteral(name.pinyin) } }] });
  } else if (name) {
    // Substring covers the exact name too; 曾用名 counts as a name.
    and.push({ OR: [{ name: { contains: likeLiteral(name.text) } }, { formerName: { contains: likeLiteral(name.text) } }] });
  }
  return { AND: and };
}

const COLUMN = { NAME: "namePinyin", BIRTH_DATE: "birthDate", CREATED_AT: "createdAt", UPDATED_AT: "updatedAt" } as const;

/** Only whitelisted columns; the id breaks ties so pages never overlap. */
export function memberOrderBy(sort: { field: keyof typeof COLUMN; direction: "ASC" | "DESC" } | null | undefined): Prisma.MemberProfileOrderByWithRelationInput[] {
  const dir = sort?.direction === "DESC" ? "desc" : "asc";
  const col = COLUMN[sort?.field ?? "NAME"];
  return [{ [col]: dir }, ...(col === "namePinyin" ? [{ name: dir } as const] : []), { id: "asc" }];
}
