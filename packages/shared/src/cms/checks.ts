import { z } from "zod";

/** 站点检查: what a scan reports. EXTERNAL_LINK is informational (the server does not fetch other sites). */
export const CMS_FINDING_KINDS = ["BROKEN_LINK", "BROKEN_IMAGE", "EXTERNAL_LINK", "SENSITIVE_WORD", "STALE_CHANNEL"] as const;
export type CmsFindingKind = (typeof CMS_FINDING_KINDS)[number];
export const CMS_FINDING_KIND_LABELS: Record<CmsFindingKind, string> = {
  BROKEN_LINK: "失效链接",
  BROKEN_IMAGE: "失效图片",
  EXTERNAL_LINK: "外部链接，未检查",
  SENSITIVE_WORD: "错敏词",
  STALE_CHANNEL: "栏目未按时更新",
};

// ---------------------------------------------------------------------------------------------------
// 历史文章导入: one row of a JSON array or of a CSV file (header names below, Chinese or English).

/** CSV header → field. Both the English field names and the Chinese column titles are accepted. */
export const CMS_IMPORT_COLUMNS = [
  { key: "channel", header: "栏目", required: true },
  { key: "title", header: "标题", required: true },
  { key: "subtitle", header: "副标题", required: false },
  { key: "author", header: "作者", required: false },
  { key: "source", header: "来源", required: false },
  { key: "publishedAt", header: "发布时间", required: true },
  { key: "body", header: "正文", required: true },
  { key: "keywords", header: "关键词", required: false },
] as const;
export type CmsImportField = (typeof CMS_IMPORT_COLUMNS)[number]["key"];
export const CMS_IMPORT_MAX_ROWS = 5000;
// The GraphQL body limit is 8 MB and the file travels base64-encoded (4/3 larger).
export const CMS_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A publication time as people write it: 2024-05-01, 2024/5/1, 2024-05-01 09:30[:00] (Beijing time), or a
 * full ISO 8601 time with its offset. Returns null when it is not a real date.
 */
export function parseCmsImportDate(input: string): Date | null {
  const s = input.trim();
  const m = DAY.exec(s);
  if (m) {
    const [, y, mo, d, h = "0", mi = "0", se = "0"] = m;
    const [Y, M, D, H, I, S] = [y, mo, d, h, mi, se].map(Number) as [number, number, number, number, number, number];
    if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || I > 59 || S > 59) return null;
    const utc = Date.UTC(Y, M - 1, D, H - 8, I, S);
    const check = new Date(Date.UTC(Y, M - 1, D));
    if (check.getUTCMonth() !== M - 1 || check.getUTCDate() !== D) return null;
    return new Date(utc);
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const t = new Date(s);
    return Number.isNaN(t.getTime()) ? null : t;
  }
  return null;
}

const str = (label: string, max: number, required: boolean) => {
  const base = z.preprocess((v) => (v === null || v === undefined ? "" : typeof v === "number" ? String(v) : v), z.string({ error: `${label}须为文字` }).trim().max(max, `${label}最多 ${max} 个字符`));
  return required ? base.refine((s) => s.length > 0, `缺少${label}`) : base;
};

export const cmsImportRow = z.object({
  channel: str("栏目", 200, true).transform((s) => s.replace(/^\/+|\/+$/g, "")),
  title: str("标题", 200, true),
  subtitle: str("副标题", 200, false),
  author: str("作者", 60, false),
  source: str("来源", 60, false),
  publishedAt: str("发布时间", 40, true).transform((s, ctx) => {
    const d = parseCmsImportDate(s);
    if (!d) {
      ctx.addIssue({ code: "custom", message: `发布时间“${s}”无效（应为 2024-05-01 或 2024-05-01 09:30）` });
      return z.NEVER;
    }
    if (d.getTime() > Date.now() + 60_000) {
      ctx.addIssue({ code: "custom", message: "发布时间不能晚于当前时间" });
      return z.NEVER;
    }
    if (d.getUTCFullYear() < 1949) {
      ctx.addIssue({ code: "custom", message: "发布时间早于 1949 年，请核对" });
      return z.NEVER;
    }
    return d.toISOString();
  }),
  body: str("正文", 500_000, true),
  keywords: z
    .preprocess(
      (v) => (v === null || v === undefined ? [] : typeof v === "string" ? v.split(/[,，、;；\s]+/) : v),
      z.array(z.string({ error: "关键词须为文字" }).trim().max(20, "每个关键词最多 20 个字符")),
    )
    .transform((ks) => [...new Set(ks.filter(Boolean))])
    .refine((ks) => ks.length <= 10, "关键词最多 10 个"),
});
export type CmsImportRow = z.output<typeof cmsImportRow>;

/** The first problem of a row, in Chinese, naming the column. */
export function cmsImportRowError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "数据无效";
  const key = issue.path[0];
  const col = CMS_IMPORT_COLUMNS.find((c) => c.key === key);
  return col && !issue.message.includes(col.header) ? `${col.header}：${issue.message}` : issue.message;
}

export const cmsImportInput = z.object({
  fileName: z.string().trim().max(200, "文件名过长").default(""),
  format: z.enum(["CSV", "JSON"], { error: "请选择 CSV 或 JSON 文件" }),
  targetState: z.enum(["PUBLISHED", "DRAFT"], { error: "请选择导入后的状态" }).default("PUBLISHED"),
});
