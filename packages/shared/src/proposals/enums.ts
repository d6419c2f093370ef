/** Enums of the proposals module (提案管理); the API registers them as GraphQL enums, the SPAs read the labels. */
import type { ProposalAction, ProposalState } from "./machine";

export const PROPOSAL_SUBMITTER_TYPES = ["MEMBER", "COLLECTIVE"] as const;
export type ProposalSubmitterType = (typeof PROPOSAL_SUBMITTER_TYPES)[number];
export const PROPOSAL_SUBMITTER_TYPE_LABELS: Record<ProposalSubmitterType, string> = { MEMBER: "委员", COLLECTIVE: "集体" };

export const PROPOSAL_COSIGN_STATUSES = ["INVITED", "CONFIRMED", "DECLINED"] as const;
export type ProposalCosignStatus = (typeof PROPOSAL_COSIGN_STATUSES)[number];
export const PROPOSAL_COSIGN_STATUS_LABELS: Record<ProposalCosignStatus, string> = { INVITED: "待确认", CONFIRMED: "已确认", DECLINED: "已拒绝" };

export const PROPOSAL_ASSIGNMENT_ROLES = ["LEAD", "CO"] as const;
export type ProposalAssignmentRole = (typeof PROPOSAL_ASSIGNMENT_ROLES)[number];
export const PROPOSAL_ASSIGNMENT_ROLE_LABELS: Record<ProposalAssignmentRole, string> = { LEAD: "主办", CO: "协办" };

export const PROPOSAL_ASSIGNMENT_STATUSES = ["ACTIVE", "RETURNED"] as const;
export type ProposalAssignmentStatus = (typeof PROPOSAL_ASSIGNMENT_STATUSES)[number];
export const PROPOSAL_ASSIGNMENT_STATUS_LABELS: Record<ProposalAssignmentStatus, string> = { ACTIVE: "办理中", RETURNED: "已退回" };

export const PROPOSAL_REQUEST_KINDS = ["RETURN", "EXTENSION"] as const;
export type ProposalRequestKind = (typeof PROPOSAL_REQUEST_KINDS)[number];
export const PROPOSAL_REQUEST_KIND_LABELS: Record<ProposalRequestKind, string> = { RETURN: "退回申请", EXTENSION: "延期申请" };

export const PROPOSAL_REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type ProposalRequestStatus = (typeof PROPOSAL_REQUEST_STATUSES)[number];
export const PROPOSAL_REQUEST_STATUS_LABELS: Record<ProposalRequestStatus, string> = { PENDING: "待审核", APPROVED: "已同意", REJECTED: "已驳回" };

export const PROPOSAL_SATISFACTIONS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;
export type ProposalSatisfaction = (typeof PROPOSAL_SATISFACTIONS)[number];
export const PROPOSAL_SATISFACTION_LABELS: Record<ProposalSatisfaction, string> = { SATISFIED: "满意", BASICALLY_SATISFIED: "基本满意", DISSATISFIED: "不满意" };

export const PROPOSAL_FEEDBACK_DECISIONS = ["CLOSED", "REHANDLE"] as const;
export type ProposalFeedbackDecision = (typeof PROPOSAL_FEEDBACK_DECISIONS)[number];
export const PROPOSAL_FEEDBACK_DECISION_LABELS: Record<ProposalFeedbackDecision, string> = { CLOSED: "同意办结", REHANDLE: "重新办理" };

export const PROPOSAL_ATTACHMENT_KINDS = ["PROPOSAL", "REPLY"] as const;
export type ProposalAttachmentKind = (typeof PROPOSAL_ATTACHMENT_KINDS)[number];

export const PROPOSAL_REMINDER_KINDS = ["NOT_SIGNED", "DEADLINE_NEAR", "OVERDUE"] as const;
export type ProposalReminderKind = (typeof PROPOSAL_REMINDER_KINDS)[number];
export const PROPOSAL_REMINDER_KIND_LABELS: Record<ProposalReminderKind, string> = { NOT_SIGNED: "未签收", DEADLINE_NEAR: "临近办理期限", OVERDUE: "已超期" };

/**
 * Actions stored in the timeline that change no state (the machine's actions change it). Together with
 * PROPOSAL_ACTIONS they are every `action` a proposal event can carry.
 */
