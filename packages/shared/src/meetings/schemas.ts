import { z } from "zod";
import { isoDate } from "../members/schemas";
import {
  CHECK_IN_CODE_DEFAULT_MINUTES,
  CHECK_IN_CODE_MAX_MINUTES,
  MEETING_ATTENDANCES,
  MEETING_CATEGORIES,
  MEETING_MEMBER_STAT_SORTS,
  MEETING_STATUSES,
  PHOTO_STORY_STATUSES,
} from "./enums";

const requiredText = (label: string, max: number, verb = "请输入") =>
  z.string({ error: `${verb}${label}` }).trim().min(1, `${verb}${label}`).max(max, `${label}最多 ${max} 个字符`);
/** "" and whitespace become null: an optional text the user cleared. */
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .nullish()
    .transform((s) => (s ? s : null));
const id = (label: string) => z.uuid({ error: `请选择${label}` });
const ids = (label: string, max: number) =>
  z
    .array(z.uuid({ error: `无效的${label}` }), { error: `无效的${label}` })
    .max(max, `${label}最多选择 ${max} 项`)
    .nullish()
    .transform((xs) => [...new Set(xs ?? [])]);
const dateTime = (label: string) => z.date({ error: `请选择${label}` }).refine((d) => !Number.isNaN(d.getTime()), `${label}无效`);

export const meetingCategorySchema = z.enum(MEETING_CATEGORIES, { error: "请选择会议或活动" });

export const meetingKindInput = z.object({
  category: meetingCategorySchema,
  name: requiredText("类型名称", 30),
  sortOrder: z.number().int("排序须为整数").min(0, "排序须为 0—9999").max(9999, "排序须为 0—9999").nullish().transform((n) => n ?? 0),
});
export const updateMeetingKindInput = z.object({
  name: requiredText("类型名称", 30).optional(),
  sortOrder: z.number().int("排序须为整数").min(0, "排序须为 0—9999").max(9999, "排序须为 0—9999").optional(),
  disabled: z.boolean().optional(),
});

/** Who is invited: the union of everything chosen (a member matched twice is invited once). */
export const meetingInviteesInput = z.object({
  allOfSession: z.boolean().nullish().transform((b) => b ?? false),
  sectorIds: ids("界别", 100),
  partyIds: ids("党派", 100),
  specialCommitteeIds: ids("专委会", 100),
  memberIds: ids("委员", 3000),
});
export type MeetingInvitees = z.infer<typeof meetingInviteesInput>;
export const noInvitees = (i: MeetingInvitees) =>
  !i.allOfSession && !i.sectorIds.length && !i.partyIds.length && !i.specialCommitteeIds.length && !i.memberIds.length;

/** 列席人员: not members, listed by name, unit and role. */
export const meetingGuestInput = z.object({
  name: requiredText("列席人员姓名", 30),
  unit: optionalText("列席人员单位", 100),
  role: optionalText("列席人员职务或身份", 50),
});

const meetingFields = {
  kindId: id("类型"),
  sessionId: id("届次"),
  title: requiredText("标题", 100),
  startsAt: dateTime("开始时间"),
  endsAt: dateTime("结束时间"),
  place: requiredText("地点", 100),
  agenda: optionalText("议程", 10000),
  organiser: optionalText("组织单位", 100),
  invitees: meetingInviteesInput,
  guests: z.array(meetingGuestInput).max(300, "列席人员最多 300 人"),
};
const timesInOrder = (m: { startsAt?: Date; endsAt?: Date }) => !m.startsAt || !m.endsAt || m.endsAt.getTime() >= m.startsAt.getTime();
const TIMES = { message: "结束时间不能早于开始时间", path: ["endsAt"] };

export const meetingInput = z
  .object({ ...meetingFields, invitees: meetingInviteesInput.nullish().transform((i) => i ?? meetingInviteesInput.parse({})), guests: meetingFields.guests.nullish().transform((g) => g ?? []) })
  .refine(timesInOrder, TIMES);
export type MeetingInputData = z.infer<typeof meetingInput>;

