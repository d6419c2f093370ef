import { z } from "zod";
import { GENDERS, SORT_DIRECTIONS } from "../members/enums";
import { isoDate } from "../members/schemas";
import { ASSESSMENT_TYPES } from "./rules";

const year = z.number({ error: "请选择年度" }).int("年度应为整数").min(1949, "年度不能早于 1949 年").max(2100, "年度不能晚于 2100 年");

/**
 * The period a score covers: 年度考核 a calendar year (sessionId optionally picks whose members are
 * ranked; default the session covering the year), 届内考核 a whole session.
 */
export const performancePeriodInput = z
  .object({
    assessmentType: z.enum(ASSESSMENT_TYPES, { error: "请选择考核类型" }),
    year: year.nullish().transform((n) => n ?? null),
    sessionId: z.uuid({ error: "无效的届次" }).nullish().transform((s) => s ?? null),
  })
  .refine((p) => p.assessmentType !== "ANNUAL" || p.year !== null, { message: "年度考核请选择年度", path: ["year"] })
  .refine((p) => p.assessmentType !== "SESSION" || p.sessionId !== null, { message: "届内考核请选择届次", path: ["sessionId"] });
export type PerformancePeriodInput = z.infer<typeof performancePeriodInput>;

const idList = (label: string) => z.array(z.uuid({ error: `无效的${label}` })).max(100, `${label}最多选择 100 项`).nullish();

/** 委员评分 / 履职档案 quick query: 界别, 党派, 委员类型, 专委会 apply to the member's term in the period's session. */
export const performanceScoreFilterInput = z.object({
  sectorIds: idList("界别"),
  partyIds: idList("党派"),
  memberTypeIds: idList("委员类型"),
  specialCommitteeIds: idList("专委会"),
  gender: z.enum(GENDERS).nullish(),
  grades: z.array(z.string().trim().min(1).max(10, "等级名称过长")).max(10, "等级最多选择 10 项").nullish(),
  name: z.string().trim().max(50, "姓名最多 50 个字符").nullish(),
});
export type PerformanceScoreFilterInput = z.infer<typeof performanceScoreFilterInput>;

export const scoreSortDirection = z.enum(SORT_DIRECTIONS, { error: "无效的排序方向" });

/** 履职详情统计: a session's members; the period is the session, a year in it, or a date range. */
export const participationPeriodInput = z
  .object({
    sessionId: z.uuid({ error: "请选择届次" }),
    year: year.nullish().transform((n) => n ?? null),
    from: isoDate("开始日期").nullish().transform((s) => s ?? null),
    to: isoDate("结束日期").nullish().transform((s) => s ?? null),
  })
  .refine((p) => !p.from || !p.to || p.to >= p.from, { message: "结束日期不能早于开始日期", path: ["to"] });
export type ParticipationPeriodInput = z.infer<typeof participationPeriodInput>;