export const PROPOSAL_RECORD_ACTIONS = [
  "create",
  "update",
  "inviteCosigners",
  "confirmCosign",
  "declineCosign",
  "requestReturn",
  "requestExtension",
  "approveReturn",
  "rejectReturn",
  "approveExtension",
  "rejectExtension",
  "signCo",
  "replyCo",
  "setKey",
  "mergeIn",
] as const;
export type ProposalRecordAction = (typeof PROPOSAL_RECORD_ACTIONS)[number];
export const PROPOSAL_RECORD_ACTION_LABELS: Record<ProposalRecordAction, string> = {
  create: "创建",
  update: "修改",
  inviteCosigners: "邀请联名",
  confirmCosign: "确认联名",
  declineCosign: "拒绝联名",
  requestReturn: "申请退回",
  requestExtension: "申请延期",
  approveReturn: "同意协办单位退回",
  rejectReturn: "驳回退回申请",
  approveExtension: "同意延期",
  rejectExtension: "驳回延期申请",
  signCo: "协办签收",
  replyCo: "协办意见",
  setKey: "设置重点提案",
  mergeIn: "并案（并入其他提案）",
};
export type ProposalEventAction = ProposalAction | ProposalRecordAction;

/** The lists of the admin console, each a fixed state/flag condition on top of the query filters. */
export const PROPOSAL_LISTS = ["ALL", "FIRST_REVIEW", "SECOND_REVIEW", "TO_FILE", "TO_ASSIGN", "IN_HANDLING", "KEY", "DISSATISFIED", "NOT_FILED", "CLOSED"] as const;
export type ProposalList = (typeof PROPOSAL_LISTS)[number];
export const PROPOSAL_LIST_LABELS: Record<ProposalList, string> = {
  ALL: "所有提案",
  FIRST_REVIEW: "提案一审",
  SECOND_REVIEW: "提案二审",
  TO_FILE: "待立案",
  TO_ASSIGN: "待交办",
  IN_HANDLING: "办理中",
  KEY: "重点提案",
  DISSATISFIED: "不满意提案",
  NOT_FILED: "不予立案提案",
  CLOSED: "已办结",
};
export const PROPOSAL_LIST_STATES: Record<ProposalList, readonly ProposalState[] | null> = {
  ALL: null,
  FIRST_REVIEW: ["SUBMITTED"],
  SECOND_REVIEW: ["FIRST_REVIEWED"],
  TO_FILE: ["SECOND_REVIEWED"],
  TO_ASSIGN: ["FILED"],
  IN_HANDLING: ["ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED"],
  KEY: null,
  DISSATISFIED: ["DISSATISFIED"],
  NOT_FILED: ["NOT_FILED"],
  CLOSED: ["CLOSED"],
};

/** States after 立案: the proposal has a case number. */
export const PROPOSAL_FILED_STATES: readonly ProposalState[] = ["FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED", "CLOSED"];
/** States only the submitter (and invited co-signers) can see: not yet handed to the office. */
export const PROPOSAL_PRIVATE_STATES: readonly ProposalState[] = ["DRAFT", "COSIGNING"];

export const PROPOSAL_SORT_FIELDS = ["CREATED_AT", "UPDATED_AT", "SUBMITTED_AT", "CASE_NUMBER", "TITLE", "STATE", "SUBMITTER"] as const;
export type ProposalSortField = (typeof PROPOSAL_SORT_FIELDS)[number];

/** Attachments: what the server accepts (by content, not by name). */
export const PROPOSAL_ATTACHMENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  jpg: "image/jpeg",
  png: "image/png",
} as const;
/** The API's JSON body limit is 8 MB and files travel as base64 (4/3 larger): 5 MB fits with room. */
export const PROPOSAL_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

export const PROPOSAL_DEFAULTS = { assignDeadlineMonths: 3, returnWindowDays: 10, reminderDaysBeforeDeadline: 7 } as const;

/** Columns of the category import template (headers as the user sees them). */
export const PROPOSAL_CATEGORY_IMPORT_COLUMNS = [
  { key: "name", header: "分类名称", required: true },
  { key: "parent", header: "上级分类", required: false },
  { key: "sortOrder", header: "排序", required: false },
] as const;
