import { z } from "zod";

/** 通知公告: who receives a notice. SELECTED = members whose current term matches any chosen group. */
export const NOTICE_AUDIENCES = ["ALL_MEMBERS", "MEMBERS_AND_COLLECTIVES", "ALL_USERS", "SELECTED"] as const;
export type NoticeAudience = (typeof NOTICE_AUDIENCES)[number];
export const NOTICE_AUDIENCE_LABELS: Record<NoticeAudience, string> = {
  ALL_MEMBERS: "全体委员",
  MEMBERS_AND_COLLECTIVES: "全体委员和集体用户（各党派、人民团体）",
  ALL_USERS: "全体用户（委员、机关、承办单位等）",
  SELECTED: "按界别、党派、专委会选择委员",
};

/** 征集通知 are notices too: the same receipts and reminders, with a kind and a closing day. */
export const NOTICE_KINDS = ["GENERAL", "PROPOSAL_CALL", "OPINION_CALL"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = { GENERAL: "通知公告", PROPOSAL_CALL: "提案征集", OPINION_CALL: "社情民意征集" };
export const isCallKind = (k: NoticeKind) => k !== "GENERAL";

export const NOTICE_STATUSES = ["DRAFT", "PUBLISHED", "WITHDRAWN"] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = { DRAFT: "草稿", PUBLISHED: "已发布", WITHDRAWN: "已撤回" };

export const NOTICE_TITLE_MAX = 120;
export const NOTICE_BODY_MAX = 10_000;
/** A reminder to the unread goes out at most this often per notice. */
export const NOTICE_REMIND_INTERVAL_MINUTES = 60;

const groupIds = (label: string) =>
  z
    .array(z.uuid({ error: `无效的${label}` }), { error: `无效的${label}` })
    .max(200, `${label}最多选择 200 项`)
    .nullish()
    .transform((xs) => [...new Set(xs ?? [])]);

/** Plain text with line breaks (shown as text, never as HTML); control characters other than newlines are dropped. */
const plain = (label: string, max: number) =>
  z
    .string({ error: `请输入${label}` })
    .transform((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, `请输入${label}`).max(max, `${label}最多 ${max} 个字符`));

const isoDay = z
  .string({ error: "请选择截止日期" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "截止日期格式应为 YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "截止日期无效");

/** Today as a Beijing calendar day (YYYY-MM-DD): a call closes at the end of its deadline in China. */
export const beijingToday = (now = new Date()) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const noticeInput = z
  .object({
    kind: z.enum(NOTICE_KINDS, { error: "请选择通知类型" }).nullish().transform((k) => k ?? "GENERAL"),
    /** 征集截止日期: required for a call, ignored for a general notice. */
    deadline: isoDay.nullish(),
    title: plain("标题", NOTICE_TITLE_MAX),
    body: plain("正文", NOTICE_BODY_MAX),
    audience: z.enum(NOTICE_AUDIENCES, { error: "请选择发送范围" }),
    sectorIds: groupIds("界别"),
    partyIds: groupIds("党派"),
    specialCommitteeIds: groupIds("专委会"),
    /** Also send a short SMS through the outbox. */
    sms: z.boolean().nullish().transform((b) => b ?? false),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "GENERAL" && !v.deadline) ctx.addIssue({ code: "custom", path: ["deadline"], message: "征集通知须填写截止日期" });
    if (v.kind !== "GENERAL" && v.deadline && v.deadline < beijingToday()) ctx.addIssue({ code: "custom", path: ["deadline"], message: "截止日期不能早于今天" });
    if (v.audience === "SELECTED" && v.sectorIds.length + v.partyIds.length + v.specialCommitteeIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["sectorIds"], message: "请至少选择一个界别、党派或专委会" });
    }
  })
  .transform((v) => ({ ...v, deadline: v.kind === "GENERAL" ? null : (v.deadline ?? null) }));
export type NoticeInput = z.infer<typeof noticeInput>;

export const withdrawNoticeInput = z.object({
  reason: plain("撤回原因", 200),
});
