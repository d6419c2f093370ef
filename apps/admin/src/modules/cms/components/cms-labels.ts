import {
  CMS_ARTICLE_ACTION_LABELS,
  CMS_ARTICLE_STATE_LABELS,
  CMS_RIGHT_LABELS,
  CMS_SORT_RULE_LABELS,
  CMS_TEMPLATE_LABELS,
  type CmsArticleAction,
  type CmsArticleState,
} from "@zhzx/shared";
import type { CmsFieldType, CmsRight } from "../../../gql/graphql";

/** Labels come from the shared state machine and schemas, so the console says what the server means. */
export const STATE_LABELS = CMS_ARTICLE_STATE_LABELS;
export const ACTION_LABELS = CMS_ARTICLE_ACTION_LABELS;
export const TEMPLATE_LABELS = CMS_TEMPLATE_LABELS;
export const SORT_RULE_LABELS = CMS_SORT_RULE_LABELS;

export const STATE_COLORS: Record<CmsArticleState, string> = {
  DRAFT: "default",
  PENDING_REVIEW: "orange",
  SCHEDULED: "purple",
  PUBLISHED: "green",
  WITHDRAWN: "red",
};

export const STATE_OPTIONS = (Object.keys(STATE_LABELS) as CmsArticleState[]).map((s) => ({ value: s, label: STATE_LABELS[s] }));

/** GraphQL spells the channel rights in capitals, the shared machine in lower case. */
export const RIGHT_LABEL: Record<CmsRight, string> = {
  VIEW: CMS_RIGHT_LABELS.view,
  EDIT: CMS_RIGHT_LABELS.edit,
  REVIEW: CMS_RIGHT_LABELS.review,
  PUBLISH: CMS_RIGHT_LABELS.publish,
};

export const FIELD_TYPE_LABELS: Record<CmsFieldType, string> = {
  text: "单行文本",
  textarea: "多行文本",
  number: "数字",
  date: "日期",
  select: "下拉选择",
  boolean: "是/否",
  url: "链接",
};

/** Event rows name the machine's actions, plus what happens outside it (采用呈送). */
export function eventLabel(action: string): string {
  if (action in ACTION_LABELS) return ACTION_LABELS[action as CmsArticleAction];
  if (action === "acceptSubmission") return "采用呈送";
  return action;
}

export const LINK_KIND_LABELS = { REFERENCE: "引用", MAPPING: "映射" } as const;

export const PUBLISH_KIND_LABELS = { FULL: "完全发布", INCREMENTAL: "增量发布", SPECIFIED: "指定发布" } as const;
export const JOB_STATE_LABELS = { QUEUED: "排队中", RUNNING: "发布中", DONE: "已完成", FAILED: "失败" } as const;
export const JOB_STATE_COLORS = { QUEUED: "default", RUNNING: "processing", DONE: "success", FAILED: "error" } as const;

export const SUBMISSION_STATE_LABELS = { PENDING: "待处理", ACCEPTED: "已采用", REJECTED: "未采用" } as const;
export const SUBMISSION_STATE_COLORS = { PENDING: "orange", ACCEPTED: "green", REJECTED: "default" } as const;
