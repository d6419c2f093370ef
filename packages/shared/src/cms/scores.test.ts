import { describe, expect, it } from "vitest";
import { cmsChannelScore, cmsStaleDays } from "./scores";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("栏目考核: score formula", () => {
  it("a channel that kept its cadence and has no findings scores 100", () => {
    expect(cmsChannelScore({ periodDays: 30, updateDays: 7, published: 5, staleDays: 0, brokenLinks: 0, brokenImages: 0, sensitiveWords: 0 })).toEqual({ timeliness: 40, volume: 30, quality: 30, score: 100 });
  });

  it("stale days, too few articles and findings each take their share", () => {
    // 30 days, every 10 days → 3 expected; 1 published → 10; 6 stale days → 40 × 24/30 = 32; 1 link + 1 image + 1 word → 30 − 6 − 5 = 19.
    expect(cmsChannelScore({ periodDays: 30, updateDays: 10, published: 1, staleDays: 6, brokenLinks: 1, brokenImages: 1, sensitiveWords: 1 })).toEqual({ timeliness: 32, volume: 10, quality: 19, score: 61 });
    // Quality never goes below 0; stale days never beyond the period.
    expect(cmsChannelScore({ periodDays: 10, updateDays: 5, published: 0, staleDays: 99, brokenLinks: 20, brokenImages: 0, sensitiveWords: 0 })).toEqual({ timeliness: 0, volume: 0, quality: 0, score: 0 });
  });

  it("without an update requirement only quality counts against the channel; results are rounded to one decimal", () => {
    expect(cmsChannelScore({ periodDays: 30, updateDays: null, published: 0, staleDays: 12, brokenLinks: 0, brokenImages: 0, sensitiveWords: 1 }).score).toBe(95);
    expect(cmsChannelScore({ periodDays: 30, updateDays: 7, published: 1, staleDays: 0, brokenLinks: 0, brokenImages: 0, sensitiveWords: 0 }).volume).toBe(6); // 30 × 1/5
    expect(cmsChannelScore({ periodDays: 7, updateDays: 3, published: 3, staleDays: 1, brokenLinks: 0, brokenImages: 0, sensitiveWords: 0 }).timeliness).toBe(34.3); // 40 × 6/7
  });

  it("stale days: overdue stretches after the grace period, starting from the last publication before the period", () => {
    const from = d("2026-01-01");
    const to = d("2026-01-31");
    // Last before: Dec 25 → due by Jan 4 (10 days); published Jan 10 → overdue Jan 4–10 = 6; next due Jan 20, then to Jan 31 → 11.
    expect(cmsStaleDays([d("2026-01-10")], d("2025-12-25"), from, to, 10)).toBe(17);
    // Regular publications: never overdue.
    expect(cmsStaleDays([d("2026-01-05"), d("2026-01-12"), d("2026-01-19"), d("2026-01-26")], d("2025-12-30"), from, to, 7)).toBe(0);
    // Nothing ever published: grace from the period start, then overdue for the rest (30 − 7 = 23).
    expect(cmsStaleDays([], null, from, to, 7)).toBe(23);
    // Publications outside the period are ignored.
    expect(cmsStaleDays([d("2026-03-01")], null, from, to, 40)).toBe(0);
  });
});
