/** Enums of the members module (委员信息管理); the API registers them as GraphQL enums, the SPAs read the labels. */

export const GENDERS = ["MALE", "FEMALE"] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

/** The simple per-tenant lists kept in one dictionary table (承办单位 and 集体用户 have their own tables). */
export const DICT_KINDS = ["SECTOR", "PARTY", "SPECIAL_COMMITTEE", "ETHNIC_GROUP", "EDUCATION", "MEMBER_TYPE", "DEPARTMENT"] as const;
export type DictKind = (typeof DICT_KINDS)[number];
export const DICT_KIND_LABELS: Record<DictKind, string> = {
  SECTOR: "界别",
  PARTY: "党派",
  SPECIAL_COMMITTEE: "专委会",
  ETHNIC_GROUP: "民族",
  EDUCATION: "学历",
  MEMBER_TYPE: "委员类型",
  DEPARTMENT: "机关部门",
};

/** Bodies that own a login of their own: 承办单位 answer proposals, 集体用户 submit them. */
export const ORG_UNIT_KINDS = ["HANDLING_UNIT", "COLLECTIVE"] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];
export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = { HANDLING_UNIT: "承办单位", COLLECTIVE: "集体用户" };

export const CHANGE_REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED", "CANCELLED"] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];
export const CHANGE_REQUEST_STATUS_LABELS: Record<ChangeRequestStatus, string> = {
  PENDING: "待审核",
  APPROVED: "已通过",
  REJECTED: "已驳回",
  CANCELLED: "已撤回",
};

/** Whitelisted sort keys of the member query (NAME sorts by pinyin: the Chinese way). */
export const MEMBER_SORT_FIELDS = ["NAME", "BIRTH_DATE", "CREATED_AT", "UPDATED_AT"] as const;
export type MemberSortField = (typeof MEMBER_SORT_FIELDS)[number];
export const SORT_DIRECTIONS = ["ASC", "DESC"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Age bands of the 届内委员统计 (inclusive bounds, age in whole years at the reference date). */
export const AGE_BANDS = [
  { key: "UNDER_36", label: "35岁及以下", min: 0, max: 35 },
  { key: "36_45", label: "36—45岁", min: 36, max: 45 },
  { key: "46_55", label: "46—55岁", min: 46, max: 55 },
  { key: "56_60", label: "56—60岁", min: 56, max: 60 },
  { key: "OVER_60", label: "61岁及以上", min: 61, max: 200 },
] as const;

export function ageBandOf(age: number): (typeof AGE_BANDS)[number]["key"] {
  return (AGE_BANDS.find((b) => age >= b.min && age <= b.max) ?? AGE_BANDS[AGE_BANDS.length - 1]!).key;
}

/** Whole years between a YYYY-MM-DD birth date and a YYYY-MM-DD reference date. */
export function ageAt(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ry, rm, rd] = asOf.split("-").map(Number) as [number, number, number];
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}
