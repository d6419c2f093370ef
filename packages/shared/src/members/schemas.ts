import { z } from "zod";
import { CHANGE_REQUEST_STATUSES, DICT_KINDS, GENDERS, MEMBER_SORT_FIELDS, ORG_UNIT_KINDS, SORT_DIRECTIONS } from "./enums";
import { MOBILE_PATTERN } from "./phone";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date as YYYY-MM-DD that really exists (no 2月30日). */
export const isoDate = (label: string) =>
  z
    .string({ error: `请输入${label}` })
    .trim()
    .regex(DATE, `${label}格式应为 YYYY-MM-DD`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${label}不是有效日期`);

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** "" and whitespace become null: an optional text the user cleared. */
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .nullish()
    .transform((s) => (s ? s : null));
const requiredText = (label: string, max: number, verb = "请输入") =>
  z.string({ error: `${verb}${label}` }).trim().min(1, `${verb}${label}`).max(max, `${label}最多 ${max} 个字符`);
const id = (label: string) => z.uuid({ error: `请选择${label}` });
const optionalId = (label: string) => z.uuid({ error: `无效的${label}` }).nullish().transform((s) => s ?? null);

export const mobileSchema = z.string({ error: "请输入手机号码" }).trim().regex(MOBILE_PATTERN, "手机号码应为 11 位大陆手机号");
export const birthDateSchema = isoDate("出生日期")
  .refine((s) => s >= "1900-01-01", "出生日期不能早于 1900 年")
  .refine((s) => s <= todayIso(), "出生日期不能晚于今天");

/** The profile fields of REQUIREMENTS §3 that live on the profile (界别 and 党派 live on the term). */
export const memberProfileFields = z.object({
  name: requiredText("姓名", 50),
  formerName: optionalText("曾用名", 50),
  gender: z.enum(GENDERS, { error: "请选择性别" }),
  birthDate: birthDateSchema,
  ethnicGroupId: id("民族"),
  nativePlace: optionalText("籍贯", 50),
  educationId: id("学历"),
  workUnitTitle: requiredText("工作单位职务", 100),
  workAddress: optionalText("单位联系地址", 200),
  mobile: mobileSchema,
});
export type MemberProfileFields = z.infer<typeof memberProfileFields>;
export type MemberProfileField = keyof MemberProfileFields;
export const MEMBER_PROFILE_FIELDS = Object.keys(memberProfileFields.shape) as MemberProfileField[];

export const memberTermInput = z.object({
  sessionId: id("届次"),
  sectorId: id("界别"),
  partyId: id("党派"),
  memberTypeId: id("委员类型"),
  specialCommitteeId: optionalId("专委会"),
});
export type MemberTermInput = z.infer<typeof memberTermInput>;

const usernameLink = z.string().trim().max(64, "用户名过长").nullish().transform((s) => (s ? s : null));

export const createMemberInput = memberProfileFields.extend({
  username: usernameLink,
  term: memberTermInput.nullish(),
});

/** Staff edit: a field left out stays as it is; null clears an optional field. */
export const updateMemberInput = memberProfileFields.partial().extend({ username: usernameLink.optional() });

/** A member's own edit: the fields to change (anything left out stays). At least one must differ. */
export const memberSelfEditInput = memberProfileFields.partial();

export const rejectChangeRequestInput = z.object({
  reason: requiredText("驳回理由", 500, "请填写"),
});

const idList = (label: string) => z.array(z.uuid({ error: `无效的${label}` })).max(100, `${label}最多选择 100 项`).nullish();
export const memberFilterInput = z.object({
  sessionId: z.uuid({ error: "无效的届次" }).nullish(),
  sectorIds: idList("界别"),
  partyIds: idList("党派"),
  specialCommitteeIds: idList("专委会"),
  memberTypeIds: idList("委员类型"),
  ethnicGroupIds: idList("民族"),
  educationIds: idList("学历"),
  gender: z.enum(GENDERS).nullish(),
  name: z.string().trim().max(50, "姓名最多 50 个字符").nullish(),
  workUnit: z.string().trim().max(100, "工作单位最多 100 个字符").nullish(),
  nativePlace: z.string().trim().max(50, "籍贯最多 50 个字符").nullish(),
  hasAccount: z.boolean().nullish(),
});
export type MemberFilterInput = z.infer<typeof memberFilterInput>;
export const memberSortInput = z.object({
  field: z.enum(MEMBER_SORT_FIELDS, { error: "不支持的排序字段" }),
  direction: z.enum(SORT_DIRECTIONS, { error: "无效的排序方向" }),
});

export const changeRequestStatusSchema = z.enum(CHANGE_REQUEST_STATUSES, { error: "无效的审核状态" });

// ── organisation: sessions, meetings, dictionaries, units ─────────────────────────────────────

const year = (label: string) => z.number({ error: `请输入${label}` }).int(`${label}应为整数`).min(1949, `${label}不能早于 1949 年`).max(2100, `${label}不能晚于 2100 年`);

export const committeeSessionInput = z
  .object({
    name: requiredText("届次名称", 30),
    number: z.number({ error: "请输入届次序号" }).int("届次序号应为整数").min(1, "届次序号应为 1—99").max(99, "届次序号应为 1—99"),
    startYear: year("开始年份"),
    endYear: year("结束年份"),
    isCurrent: z.boolean().nullish().transform((b) => b ?? false),
  })
  .refine((s) => s.endYear >= s.startYear, { message: "结束年份不能早于开始年份", path: ["endYear"] });

export const sessionMeetingInput = z
  .object({
    sessionId: id("届次"),
    number: z.number({ error: "请输入会议序号" }).int("会议序号应为整数").min(1, "会议序号应为 1—20").max(20, "会议序号应为 1—20"),
    name: requiredText("会议名称", 50),
    year: year("会议年份"),
    startDate: isoDate("开始日期").nullish().transform((s) => s ?? null),
    endDate: isoDate("结束日期").nullish().transform((s) => s ?? null),
  })
  .refine((m) => !m.startDate || !m.endDate || m.endDate >= m.startDate, { message: "结束日期不能早于开始日期", path: ["endDate"] });

const sortOrderNumber = z.number({ error: "排序应为整数" }).int("排序应为整数").min(0, "排序不能为负").max(100000, "排序过大");

export const dictKindSchema = z.enum(DICT_KINDS, { error: "无效的字典类别" });
export const dictItemInput = z.object({
  kind: dictKindSchema,
  name: requiredText("名称", 50),
  code: optionalText("编码", 30),
  sortOrder: sortOrderNumber.nullish().transform((n) => n ?? 0),
});
export const updateDictItemInput = z.object({
  name: requiredText("名称", 50).optional(),
  code: optionalText("编码", 30).optional(),
  sortOrder: sortOrderNumber.optional(),
  disabled: z.boolean().optional(),
});

export const contactPhoneSchema = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, "联系电话格式不正确")
  .nullish()
  .or(z.literal(""))
  .transform((s) => (s ? s : null));
export const orgUnitKindSchema = z.enum(ORG_UNIT_KINDS, { error: "无效的单位类别" });
export const orgUnitInput = z.object({
  name: requiredText("单位名称", 100),
  shortName: optionalText("简称", 50),
  contactPerson: optionalText("联系人", 30),
  contactPhone: contactPhoneSchema,
  address: optionalText("地址", 200),
  sortOrder: sortOrderNumber.nullish().transform((n) => n ?? 0),
  username: usernameLink,
});
export const updateOrgUnitInput = orgUnitInput.partial().extend({ disabled: z.boolean().optional() });
