import { z } from "zod";
import { cmsFieldDefs } from "./fields";
import { CMS_ARTICLE_STATES, CMS_ARTICLE_ACTIONS } from "./machine";

export const CMS_TEMPLATES = ["list", "picture", "single", "leader"] as const;
export type CmsTemplate = (typeof CMS_TEMPLATES)[number];
export const CMS_TEMPLATE_LABELS: Record<CmsTemplate, string> = { list: "文章列表", picture: "图文列表", single: "单页", leader: "领导信息" };
export const CMS_SORT_RULES = ["PUBLISHED_DESC", "PUBLISHED_ASC", "WEIGHT_DESC", "TITLE_ASC"] as const;
export type CmsSortRule = (typeof CMS_SORT_RULES)[number];
export const CMS_SORT_RULE_LABELS: Record<CmsSortRule, string> = {
  PUBLISHED_DESC: "发布时间倒序",
  PUBLISHED_ASC: "发布时间正序",
  WEIGHT_DESC: "权重倒序",
  TITLE_ASC: "标题拼音序",
};
/** Path segments the site itself uses. */
export const CMS_RESERVED_SLUGS = ["m", "assets", "search"];

const text = (label: string, max: number) => z.string({ error: `请输入${label}` }).trim().min(1, `请输入${label}`).max(max, `${label}最多 ${max} 个字符`);
const optText = (label: string, max: number) => z.string().trim().max(max, `${label}最多 ${max} 个字符`);

export const cmsSlug = z
  .string({ error: "请输入栏目目录名" })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "栏目目录名须为小写字母、数字或连字符，最多 40 个字符")
  .refine((s) => !CMS_RESERVED_SLUGS.includes(s), "该目录名为系统保留");

export const cmsSiteInput = z.object({
  name: text("网站名称", 60),
  description: optText("网站简介", 500).default(""),
  footer: optText("页脚信息", 500).default(""),
});

export const cmsChannelProps = z.object({
  name: text("栏目名称", 40),
  slug: cmsSlug,
  template: z.enum(CMS_TEMPLATES, { error: "模板无效" }).default("list"),
  listSize: z.number().int().min(1, "每页条数须大于 0").max(200, "每页最多 200 条").default(20),
  visible: z.boolean().default(true),
  sortRule: z.enum(CMS_SORT_RULES, { error: "排序规则无效" }).default("PUBLISHED_DESC"),
  description: optText("栏目说明", 500).default(""),
  fieldDefs: cmsFieldDefs.default([]),
  departmentId: z.uuid({ error: "无效的部门" }).nullish().transform((v) => v ?? null),
  updateDays: z.number().int().min(1).max(3650).nullish().transform((v) => v ?? null),
});

export const cmsCreateChannelInput = cmsChannelProps.extend({
  parentId: z.uuid({ error: "无效的上级栏目" }).nullish().transform((v) => v ?? null),
  kind: z.enum(["NORMAL", "VIRTUAL"]).default("NORMAL"),
  sourceChannelIds: z.array(z.uuid()).max(50, "最多聚合 50 个栏目").default([]),
});
export const cmsUpdateChannelInput = cmsChannelProps.partial().extend({
  sourceChannelIds: z.array(z.uuid()).max(50, "最多聚合 50 个栏目").optional(),
});

export const cmsArticleContent = z.object({
  title: text("标题", 200),
  subtitle: optText("副标题", 200).default(""),
  author: optText("作者", 60).default(""),
  source: optText("来源", 60).default(""),
  summary: optText("摘要", 500).default(""),
  keywords: z.array(z.string().trim().min(1).max(20)).max(10, "关键词最多 10 个").default([]),
  body: z.string({ error: "请输入正文" }).max(500_000, "正文过长"),
  customFields: z.record(z.string(), z.unknown()).default({}),
});
export const cmsCreateArticleInput = cmsArticleContent.extend({ channelId: z.uuid({ error: "请选择栏目" }) });
export const cmsUpdateArticleInput = cmsArticleContent.partial().extend({ note: optText("修改说明", 200).default("") });

export const cmsTransitionInput = z.object({
  action: z.enum(CMS_ARTICLE_ACTIONS),
  comment: optText("意见", 500).default(""),
  publishAt: z.date().nullish(),
});

export const cmsSearchInput = z.object({
  q: z.string().trim().min(1, "请输入检索词").max(50, "检索词最多 50 个字符"),
  channelId: z.uuid().nullish(),
  from: z.date().nullish(),
  to: z.date().nullish(),
  states: z.array(z.enum(CMS_ARTICLE_STATES)).nullish(),
});

/** 错敏词: BLOCK stops publishing; WARN is reported to the editor. */
export const CMS_WORD_LEVELS = ["BLOCK", "WARN"] as const;
export type CmsWordLevel = (typeof CMS_WORD_LEVELS)[number];
export const CMS_WORD_LEVEL_LABELS: Record<CmsWordLevel, string> = { BLOCK: "禁用（不得发布）", WARN: "提示（提醒修改）" };

/** Words one per line (or separated by commas / 、), deduplicated; each 1–30 characters. */
export const cmsAddWordsInput = z.object({
  words: z
    .string({ error: "请输入词语" })
    .transform((s) => [...new Set(s.split(/[\n,，、;；]+/).map((w) => w.trim()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(30, "每个词最多 30 个字符"))
        .min(1, "请输入词语")
        .max(1000, "一次最多添加 1000 个词"),
    ),
  level: z.enum(CMS_WORD_LEVELS, { error: "请选择级别" }),
  suggestion: z.string().trim().max(60, "建议用词最多 60 个字符").default(""),
});
