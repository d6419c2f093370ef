import type { MemberProfileField } from "./schemas";

/** Chinese labels of every member field (profile and term), as REQUIREMENTS §3 names them. */
export const MEMBER_FIELD_LABELS = {
  name: "姓名",
  username: "用户名",
  workUnitTitle: "工作单位职务",
  gender: "性别",
  birthDate: "出生日期",
  ethnicGroupId: "民族",
  nativePlace: "籍贯",
  educationId: "学历",
  sectorId: "界别",
  partyId: "党派",
  workAddress: "单位联系地址",
  mobile: "手机号码",
  formerName: "曾用名",
  specialCommitteeId: "专委会",
  memberTypeId: "委员类型",
} as const;
export type MemberFieldKey = keyof typeof MEMBER_FIELD_LABELS;

/** Fields a member may change in the portal (through a change request). 界别/党派/专委会 are appointments: staff only. */
export const SELF_EDITABLE_FIELDS: readonly MemberProfileField[] = [
  "name",
  "formerName",
  "gender",
  "birthDate",
  "ethnicGroupId",
  "nativePlace",
  "educationId",
  "workUnitTitle",
  "workAddress",
  "mobile",
];

/** Columns of the member import template, in order. Dictionary columns take the item's name. */
export const MEMBER_IMPORT_COLUMNS = [
  { key: "name", header: "姓名", required: true },
  { key: "gender", header: "性别", required: true },
  { key: "birthDate", header: "出生日期", required: true },
  { key: "ethnicGroup", header: "民族", required: true },
  { key: "nativePlace", header: "籍贯", required: false },
  { key: "education", header: "学历", required: true },
  { key: "workUnitTitle", header: "工作单位职务", required: true },
  { key: "workAddress", header: "单位联系地址", required: false },
  { key: "mobile", header: "手机号码", required: true },
  { key: "formerName", header: "曾用名", required: false },
  { key: "sector", header: "界别", required: true },
  { key: "party", header: "党派", required: true },
  { key: "specialCommittee", header: "专委会", required: false },
  { key: "memberType", header: "委员类型", required: true },
  { key: "username", header: "用户名", required: false },
] as const;
export type MemberImportColumnKey = (typeof MEMBER_IMPORT_COLUMNS)[number]["key"];

/** Columns of the import template for a dictionary list and for 承办单位 / 集体用户. */
export const DICT_IMPORT_COLUMNS = [
  { key: "name", header: "名称", required: true },
  { key: "code", header: "编码", required: false },
  { key: "sortOrder", header: "排序", required: false },
] as const;
export const ORG_UNIT_IMPORT_COLUMNS = [
  { key: "name", header: "单位名称", required: true },
  { key: "shortName", header: "简称", required: false },
  { key: "contactPerson", header: "联系人", required: false },
  { key: "contactPhone", header: "联系电话", required: false },
  { key: "address", header: "地址", required: false },
] as const;

/** Largest import file accepted (decoded bytes) and most data rows. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;