/** Partial: fields left out stay; `invitees` and `guests`, when given, replace the whole list. */
export const updateMeetingInput = z.object(meetingFields).partial().refine(timesInOrder, TIMES);
export type UpdateMeetingData = z.infer<typeof updateMeetingInput>;

export const meetingListFilter = z
  .object({
    category: meetingCategorySchema.nullish(),
    kindIds: ids("类型", 50),
    sessionId: z.uuid({ error: "无效的届次" }).nullish(),
    statuses: z.array(z.enum(MEETING_STATUSES, { error: "无效的状态" })).max(4).nullish(),
    from: isoDate("起始日期").nullish(),
    to: isoDate("截止日期").nullish(),
    search: optionalText("关键词", 50),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "起始日期不能晚于截止日期", path: ["to"] });

export const meetingStatisticsFilter = z
  .object({
    category: meetingCategorySchema.nullish(),
    kindIds: ids("类型", 50),
    sessionId: z.uuid({ error: "无效的届次" }).nullish(),
    from: isoDate("起始日期").nullish(),
    to: isoDate("截止日期").nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "起始日期不能晚于截止日期", path: ["to"] });
export const meetingMemberStatSort = z.enum(MEETING_MEMBER_STAT_SORTS, { error: "无效的排序" });

/** 回执: attend, or ask for leave with a reason. */
export const meetingReplyInput = z
  .object({
    reply: z.enum(["ATTEND", "LEAVE"], { error: "请选择参加或请假" }),
    leaveReason: optionalText("请假事由", 500),
  })
  .refine((r) => r.reply !== "LEAVE" || !!r.leaveReason, { message: "请填写请假事由", path: ["leaveReason"] });

export const leaveReviewInput = z.object({ approve: z.boolean({ error: "请选择是否准假" }), note: optionalText("审批意见", 200) });

export const attendanceEntriesInput = z
  .array(z.object({ memberId: z.uuid({ error: "无效的委员" }), attendance: z.enum(MEETING_ATTENDANCES, { error: "无效的出勤状态" }).nullable() }))
  .min(1, "请至少选择一名委员")
  .max(3000, "一次最多登记 3000 人")
  .refine((xs) => new Set(xs.map((x) => x.memberId)).size === xs.length, "同一委员不能重复登记");

export const checkInCodeMinutes = z
  .number()
  .int("有效期须为整数分钟")
  .min(1, `有效期须为 1—${CHECK_IN_CODE_MAX_MINUTES} 分钟`)
  .max(CHECK_IN_CODE_MAX_MINUTES, `有效期须为 1—${CHECK_IN_CODE_MAX_MINUTES} 分钟`)
  .nullish()
  .transform((n) => n ?? CHECK_IN_CODE_DEFAULT_MINUTES);
export const checkInCodeInput = z.string({ error: "请扫描签到二维码" }).trim().min(1, "请扫描签到二维码").max(400, "签到码无效");

export const meetingSpeechInput = z.object({ title: requiredText("发言题目", 100), content: requiredText("发言内容", 20000) });
export const meetingSpeechReviewInput = z.object({
  action: z.enum(["select", "reject", "deliver", "undeliver"], { error: "无效的操作" }),
  note: optionalText("审核意见", 500),
});

export const meetingDocumentInput = z.object({ title: requiredText("文件标题", 100), body: requiredText("文件内容", 50000) });
export const meetingDocumentUpdate = z.object({ title: requiredText("文件标题", 100).optional(), body: optionalText("文件内容", 50000).optional() });
export const meetingDocumentFileMeta = z.object({ title: requiredText("文件标题", 100), fileName: requiredText("文件名", 200) });

export const photoStoryInput = z.object({
  title: requiredText("标题", 100),
  body: requiredText("正文", 20000),
  meetingId: z.uuid({ error: "无效的活动" }).nullish().transform((s) => s ?? null),
});
export const updatePhotoStoryInput = photoStoryInput.partial();
export const photoStoryStatusSchema = z.enum(PHOTO_STORY_STATUSES);
export const photoStoryImageCaption = optionalText("图片说明", 100);
