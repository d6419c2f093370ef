import { z } from "zod";
import { isoDate } from "../members/schemas";
import { PERFORMANCE_EVENT_KINDS } from "./events";

/** 考核类型: 年度考核 scores one calendar year, 届内考核 one whole session (届次). */
export const ASSESSMENT_TYPES = ["ANNUAL", "SESSION"] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];
export const ASSESSMENT_TYPE_LABELS: Record<AssessmentType, string> = { ANNUAL: "年度考核", SESSION: "届内考核" };

/** Why an event counted less than its rule's points (or nothing): shown in the score explanation. */
export const SCORE_CAP_REASONS = ["COUNT_CAP", "YEAR_CAP", "RULE_DISABLED", "NO_RULE"] as const;
export type ScoreCapReason = (typeof SCORE_CAP_REASONS)[number];
export const SCORE_CAP_REASON_LABELS: Record<ScoreCapReason, string> = {
  COUNT_CAP: "超过每年计分次数上限",
  YEAR_CAP: "超过每年分值上限",
  RULE_DISABLED: "规则已停用",
  NO_RULE: "无适用规则",
};

/** Points are kept with two decimals (DECIMAL(8,2)). */
const points = (label: string, max = 1000) =>
  z
    .number({ error: `请输入${label}` })
    .finite(`${label}无效`)
    .min(-max, `${label}不能小于 -${max}`)
    .max(max, `${label}不能大于 ${max}`)
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, `${label}最多两位小数`);

const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}最多 ${max} 个字符`).nullish().transform((s) => (s ? s : null));
const requiredText = (label: string, max: number) => z.string({ error: `请输入${label}` }).trim().min(1, `请输入${label}`).max(max, `${label}最多 ${max} 个字符`);

export const performanceEventKindSchema = z.enum(PERFORMANCE_EVENT_KINDS, { error: "无效的履职事项类别" });

const ruleFields = {
  kind: performanceEventKindSchema,
  /** null: the event's own points (其他考核 records signed points with each entry). */
  points: points("每项分值").nullish().transform((n) => n ?? null),
  maxItems: z.number().int("计分次数上限应为整数").min(1, "计分次数上限至少为 1").max(1000, "计分次数上限过大").nullish().transform((n) => n ?? null),
  maxPointsPerYear: points("每年分值上限", 10000).refine((n) => n > 0, "每年分值上限应大于 0").nullish().transform((n) => n ?? null),
  enabled: z.boolean().nullish().transform((b) => b ?? true),
  description: optionalText("说明", 200),
  sortOrder: z.number().int("排序应为整数").min(0, "排序不能为负").max(100000, "排序过大").nullish().transform((n) => n ?? 0),
};
export const performanceRuleInput = z.object(ruleFields).refine((r) => r.points !== null || r.kind === "BONUS", {
  message: "请输入每项分值（仅“其他考核加减分”可按录入分值计）",
  path: ["points"],
});
export type PerformanceRuleInput = z.infer<typeof performanceRuleInput>;

/** A rule edit: fields left out stay; the kind never changes (delete and add instead). */
export const updatePerformanceRuleInput = z.object({
  points: points("每项分值").nullish(),
  maxItems: ruleFields.maxItems.optional(),
  maxPointsPerYear: ruleFields.maxPointsPerYear.optional(),
  enabled: z.boolean().optional(),
  description: optionalText("说明", 200).optional(),
  sortOrder: z.number().int("排序应为整数").min(0, "排序不能为负").max(100000, "排序过大").optional(),
});

/** 等级 bands, highest first: 优秀 ≥ 90, 良好 ≥ 75 …; the last may have no minimum (everything below). */
export const gradeBandsSchema = z
  .array(z.object({ name: requiredText("等级名称", 10), minScore: points("等级分数线", 100000).nullish().transform((n) => n ?? null) }))
  .max(10, "最多 10 个等级")
  .superRefine((bands, ctx) => {
    const names = new Set<string>();
    bands.forEach((b, i) => {
      if (names.has(b.name)) ctx.addIssue({ code: "custom", message: `等级“${b.name}”重复`, path: [i, "name"] });
      names.add(b.name);
      if (b.minScore === null && i !== bands.length - 1) ctx.addIssue({ code: "custom", message: "只有最低一档可以不设分数线", path: [i, "minScore"] });
      const prev = bands[i - 1]?.minScore;
      if (i > 0 && b.minScore !== null && prev !== null && prev !== undefined && b.minScore >= prev)
        ctx.addIssue({ code: "custom", message: "等级分数线应从高到低排列", path: [i, "minScore"] });
    });
  });
export type GradeBand = z.infer<typeof gradeBandsSchema>[number];

const ruleSetFields = {
  name: requiredText("考核办法名称", 60),
  assessmentType: z.enum(ASSESSMENT_TYPES, { error: "请选择考核类型" }),
  effectiveFrom: isoDate("生效日期"),
  effectiveTo: isoDate("失效日期").nullish().transform((s) => s ?? null),
  description: optionalText("说明", 1000),
  grades: gradeBandsSchema,
  showRankInPortal: z.boolean().nullish().transform((b) => b ?? false),
};
const periodOrdered = (s: { effectiveFrom?: string; effectiveTo?: string | null }) => !s.effectiveFrom || !s.effectiveTo || s.effectiveTo >= s.effectiveFrom;

export const performanceRuleSetInput = z
  .object({
    ...ruleSetFields,
    rules: z
      .array(performanceRuleInput)
      .max(PERFORMANCE_EVENT_KINDS.length, "规则过多")
      .nullish()
      .transform((r) => r ?? [])
      .refine((rules) => new Set(rules.map((r) => r.kind)).size === rules.length, "同一类履职事项只能有一条规则"),
  })
  .refine(periodOrdered, { message: "失效日期不能早于生效日期", path: ["effectiveTo"] });

/** Rule-set edit: fields left out stay; the assessment type never changes. */
export const updatePerformanceRuleSetInput = z
  .object({
    name: ruleSetFields.name.optional(),
    effectiveFrom: ruleSetFields.effectiveFrom.optional(),
    effectiveTo: isoDate("失效日期").nullish(),
    description: ruleSetFields.description.optional(),
    grades: gradeBandsSchema.optional(),
    showRankInPortal: z.boolean().optional(),
  })
  .refine(periodOrdered, { message: "失效日期不能早于生效日期", path: ["effectiveTo"] });

export const ruleChangeNote = optionalText("变更说明", 200);
