import { z } from "zod";
import { SORT_DIRECTIONS } from "../members/enums";
import { isoDate } from "../members/schemas";
import { NOT_FILED_DESTINATIONS, PROPOSAL_STATES, REPLY_RESULTS } from "./machine";
import { PROPOSAL_LISTS, PROPOSAL_SORT_FIELDS, PROPOSAL_REQUEST_KINDS, PROPOSAL_SATISFACTIONS, PROPOSAL_SUBMITTER_TYPES, PROPOSAL_ATTACHMENT_KINDS } from "./enums";

const requiredText = (label: string, max: number, verb = "请输入") =>
  z.string({ error: `${verb}${label}` }).trim().min(1, `${verb}${label}`).max(max, `${label}最多 ${max} 个字符`);
const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}最多 ${max} 个字符`).nullish().transform((s) => (s ? s : null));
const id = (label: string) => z.uuid({ error: `请选择${label}` });
const optionalId = (label: string) => z.uuid({ error: `无效的${label}` }).nullish().transform((s) => s ?? null);
const version = z.number({ error: "缺少版本号" }).int("版本号应为整数").min(0, "版本号无效");
const comment = optionalText("意见", 1000);

// ── configuration ────────────────────────────────────────────────────────────────────────────
export const proposalCategoryInput = z.object({
  name: requiredText("分类名称", 50),
  parentId: optionalId("上级分类"),
  sortOrder: z.number().int("排序应为整数").min(0, "排序不能为负").max(100000, "排序过大").nullish().transform((n) => n ?? 0),
});
export const updateProposalCategoryInput = proposalCategoryInput.partial();

export const proposalSettingsInput = z.object({
  assignDeadlineMonths: z.number({ error: "请输入办理期限" }).int("办理期限应为整数").min(1, "办理期限应为 1—24 个月").max(24, "办理期限应为 1—24 个月"),
  returnWindowDays: z.number({ error: "请输入退回时限" }).int("退回时限应为整数").min(1, "退回时限应为 1—90 天").max(90, "退回时限应为 1—90 天"),
  reminderDaysBeforeDeadline: z.number({ error: "请输入提前催办天数" }).int("提前催办天数应为整数").min(1, "提前催办天数应为 1—60 天").max(60, "提前催办天数应为 1—60 天"),
});

// ── drafting ─────────────────────────────────────────────────────────────────────────────────
export const PROPOSAL_CONTENT_MAX = 100_000;
const proposalFields = {
  sessionId: id("届次"),
  meetingId: optionalId("会议"),
  categoryId: optionalId("提案分类"),
  title: requiredText("提案标题", 200),
  /** Rich text (HTML); sanitised by the server, which also checks that text remains. */
  content: requiredText("提案内容", PROPOSAL_CONTENT_MAX),
  reasons: optionalText("案由", 5000),
  suggestions: optionalText("办法建议", 20000),
};
/** Members and collectives submit for themselves; the office (补录) names the member or the collective. */
export const createProposalInput = z.object({ ...proposalFields, memberId: optionalId("委员"), collectiveId: optionalId("集体用户") });
export const updateProposalInput = z.object(proposalFields).partial();

const transition = { id: id("提案"), version, comment };
export const proposalTransitionInput = z.object(transition);
export const inviteCosignersInput = z.object({
  ...transition,
  memberIds: z.array(z.uuid({ error: "无效的委员" })).min(1, "请选择联名委员").max(50, "联名委员最多 50 人")
    .refine((xs) => new Set(xs).size === xs.length, "联名委员重复"),
});
export const answerCosignInput = z.object({ proposalId: id("提案"), accept: z.boolean({ error: "请选择确认或拒绝" }), comment });

// ── review and filing ────────────────────────────────────────────────────────────────────────
export const returnProposalInput = z.object({ ...transition, reason: requiredText("退回理由", 1000, "请填写") });
export const declineProposalInput = z.object({
  ...transition,
  destination: z.enum(NOT_FILED_DESTINATIONS, { error: "请选择不予立案的处理方式" }),
  reason: requiredText("不予立案理由", 1000, "请填写"),
});
export const mergeProposalInput = z
  .object({ ...transition, intoId: id("并入的提案"), reason: optionalText("并案说明", 500) })
  .refine((m) => m.id !== m.intoId, { message: "不能并入提案本身", path: ["intoId"] });
export const fileProposalInput = z
  .object({ ...transition, categoryId: optionalId("提案分类"), isKey: z.boolean().nullish().transform((b) => b ?? false), keySupervisor: optionalText("督办领导", 50) })
  .refine((f) => !f.isKey || !!f.keySupervisor, { message: "重点提案请填写督办领导", path: ["keySupervisor"] });
export const setKeyProposalInput = z
  .object({ id: id("提案"), version, isKey: z.boolean(), keySupervisor: optionalText("督办领导", 50) })
  .refine((f) => !f.isKey || !!f.keySupervisor, { message: "重点提案请填写督办领导", path: ["keySupervisor"] });

// ── assignment and handling ──────────────────────────────────────────────────────────────────
export const assignProposalInput = z
  .object({
    ...transition,
    leadUnitId: id("主办单位"),
    coUnitIds: z.array(z.uuid({ error: "无效的协办单位" })).max(20, "协办单位最多 20 个").nullish().transform((xs) => xs ?? []),
    /** Defaults to today + the committee's deadline setting. */
    deadline: isoDate("办理期限").nullish().transform((s) => s ?? null),
  })
  .refine((a) => new Set(a.coUnitIds).size === a.coUnitIds.length, { message: "协办单位重复", path: ["coUnitIds"] })
  .refine((a) => !a.coUnitIds.includes(a.leadUnitId), { message: "主办单位不能同时为协办单位", path: ["coUnitIds"] });

export const assignmentRequestInput = z
  .object({
    assignmentId: id("交办记录"),
    kind: z.enum(PROPOSAL_REQUEST_KINDS, { error: "无效的申请类型" }),
    reason: requiredText("申请理由", 1000, "请填写"),
    requestedDeadline: isoDate("申请延期至").nullish().transform((s) => s ?? null),
  })
  .refine((r) => r.kind !== "EXTENSION" || !!r.requestedDeadline, { message: "请填写申请延期至的日期", path: ["requestedDeadline"] });
export const decideAssignmentRequestInput = z.object({ requestId: id("申请"), approve: z.boolean(), comment });

export const replyProposalInput = z.object({
  ...transition,
  result: z.enum(REPLY_RESULTS, { error: "请选择办理结果（A/B/C）" }),
  content: requiredText("答复内容", PROPOSAL_CONTENT_MAX),
});
export const coReplyInput = z.object({ assignmentId: id("交办记录"), content: requiredText("协办意见", PROPOSAL_CONTENT_MAX) });

export const rateProposalInput = z
  .object({ ...transition, satisfaction: z.enum(PROPOSAL_SATISFACTIONS, { error: "请选择满意度" }) })
  .refine((r) => r.satisfaction !== "DISSATISFIED" || !!r.comment, { message: "不满意时请填写意见", path: ["comment"] });
export const rehandleProposalInput = z.object({ ...transition, deadline: isoDate("新的办理期限").nullish().transform((s) => s ?? null) });

// ── attachments ──────────────────────────────────────────────────────────────────────────────
export const uploadAttachmentInput = z.object({
  proposalId: id("提案"),
  kind: z.enum(PROPOSAL_ATTACHMENT_KINDS, { error: "无效的附件类型" }),
  name: requiredText("文件名", 200),
  fileBase64: z.string({ error: "请选择文件" }).min(1, "请选择文件"),
});

// ── queries ──────────────────────────────────────────────────────────────────────────────────
export const proposalFilterInput = z.object({
  list: z.enum(PROPOSAL_LISTS, { error: "无效的列表" }).nullish(),
  sessionId: z.uuid({ error: "无效的届次" }).nullish(),
  meetingId: z.uuid({ error: "无效的会议" }).nullish(),
  categoryId: z.uuid({ error: "无效的提案分类" }).nullish(),
  submitterType: z.enum(PROPOSAL_SUBMITTER_TYPES, { error: "无效的提交人类型" }).nullish(),
  title: z.string().trim().max(100, "标题最多 100 个字符").nullish(),
  caseNumber: z.string().trim().max(30, "案号最多 30 个字符").nullish(),
  submitterName: z.string().trim().max(50, "提交人最多 50 个字符").nullish(),
  states: z.array(z.enum(PROPOSAL_STATES, { error: "无效的状态" })).max(20).nullish(),
  unitId: z.uuid({ error: "无效的承办单位" }).nullish(),
  isKey: z.boolean().nullish(),
  keyword: z.string().trim().max(100, "关键词最多 100 个字符").nullish(),
  submittedFrom: isoDate("提交日期起").nullish(),
  submittedTo: isoDate("提交日期止").nullish(),
});
export type ProposalFilterInput = z.infer<typeof proposalFilterInput>;
export const proposalSortInput = z.object({
  field: z.enum(PROPOSAL_SORT_FIELDS, { error: "不支持的排序字段" }),
  direction: z.enum(SORT_DIRECTIONS, { error: "无效的排序方向" }),
});
export type ProposalSortInput = z.infer<typeof proposalSortInput>;

export const similarProposalsInput = z.object({
  title: requiredText("标题", 200),
  content: z.string().max(PROPOSAL_CONTENT_MAX, "内容过长").nullish().transform((s) => s ?? ""),
  sessionId: z.uuid({ error: "无效的届次" }).nullish(),
  excludeId: z.uuid({ error: "无效的提案" }).nullish(),
  limit: z.number().int().min(1, "条数应为 1—20").max(20, "条数应为 1—20").nullish().transform((n) => n ?? 5),
});
