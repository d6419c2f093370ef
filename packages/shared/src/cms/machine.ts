import { defineMachine } from "../workflow/machine";

/**
 * The article (文章) lifecycle: draft → pending review → published → withdrawn, plus SCHEDULED for an
 * approved article waiting for its publish time (定时发布). Transitions name the per-channel right they
 * need (the channel grants of the API's cms policy), not global roles: an editor of channel A holds
 * "edit" on A only. SYSTEM is the publish worker firing scheduled publish/withdraw.
 */
export const CMS_ARTICLE_STATES = ["DRAFT", "PENDING_REVIEW", "SCHEDULED", "PUBLISHED", "WITHDRAWN"] as const;
export type CmsArticleState = (typeof CMS_ARTICLE_STATES)[number];
export const CMS_ARTICLE_STATE_LABELS: Record<CmsArticleState, string> = {
  DRAFT: "草稿",
  PENDING_REVIEW: "待审核",
  SCHEDULED: "待定时发布",
  PUBLISHED: "已发布",
  WITHDRAWN: "已撤稿",
};

/** Per-channel rights (栏目权限): view, edit (采编), review (审核), publish (发布). */
export const CMS_RIGHTS = ["view", "edit", "review", "publish"] as const;
export type CmsRight = (typeof CMS_RIGHTS)[number];
export const CMS_RIGHT_LABELS: Record<CmsRight, string> = { view: "查看", edit: "编辑", review: "审核", publish: "发布" };
export type CmsActor = CmsRight | "SYSTEM";

export const CMS_ARTICLE_ACTIONS = [
  "submit",
  "recall",
  "reject",
  "approve",
  "approveScheduled",
  "publish",
  "schedule",
  "unschedule",
  "fireSchedule",
  "withdraw",
  "reopen",
] as const;
export type CmsArticleAction = (typeof CMS_ARTICLE_ACTIONS)[number];
export const CMS_ARTICLE_ACTION_LABELS: Record<CmsArticleAction, string> = {
  submit: "送审",
  recall: "撤回送审",
  reject: "退回修改",
  approve: "审核通过并发布",
  approveScheduled: "审核通过，定时发布",
  publish: "直接发布",
  schedule: "定时发布",
  unschedule: "取消定时发布",
  fireSchedule: "到时发布",
  withdraw: "撤稿",
  reopen: "重新编辑",
};

export const cmsArticleMachine = defineMachine<CmsArticleState, CmsArticleAction, CmsActor>({
  name: "cms-article",
  states: CMS_ARTICLE_STATES,
  transitions: [
    { action: "submit", from: ["DRAFT"], to: "PENDING_REVIEW", roles: ["edit"] },
    { action: "recall", from: ["PENDING_REVIEW"], to: "DRAFT", roles: ["edit"] },
    { action: "reject", from: ["PENDING_REVIEW"], to: "DRAFT", roles: ["review"] },
    { action: "approve", from: ["PENDING_REVIEW"], to: "PUBLISHED", roles: ["review"] },
    { action: "approveScheduled", from: ["PENDING_REVIEW"], to: "SCHEDULED", roles: ["review"] },
    // Publishing without review is a right of its own (a department trusted with its channel).
    { action: "publish", from: ["DRAFT", "WITHDRAWN"], to: "PUBLISHED", roles: ["publish"] },
    { action: "schedule", from: ["DRAFT", "WITHDRAWN"], to: "SCHEDULED", roles: ["publish"] },
    { action: "unschedule", from: ["SCHEDULED"], to: "DRAFT", roles: ["review", "publish"] },
    { action: "fireSchedule", from: ["SCHEDULED"], to: "PUBLISHED", roles: ["SYSTEM"] },
    { action: "withdraw", from: ["PUBLISHED"], to: "WITHDRAWN", roles: ["review", "publish", "SYSTEM"] },
    { action: "reopen", from: ["WITHDRAWN"], to: "DRAFT", roles: ["edit"] },
  ],
});

/** Actions that need a publish time in the future. */
export const CMS_SCHEDULING_ACTIONS: readonly CmsArticleAction[] = ["approveScheduled", "schedule"];

/**
 * Who may change an article's content in each state: editors while it is theirs (draft, withdrawn),
 * the reviewer while reviewing, and only reviewers/publishers once it is live or scheduled (a correction
 * of a published page republishes it).
 */
export const CMS_CONTENT_EDIT_RIGHTS: Record<CmsArticleState, readonly CmsRight[]> = {
  DRAFT: ["edit"],
  WITHDRAWN: ["edit"],
  PENDING_REVIEW: ["review"],
  SCHEDULED: ["review", "publish"],
  PUBLISHED: ["review", "publish"],
};

export const canEditContent = (state: CmsArticleState, rights: readonly CmsRight[]) => CMS_CONTENT_EDIT_RIGHTS[state].some((r) => rights.includes(r));
