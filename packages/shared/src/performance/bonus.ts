import { z } from "zod";
import { isoDate } from "../members/schemas";

/** 其他考核: signed points (a deduction is negative) with the reason, on a day. */
export const performanceBonusInput = z.object({
  memberId: z.uuid({ error: "请选择委员" }),
  points: z
    .number({ error: "请输入分值" })
    .finite("分值无效")
    .min(-100, "单次扣分不能超过 100 分")
    .max(100, "单次加分不能超过 100 分")
    .refine((n) => n !== 0, "分值不能为 0")
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "分值最多两位小数"),
  reason: z.string({ error: "请填写加减分理由" }).trim().min(2, "请填写加减分理由").max(500, "理由最多 500 个字符"),
  occurredOn: isoDate("日期"),
});
export type PerformanceBonusInput = z.infer<typeof performanceBonusInput>;

export const revokeBonusInput = z.object({
  reason: z.string({ error: "请填写撤销理由" }).trim().min(2, "请填写撤销理由").max(500, "理由最多 500 个字符"),
});
