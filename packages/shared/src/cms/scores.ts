import { z } from "zod";

/**
 * 栏目考核: the score of a channel for a period (0–100), in three parts.
 *
 * - 时效分 (timeliness, 40): 40 × (1 − staleDays / periodDays). staleDays counts the days of the period on
 *   which the channel was overdue: more than `updateDays` days after its latest publication (see
 *   cmsStaleDays). A channel without an update requirement gets the full 40.
 * - 发稿分 (volume, 30): 30 × min(1, published / expected), expected = ceil(periodDays / updateDays) articles.
 *   A channel without an update requirement gets the full 30.
 * - 质量分 (quality, 30): 30 − 3 per broken link or image − 5 per 错敏词 hit in the latest 站点检查, not below 0.
 *
 * score = the sum, rounded to one decimal. A department's score is the mean of its channels' scores.
 */
export const CMS_SCORE_WEIGHTS = { timeliness: 40, volume: 30, quality: 30, perBroken: 3, perWord: 5 } as const;

export interface CmsScoreInput {
  periodDays: number;
  updateDays: number | null;
  published: number;
  staleDays: number;
  brokenLinks: number;
  brokenImages: number;
  sensitiveWords: number;
}
export interface CmsScore {
  timeliness: number;
  volume: number;
  quality: number;
  score: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function cmsChannelScore(i: CmsScoreInput): CmsScore {
  const W = CMS_SCORE_WEIGHTS;
  const days = Math.max(1, i.periodDays);
  const timeliness = i.updateDays ? W.timeliness * (1 - Math.min(days, Math.max(0, i.staleDays)) / days) : W.timeliness;
  const expected = i.updateDays ? Math.max(1, Math.ceil(days / i.updateDays)) : 0;
  const volume = i.updateDays ? W.volume * Math.min(1, i.published / expected) : W.volume;
  const quality = Math.max(0, W.quality - W.perBroken * (i.brokenLinks + i.brokenImages) - W.perWord * i.sensitiveWords);
  return { timeliness: round1(timeliness), volume: round1(volume), quality: round1(quality), score: round1(timeliness + volume + quality) };
}

const DAY_MS = 86_400_000;

/**
 * Days of [from, to) on which a channel was overdue: later than `updateDays` days after its latest
 * publication. `lastBefore` is its latest publication before `from`; without one, the grace period starts
 * at `from`. `published` are its publication times inside the period. Whole days, rounded down.
 */
export function cmsStaleDays(published: readonly Date[], lastBefore: Date | null, from: Date, to: Date, updateDays: number): number {
  const times = [...published.map((d) => d.getTime())].filter((t) => t >= from.getTime() && t < to.getTime()).sort((a, b) => a - b);
  let ref = lastBefore ? lastBefore.getTime() : from.getTime();
  let overdue = 0;
  const grace = updateDays * DAY_MS;
  for (const t of [...times, to.getTime()]) {
    const start = Math.max(ref + grace, from.getTime());
    if (t > start) overdue += t - start;
    ref = Math.max(ref, t);
  }
  return Math.floor(overdue / DAY_MS);
}

export const cmsScoresInput = z
  .object({ from: z.date({ error: "请选择开始日期" }), to: z.date({ error: "请选择结束日期" }) })
  .refine((v) => v.from.getTime() < v.to.getTime(), { message: "结束日期须晚于开始日期", path: ["to"] })
  .refine((v) => v.to.getTime() - v.from.getTime() <= 3 * 366 * DAY_MS, { message: "考核期最长 3 年", path: ["to"] });
