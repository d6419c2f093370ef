export const TENANT_LEVELS = ["CITY", "COUNTY"] as const;
export type TenantLevel = (typeof TENANT_LEVELS)[number];
export const TENANT_LEVEL_LABELS: Record<TenantLevel, string> = { CITY: "市级", COUNTY: "县区级" };

/** The customer's committees (REQUIREMENTS.md): Datong city and its 10 counties/districts. */
export const DATONG_TENANTS: { code: string; name: string; level: TenantLevel }[] = [
  { code: "datong", name: "大同市政协", level: "CITY" },
  { code: "datong-pingcheng", name: "平城区政协", level: "COUNTY" },
  { code: "datong-yungang", name: "云冈区政协", level: "COUNTY" },
  { code: "datong-xinrong", name: "新荣区政协", level: "COUNTY" },
  { code: "datong-yunzhou", name: "云州区政协", level: "COUNTY" },
  { code: "datong-yanggao", name: "阳高县政协", level: "COUNTY" },
  { code: "datong-tianzhen", name: "天镇县政协", level: "COUNTY" },
  { code: "datong-guangling", name: "广灵县政协", level: "COUNTY" },
  { code: "datong-lingqiu", name: "灵丘县政协", level: "COUNTY" },
  { code: "datong-hunyuan", name: "浑源县政协", level: "COUNTY" },
  { code: "datong-zuoyun", name: "左云县政协", level: "COUNTY" },
];
