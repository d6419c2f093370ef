/** Enums and limits of 圈子 (circles); the API registers the enums for GraphQL, the SPAs read the labels. */

export const CIRCLE_KINDS = ["SPECIAL_COMMITTEE", "SECTOR", "OPEN"] as const;
export type CircleKind = (typeof CIRCLE_KINDS)[number];
export const CIRCLE_KIND_LABELS: Record<CircleKind, string> = { SPECIAL_COMMITTEE: "专委会圈子", SECTOR: "界别圈子", OPEN: "开放圈子" };

export const CIRCLE_POST_STATUSES = ["VISIBLE", "HIDDEN", "DELETED"] as const;
export type CirclePostStatus = (typeof CIRCLE_POST_STATUSES)[number];
export const CIRCLE_POST_STATUS_LABELS: Record<CirclePostStatus, string> = { VISIBLE: "正常", HIDDEN: "已隐藏", DELETED: "已删除" };

export const CIRCLE_REPORT_CATEGORIES = ["ILLEGAL", "FALSE_INFO", "ABUSE", "ADVERTISING", "OTHER"] as const;
export type CircleReportCategory = (typeof CIRCLE_REPORT_CATEGORIES)[number];
export const CIRCLE_REPORT_CATEGORY_LABELS: Record<CircleReportCategory, string> = {
  ILLEGAL: "违法违规",
  FALSE_INFO: "不实信息",
  ABUSE: "人身攻击",
  ADVERTISING: "广告营销",
  OTHER: "其他",
};

export const CIRCLE_REPORT_STATUSES = ["OPEN", "RESOLVED", "DISMISSED"] as const;
export type CircleReportStatus = (typeof CIRCLE_REPORT_STATUSES)[number];
export const CIRCLE_REPORT_STATUS_LABELS: Record<CircleReportStatus, string> = { OPEN: "待处理", RESOLVED: "已处理", DISMISSED: "已驳回" };

export const CIRCLE_MODERATION_ACTIONS = ["HIDE", "UNHIDE", "DELETE", "PIN", "UNPIN", "DISMISS_REPORTS", "DELETE_COMMENT", "BAN", "LIFT_BAN"] as const;
export type CircleModerationAction = (typeof CIRCLE_MODERATION_ACTIONS)[number];
export const CIRCLE_MODERATION_ACTION_LABELS: Record<CircleModerationAction, string> = {
  HIDE: "隐藏",
  UNHIDE: "取消隐藏",
  DELETE: "删除",
  PIN: "置顶",
  UNPIN: "取消置顶",
  DISMISS_REPORTS: "驳回举报",
  DELETE_COMMENT: "删除评论",
  BAN: "禁言",
  LIFT_BAN: "解除禁言",
};
/** The actions taken on a post as a whole (comments and bans have their own mutations). */
export const CIRCLE_POST_ACTIONS = ["HIDE", "UNHIDE", "DELETE", "PIN", "UNPIN", "DISMISS_REPORTS"] as const;
export type CirclePostAction = (typeof CIRCLE_POST_ACTIONS)[number];

/** Limits (the text ones are checked again by CHECK constraints in the database). */
export const CIRCLE_POST_MAX_CHARS = 2000;
export const CIRCLE_POST_MAX_IMAGES = 9;
export const CIRCLE_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const CIRCLE_IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export const CIRCLE_COMMENT_MAX_CHARS = 500;
export const CIRCLE_REASON_MAX_CHARS = 200;
export const CIRCLE_BAN_MAX_DAYS = 365;
