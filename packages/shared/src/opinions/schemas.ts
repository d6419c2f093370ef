import { z } from "zod";
import { INSTRUCTION_KINDS } from "./enums";

const requiredText = (label: string, max: number, verb = "请输入") =>
  z.string({ error: `${verb}${label}` }).trim().min(1, `${verb}${label}`).max(max, `${label}最多 ${max} 个字符`);
/** "" and whitespace become null: an optional text the user cleared. */
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}最多 ${max} 个字符`)
    .nullish()
    .transform((s) => (s ? s : null));
const id = (label: string) => z.uuid({ error: `请选择${label}` });
const version = z.number({ error: "缺少版本号" }).int("版本号无效").min(0, "版本号无效");

/** A calendar date as YYYY-MM-DD that really exists. */
const day = (label: string) =>
  z
    .string({ error: `请输入${label}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${label}不是有效日期`);
const optionalDay = (label: string) => day(label).nullish().transform((s) => s ?? null);

/** Line breaks normalised to \n, so versions compare line by line whatever the client sent. */
const bodyText = requiredText("正文", 20000).transform((s) => s.replace(/\r\n?/g, "\n"));

export const OPINION_MAX_COSIGNERS = 20;

export const opinionDraftInput = z.object({
  title: requiredText("标题", 100),
  content: bodyText,
  cosignerMemberIds: z
    .array(z.uuid({ error: "无效的联名委员" }))
    .max(OPINION_MAX_COSIGNERS, `联名委员最多 ${OPINION_MAX_COSIGNERS} 人`)
    .nullish()
    .transform((xs) => [...new Set(xs ?? [])]),
});
export type OpinionDraftInput = z.infer<typeof opinionDraftInput>;

export const opinionTransitionInput = z.object({ version, comment: optionalText("意见", 500) });
export const opinionReturnInput = z.object({ version, reason: requiredText("退回理由", 500, "请填写") });
export const opinionDiscardInput = z.object({ version, reason: optionalText("转弃说明", 500) });

export const opinionTextEditInput = z.object({
  version,
  title: requiredText("标题", 100),
  content: bodyText,
  note: optionalText("修改说明", 200),
});

const distribution = {
  reportTo: optionalText("报送单位（报）", 500),
  sendTo: optionalText("送达单位（送）", 500),
  distributeTo: optionalText("分发单位（发）", 500),
};

export const journalTypeInput = z.object({
  name: requiredText("刊物名称", 30),
  description: optionalText("说明", 200),
  publisherName: optionalText("编印单位", 50),
  sortOrder: z.number().int("排序号应为整数").min(0, "排序号不能为负").max(9999, "排序号过大").nullish().transform((n) => n ?? 0),
  disabled: z.boolean().nullish().transform((b) => b ?? false),
  ...distribution,
});
export type JournalTypeInput = z.infer<typeof journalTypeInput>;

const issueHeader = {
  title: optionalText("本期标题", 100),
  issueDate: optionalDay("刊发日期"),
  editorName: optionalText("责任编辑", 30),
  signerName: optionalText("签发人", 30),
  ...distribution,
};

export const journalIssueCreateInput = z.object({
  typeId: id("刊物"),
  year: z.number({ error: "请输入年份" }).int("年份应为整数").min(2000, "年份无效").max(2100, "年份无效"),
  /** Empty: the next number of the year. Given: continues a paper series (must be unused). */
  number: z.number().int("期号应为整数").min(1, "期号应大于 0").max(9999, "期号过大").nullish().transform((n) => n ?? null),
  ...issueHeader,
});
export type JournalIssueCreateInput = z.infer<typeof journalIssueCreateInput>;

export const journalIssueUpdateInput = z.object({ version, ...issueHeader });

export const journalIssueOrderInput = z.object({
  version,
  opinionIds: z
    .array(z.uuid({ error: "无效的社情民意" }))
    .min(1, "本期没有信息")
    .max(200, "一期最多 200 篇")
    .refine((xs) => new Set(xs).size === xs.length, "信息重复"),
});

export const opinionRefsInput = z
  .array(z.object({ id: z.uuid({ error: "无效的社情民意" }), version }))
  .min(1, "请选择信息")
  .max(200, "一次最多 200 篇");

export const instructionInput = z.object({
  kind: z.enum(INSTRUCTION_KINDS, { error: "请选择批示类型" }),
  authorName: requiredText("批示人或单位", 50),
  authorTitle: optionalText("职务", 100),
  instructedAt: day("批示日期").refine((s) => s <= new Date().toISOString().slice(0, 10), "批示日期不能晚于今天"),
  content: requiredText("批示内容", 5000),
});
export type InstructionInput = z.infer<typeof instructionInput>;

export const opinionStatisticsFilter = z
  .object({
    sessionId: z.uuid({ error: "无效的届次" }).nullish().transform((s) => s ?? null),
    from: optionalDay("开始日期"),
    to: optionalDay("结束日期"),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "开始日期不能晚于结束日期", path: ["to"] });
export type OpinionStatisticsFilter = z.infer<typeof opinionStatisticsFilter>;

/** 社情民意附件: the same file rules as proposal documents (PDF, Word, Excel, JPG, PNG; checked by content). */
export const OPINION_MAX_ATTACHMENTS = 10;
export const uploadOpinionAttachmentInput = z.object({
  opinionId: z.uuid({ error: "无效的社情民意" }),
  name: requiredText("文件名", 200),
  fileBase64: z.string({ error: "请选择文件" }).min(1, "请选择文件"),
});

/** 批示反馈的附件 (the scanned instruction, the reply letter): the same file rules and limit as an item's. */
export const OPINION_INSTRUCTION_MAX_ATTACHMENTS = OPINION_MAX_ATTACHMENTS;
export const uploadInstructionAttachmentInput = z.object({
  instructionId: z.uuid({ error: "无效的批示反馈" }),
  name: requiredText("文件名", 200),
  fileBase64: z.string({ error: "请选择文件" }).min(1, "请选择文件"),
});
export type UploadInstructionAttachmentInput = z.infer<typeof uploadInstructionAttachmentInput>;
