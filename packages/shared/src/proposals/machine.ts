import { defineMachine } from "../workflow/machine";
import type { Role } from "../auth/roles";

/**
 * The proposal (提案) lifecycle of DESIGN.md. The server fires exactly one transition per mutation and
 * checks it here; the SPAs call availableActions() to decide which buttons to show. Record-level rules
 * (only the submitter gives feedback, only the assigned unit signs) live in the API's proposal policy.
 */
export const PROPOSAL_STATES = [
  "DRAFT",
  "COSIGNING",
  "SUBMITTED",
  "RETURNED",
  "FIRST_REVIEWED",
  "SECOND_REVIEWED",
  "NOT_FILED",
  "FILED",
  "ASSIGNED",
  "HANDLING",
  "REPLIED",
  "DISSATISFIED",
  "CLOSED",
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_STATE_LABELS: Record<ProposalState, string> = {
  DRAFT: "草稿",
  COSIGNING: "待联名确认",
  SUBMITTED: "待一审",
  RETURNED: "已退回",
  FIRST_REVIEWED: "待二审",
  SECOND_REVIEWED: "待立案",
  NOT_FILED: "不予立案",
  FILED: "已立案待交办",
  ASSIGNED: "已交办待签收",
  HANDLING: "办理中",
  REPLIED: "已答复待评价",
  DISSATISFIED: "不满意待审核",
  CLOSED: "已办结",
};

export const PROPOSAL_ACTIONS = [
  "requestCosign",
  "cancelCosign",
  "submit",
  "passFirstReview",
  "passSecondReview",
  "returnToSubmitter",
  "decline",
  "merge",
  "file",
  "assign",
  "returnAssignment",
  "sign",
  "reply",
  "rateSatisfied",
  "rateDissatisfied",
  "closeDissatisfied",
  "rehandle",
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

export const PROPOSAL_ACTION_LABELS: Record<ProposalAction, string> = {
  requestCosign: "邀请联名",
  cancelCosign: "撤回联名邀请",
  submit: "提交",
  passFirstReview: "一审通过",
  passSecondReview: "二审通过",
  returnToSubmitter: "退回修改",
  decline: "不予立案",
  merge: "并案",
  file: "立案",
  assign: "交办",
  returnAssignment: "同意退回交办",
  sign: "签收",
  reply: "答复",
  rateSatisfied: "满意/基本满意",
  rateDissatisfied: "不满意",
  closeDissatisfied: "审核通过并办结",
  rehandle: "重新办理",
};

const SUBMITTERS: Role[] = ["MEMBER", "COLLECTIVE"];
const OFFICE: Role[] = ["PROPOSAL_OFFICE"];
const UNIT: Role[] = ["HANDLING_UNIT"];

export const proposalMachine = defineMachine<ProposalState, ProposalAction, Role>({
  name: "proposal",
  states: PROPOSAL_STATES,
  transitions: [
    { action: "requestCosign", from: ["DRAFT", "RETURNED"], to: "COSIGNING", roles: SUBMITTERS },
    { action: "cancelCosign", from: ["COSIGNING"], to: "DRAFT", roles: SUBMITTERS },
    // 补录: the office submits a paper proposal on a member's behalf.
    { action: "submit", from: ["DRAFT", "RETURNED", "COSIGNING"], to: "SUBMITTED", roles: [...SUBMITTERS, ...OFFICE] },
    { action: "passFirstReview", from: ["SUBMITTED"], to: "FIRST_REVIEWED", roles: OFFICE },
    { action: "passSecondReview", from: ["FIRST_REVIEWED"], to: "SECOND_REVIEWED", roles: OFFICE },
    { action: "returnToSubmitter", from: ["SUBMITTED", "FIRST_REVIEWED"], to: "RETURNED", roles: OFFICE },
    { action: "decline", from: ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED"], to: "NOT_FILED", roles: OFFICE },
    // 并案: a duplicate is merged into another proposal of the session; it ends NOT_FILED (MERGED).
    { action: "merge", from: ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED"], to: "NOT_FILED", roles: OFFICE },
    { action: "file", from: ["SECOND_REVIEWED"], to: "FILED", roles: OFFICE },
    { action: "assign", from: ["FILED"], to: "ASSIGNED", roles: OFFICE },
    // A unit that is not the right one asks to give the proposal back; the office agrees and re-assigns.
    { action: "returnAssignment", from: ["ASSIGNED"], to: "FILED", roles: OFFICE },
    { action: "sign", from: ["ASSIGNED"], to: "HANDLING", roles: UNIT },
    { action: "reply", from: ["HANDLING"], to: "REPLIED", roles: UNIT },
    { action: "rateSatisfied", from: ["REPLIED"], to: "CLOSED", roles: SUBMITTERS },
    { action: "rateDissatisfied", from: ["REPLIED"], to: "DISSATISFIED", roles: SUBMITTERS },
    { action: "closeDissatisfied", from: ["DISSATISFIED"], to: "CLOSED", roles: OFFICE },
    { action: "rehandle", from: ["DISSATISFIED"], to: "HANDLING", roles: OFFICE },
  ],
});

/** 不予立案 destinations (REQUIREMENTS §2). */
export const NOT_FILED_DESTINATIONS = ["WITHDRAWN", "TO_OPINION", "OTHER"] as const;
export type NotFiledDestination = (typeof NOT_FILED_DESTINATIONS)[number];
export const NOT_FILED_DESTINATION_LABELS: Record<NotFiledDestination, string> = {
  WITHDRAWN: "撤案",
  TO_OPINION: "转社情民意",
  OTHER: "其他方式",
};

/** How a proposal came to be NOT_FILED: a 不予立案 destination, or 并案 into another one. */
export const NOT_FILED_OUTCOMES = [...NOT_FILED_DESTINATIONS, "MERGED"] as const;
export type NotFiledOutcome = (typeof NOT_FILED_OUTCOMES)[number];
export const NOT_FILED_OUTCOME_LABELS: Record<NotFiledOutcome, string> = { ...NOT_FILED_DESTINATION_LABELS, MERGED: "并案处理" };

/** A proposal may be merged into one that is still under review or being handled (not closed, not itself merged). */
export const MERGE_TARGET_STATES = ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED", "FILED", "ASSIGNED", "HANDLING"] as const satisfies readonly ProposalState[];

/** 答复 result classes. */
export const REPLY_RESULTS = ["A", "B", "C"] as const;
export type ReplyResult = (typeof REPLY_RESULTS)[number];
export const REPLY_RESULT_LABELS: Record<ReplyResult, string> = { A: "A 已解决或采纳", B: "B 列入计划拟解决", C: "C 因条件限制暂不能解决" };
