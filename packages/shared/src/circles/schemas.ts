import { z } from "zod";
import {
  CIRCLE_BAN_MAX_DAYS,
  CIRCLE_COMMENT_MAX_CHARS,
  CIRCLE_KINDS,
  CIRCLE_POST_ACTIONS,
  CIRCLE_POST_MAX_CHARS,
  CIRCLE_POST_MAX_IMAGES,
  CIRCLE_POST_STATUSES,
  CIRCLE_REASON_MAX_CHARS,
  CIRCLE_REPORT_CATEGORIES,
} from "./enums";

/**
 * Circle text is plain (shown as text, never as HTML). Control characters other than tab and newline are
 * dropped, with the C1 range and the bidirectional overrides that can make text read differently from
 * what it is ("Trojan source"); CR LF becomes LF.
 */
export function cleanCircleText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim();
}

const plain = (label: string, max: number) =>
  z
    .string({ error: `请输入${label}` })
    .transform(cleanCircleText)
    .pipe(z.string().min(1, `请输入${label}`).max(max, `${label}最多 ${max} 个字`));
const optionalPlain = (label: string, max: number) =>
  z
    .string()
    .nullish()
    .transform((s) => cleanCircleText(s ?? ""))
    .pipe(z.string().max(max, `${label}最多 ${max} 个字`));
const uuid = (label: string) => z.uuid({ error: `无效的${label}` });

export const circlePostInput = z
  .object({
    circleId: uuid("圈子"),
    text: optionalPlain("帖子内容", CIRCLE_POST_MAX_CHARS),
    imageIds: z
      .array(uuid("图片"), { error: "无效的图片" })
      .max(CIRCLE_POST_MAX_IMAGES, `每条帖子最多 ${CIRCLE_POST_MAX_IMAGES} 张图片`)
      .nullish()
      .transform((xs) => xs ?? [])
      .refine((xs) => new Set(xs).size === xs.length, "同一张图片不能重复添加"),
  })
  .refine((p) => p.text.length > 0 || p.imageIds.length > 0, { message: "请输入帖子内容或添加图片", path: ["text"] });
export type CirclePostInputData = z.infer<typeof circlePostInput>;

export const circleCommentInput = z.object({ text: plain("评论内容", CIRCLE_COMMENT_MAX_CHARS) });

export const circleReportInput = z
  .object({
    category: z.enum(CIRCLE_REPORT_CATEGORIES, { error: "请选择举报类型" }),
    note: optionalPlain("举报说明", CIRCLE_REASON_MAX_CHARS),
  })
  .refine((r) => r.category !== "OTHER" || r.note.length > 0, { message: "选择“其他”时请填写举报说明", path: ["note"] });

/** Every moderation act states its reason: it is told to the author and kept in the log. */
export const circleReasonInput = plain("处理理由", CIRCLE_REASON_MAX_CHARS);

export const circlePostActionInput = z.object({
  action: z.enum(CIRCLE_POST_ACTIONS, { error: "无效的操作" }),
  reason: circleReasonInput,
});

export const circleBanInput = z.object({
  days: z
    .number({ error: "请填写禁言天数" })
    .int("禁言天数须为整数")
    .min(1, `禁言天数须为 1—${CIRCLE_BAN_MAX_DAYS} 天`)
    .max(CIRCLE_BAN_MAX_DAYS, `禁言天数须为 1—${CIRCLE_BAN_MAX_DAYS} 天`),
  reason: circleReasonInput,
});

export const circleInput = z.object({
  name: plain("圈子名称", 30),
  description: optionalPlain("圈子简介", 200).transform((s) => s || null),
});
export const updateCircleInput = z.object({
  name: plain("圈子名称", 30).optional(),
  description: optionalPlain("圈子简介", 200)
    .transform((s) => s || null)
    .optional(),
  archived: z.boolean().optional(),
});

export const circleListFilter = z.object({
  kind: z.enum(CIRCLE_KINDS, { error: "无效的圈子类型" }).nullish(),
  search: z.string().trim().max(50, "关键词最多 50 个字").nullish().transform((s) => s || null),
  includeArchived: z.boolean().nullish().transform((b) => b ?? false),
});

export const circlePostFilter = z.object({
  circleId: uuid("圈子").nullish(),
  status: z.enum(CIRCLE_POST_STATUSES, { error: "无效的状态" }).nullish(),
  /** Only posts with open reports, most reported first. */
  reportedOnly: z.boolean().nullish().transform((b) => b ?? false),
  search: z.string().trim().max(50, "关键词最多 50 个字").nullish().transform((s) => s || null),
});

/** Feed page size and cursor (opaque to clients). */
export const circleFeedArgs = z.object({
  first: z.number().int().min(1, "每页条数须大于 0").max(50, "每页最多 50 条"),
  after: z.string().max(200, "无效的分页游标").nullish(),
});
