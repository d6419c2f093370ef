/** Data tiers of issue 12: S = one city (大同), M = 10 × S, L = 2 million proposals. */
export interface Tier {
  name: "S" | "M" | "L";
  tenants: number;
  members: number;
  /** Over ten years, across all tenants (the first, the city, holds a fifth). */
  proposals: number;
  opinions: number;
  articles: number;
  description: string;
}

export const TIERS: Record<Tier["name"], Tier> = {
  S: { name: "S", tenants: 11, members: 2_500, proposals: 30_000, opinions: 60_000, articles: 50_000, description: "大同：11 个委员会，约 2,500 名委员，十年 30,000 件提案、60,000 条社情民意、50,000 篇文章" },
  M: { name: "M", tenants: 130, members: 25_000, proposals: 300_000, opinions: 600_000, articles: 500_000, description: "一个省：约 130 个委员会，10 × S" },
  L: { name: "L", tenants: 1_000, members: 200_000, proposals: 2_000_000, opinions: 4_000_000, articles: 3_000_000, description: "全国平台的一部分：约 1,000 个委员会，200,000 名委员，2,000,000 件提案" },
};

export const BENCH_PASSWORD = "Bench@2026pass";
