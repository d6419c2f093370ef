import { z } from "zod";
import { isoDate, todayIso } from "../members/schemas";

/** 履职材料: SUBMITTED (待审核) → ACCEPTED (已采纳, counts) or RETURNED (已退回, with a reason). */
export const MATERIAL_STATUSES = ["SUBMITTED", "ACCEPTED", "RETURNED"] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];
export const MATERIAL_STATUS_LABELS: Record<MaterialStatus, string> = { SUBMITTED: "待审核", ACCEPTED: "已采纳", RETURNED: "已退回" };

/** Staff review, as data: which status each action may start from. The member's own edit resubmits a returned one. */
export const MATERIAL_TRANSITIONS = {
  accept: { from: ["SUBMITTED"], to: "ACCEPTED" },
  return: { from: ["SUBMITTED", "ACCEPTED"], to: "RETURNED" },
  resubmit: { from: ["SUBMITTED", "RETURNED"], to: "SUBMITTED" },
} as const satisfies Record<string, { from: readonly MaterialStatus[]; to: MaterialStatus }>;
export type MaterialAction = keyof typeof MATERIAL_TRANSITIONS;
export const materialActionAllowed = (action: MaterialAction, from: MaterialStatus) => (MATERIAL_TRANSITIONS[action].from as readonly MaterialStatus[]).includes(from);

export const MATERIAL_MAX_ATTACHMENTS = 10;
const attachment = z.object({
  name: z.string({ error: "请输入附件名称" }).trim().min(1, "请输入附件名称").max(200, "附件名称最多 200 个字符"),
  size: z.number().int("附件大小应为整数").min(0, "附件大小无效").max(100 * 1024 * 1024, "附件不能超过 100 MB"),
  contentType: z.string().trim().max(100, "附件类型过长").nullish().transform((s) => s || null),
  url: z
    .string()
    .trim()
    .max(500, "附件地址过长")
    .refine((s) => /^(https?:\/\/|\/)/.test(s), "附件地址应以 http(s):// 或 / 开头")
    .nullish()
    .transform((s) => s || null),
});
export type MaterialAttachment = z.infer<typeof attachment>;

export const performanceMaterialInput = z.object({
  title: z.string({ error: "请输入标题" }).trim().min(1, "请输入标题").max(100, "标题最多 100 个字符"),
  content: z.string({ error: "请输入材料内容" }).trim().min(1, "请输入材料内容").max(20000, "材料内容最多 20000 个字符"),
  occurredOn: isoDate("履职日期").refine((s) => s <= todayIso(), "履职日期不能晚于今天"),
  attachments: z.array(attachment).max(MATERIAL_MAX_ATTACHMENTS, `附件最多 ${MATERIAL_MAX_ATTACHMENTS} 个`).nullish().transform((a) => a ?? []),
});
export type PerformanceMaterialInput = z.infer<typeof performanceMaterialInput>;

export const returnMaterialInput = z.object({
  reason: z.string({ error: "请填写退回理由" }).trim().min(1, "请填写退回理由").max(500, "退回理由最多 500 个字符"),
});
