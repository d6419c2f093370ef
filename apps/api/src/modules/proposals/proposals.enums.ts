import { registerEnumType } from "type-graphql";
import {
  PROPOSAL_ASSIGNMENT_ROLE_LABELS, PROPOSAL_ASSIGNMENT_ROLES, PROPOSAL_ASSIGNMENT_STATUS_LABELS, PROPOSAL_ASSIGNMENT_STATUSES, PROPOSAL_ATTACHMENT_KINDS, PROPOSAL_COSIGN_STATUS_LABELS, PROPOSAL_COSIGN_STATUSES,
  PROPOSAL_FEEDBACK_DECISION_LABELS, PROPOSAL_FEEDBACK_DECISIONS, NOT_FILED_OUTCOME_LABELS, NOT_FILED_OUTCOMES, PROPOSAL_LIST_LABELS, PROPOSAL_LISTS,
  PROPOSAL_SORT_FIELDS, PROPOSAL_STATE_LABELS, PROPOSAL_STATES, PROPOSAL_REMINDER_KIND_LABELS, PROPOSAL_REMINDER_KINDS, REPLY_RESULT_LABELS, REPLY_RESULTS,
  PROPOSAL_REQUEST_KIND_LABELS, PROPOSAL_REQUEST_KINDS, PROPOSAL_REQUEST_STATUS_LABELS, PROPOSAL_REQUEST_STATUSES, PROPOSAL_SATISFACTION_LABELS, PROPOSAL_SATISFACTIONS, PROPOSAL_SUBMITTER_TYPE_LABELS, PROPOSAL_SUBMITTER_TYPES,
} from "@zhzx/shared";

// type-graphql wants enum objects; the shared package owns the lists and labels.
const enumOf = <T extends string>(xs: readonly T[]) => Object.fromEntries(xs.map((x) => [x, x])) as { [K in T]: K };
function register<T extends string>(xs: readonly T[], name: string, labels?: Record<T, string>, description?: string) {
  const e = enumOf(xs);
  const valuesConfig = labels ? (Object.fromEntries(xs.map((x) => [x, { description: labels[x] }])) as Partial<Record<T, { description: string }>>) : undefined;
  registerEnumType(e, { name, description, valuesConfig: valuesConfig as never });
  return e;
}

export const ProposalStateEnum = register(PROPOSAL_STATES, "ProposalState", PROPOSAL_STATE_LABELS, "提案状态");
export const SubmitterTypeEnum = register(PROPOSAL_SUBMITTER_TYPES, "ProposalSubmitterType", PROPOSAL_SUBMITTER_TYPE_LABELS, "提交人类型");
export const CosignStatusEnum = register(PROPOSAL_COSIGN_STATUSES, "ProposalCosignStatus", PROPOSAL_COSIGN_STATUS_LABELS, "联名确认状态");
// One GraphQL enum for both directions: MERGED is only ever set by 并案 (the decline schema refuses it).
export const NotFiledDestinationEnum = register(NOT_FILED_OUTCOMES, "ProposalNotFiledDestination", NOT_FILED_OUTCOME_LABELS, "不予立案的处理方式（含并案）");
export const AssignmentRoleEnum = register(PROPOSAL_ASSIGNMENT_ROLES, "ProposalAssignmentRole", PROPOSAL_ASSIGNMENT_ROLE_LABELS, "主办/协办");
export const AssignmentStatusEnum = register(PROPOSAL_ASSIGNMENT_STATUSES, "ProposalAssignmentStatus", PROPOSAL_ASSIGNMENT_STATUS_LABELS);
export const RequestKindEnum = register(PROPOSAL_REQUEST_KINDS, "ProposalAssignmentRequestKind", PROPOSAL_REQUEST_KIND_LABELS, "承办单位申请类型");
export const RequestStatusEnum = register(PROPOSAL_REQUEST_STATUSES, "ProposalAssignmentRequestStatus", PROPOSAL_REQUEST_STATUS_LABELS);
export const ReplyResultEnum = register(REPLY_RESULTS, "ProposalReplyResult", REPLY_RESULT_LABELS, "办理结果");
export const SatisfactionEnum = register(PROPOSAL_SATISFACTIONS, "ProposalSatisfaction", PROPOSAL_SATISFACTION_LABELS, "委员评价");
export const FeedbackDecisionEnum = register(PROPOSAL_FEEDBACK_DECISIONS, "ProposalFeedbackDecision", PROPOSAL_FEEDBACK_DECISION_LABELS, "不满意审核结果");
export const AttachmentKindEnum = register(PROPOSAL_ATTACHMENT_KINDS, "ProposalAttachmentKind", { PROPOSAL: "提案附件", REPLY: "答复附件" });
export const ReminderKindEnum = register(PROPOSAL_REMINDER_KINDS, "ProposalReminderKind", PROPOSAL_REMINDER_KIND_LABELS);
export const ProposalListEnum = register(PROPOSAL_LISTS, "ProposalList", PROPOSAL_LIST_LABELS, "管理端提案列表");
export const ProposalSortFieldEnum = register(PROPOSAL_SORT_FIELDS, "ProposalSortField", {
  CREATED_AT: "创建时间", UPDATED_AT: "修改时间", SUBMITTED_AT: "提交时间", CASE_NUMBER: "案号", TITLE: "标题", STATE: "状态", SUBMITTER: "提交人",
});
