/** Data tiers of issue 12. Module generators scale their own volumes from these numbers. */
export interface Tier {
  name: "S" | "M" | "L";
  tenants: number;
  members: number;
  description: string;
}

export const TIERS: Record<Tier["name"], Tier> = {
  S: { name: "S", tenants: 11, members: 2_500, description: "大同：11 个委员会，约 2,500 名委员" },
  M: { name: "M", tenants: 130, members: 25_000, description: "一个省：约 130 个委员会，10 × S" },
  L: { name: "L", tenants: 1_000, members: 200_000, description: "全国平台的一部分：约 1,000 个委员会，200,000 名委员" },
};

export const BENCH_PASSWORD = "Bench@2026pass";
