import { defineMachine } from "../workflow/machine";
import type { Role } from "../auth/roles";

/**
 * The public-opinion (社情民意) lifecycle of DESIGN.md. Every transition is one mutation; the API checks it
 * here and the SPAs call availableActions() for their buttons. Record-level rules (only the submitter
 * submits their own item, only a pending co-signer answers) live in the API's opinions policy.
 *
 * Joint submission (联名): submitting an item that lists co-signers moves it to COSIGNING; it becomes
 * SUBMITTED when the last co-signer has answered (completeCosign, fired by that co-signer's answer).
 */
export const OPINION_STATES = [
  "DRAFT",
  "COSIGNING",
  "SUBMITTED",
  "FIRST_REVIEWED",
  "SECOND_REVIEWED",
  "EDITED",
  "PUBLISHED",
  "RETURNED",
  "DISCARDED",
] as const;
export type OpinionState = (typeof OPINION_STATES)[number];

export const OPINION_STATE_LABELS: Record<OpinionState, string> = {
  DRAFT: "草稿",
  COSIGNING: "待联名确认",
  SUBMITTED: "待一审",
  FIRST_REVIEWED: "待二审",
  SECOND_REVIEWED: "已采用待编辑",
  EDITED: "已编入刊物",
  PUBLISHED: "已刊发",
  RETURNED: "已退回",
  DISCARDED: "已转弃",
};

/** States in which an item counts as adopted (二审通过 and everything after it). */
export const OPINION_ADOPTED_STATES: readonly OpinionState[] = ["SECOND_REVIEWED", "EDITED", "PUBLISHED"];
/** States a committee's staff never see: the submitter's own work in progress. */
export const OPINION_PRIVATE_STATES: readonly OpinionState[] = ["DRAFT", "COSIGNING"];
/** States in which staff may edit the text (the original stays in the versions). */
export const OPINION_EDITABLE_STATES: readonly OpinionState[] = ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED", "EDITED"];

export const OPINION_ACTIONS = [
  "requestCosign",
  "cancelCosign",
  "completeCosign",
  "submit",
  "passFirstReview",
  "passSecondReview",
  "returnToSubmitter",
  "discard",
  "addToIssue",
  "removeFromIssue",
  "publish",
] as const;
export type OpinionAction = (typeof OPINION_ACTIONS)[number];

export const OPINION_ACTION_LABELS: Record<OpinionAction, string> = {
  requestCosign: "提交并邀请联名",
  cancelCosign: "撤回联名邀请",
  completeCosign: "联名确认完成",
  submit: "提交",
  passFirstReview: "一审通过",
  passSecondReview: "二审通过（采用）",
  returnToSubmitter: "退回",
  discard: "转弃",
  addToIssue: "编入刊物",
  removeFromIssue: "移出刊物",
  publish: "刊发",
};

const SUBMITTERS: Role[] = ["MEMBER", "COLLECTIVE"];
const EDITOR: Role[] = ["OPINION_EDITOR"];

export const opinionMachine = defineMachine<OpinionState, OpinionAction, Role>({
  name: "opinion",
  states: OPINION_STATES,
  transitions: [
    { action: "requestCosign", from: ["DRAFT", "RETURNED"], to: "COSIGNING", roles: SUBMITTERS },
    { action: "cancelCosign", from: ["COSIGNING"], to: "DRAFT", roles: SUBMITTERS },
    // Fired by the answer of the last co-signer (a member); the item then waits for review like any other.
    { action: "completeCosign", from: ["COSIGNING"], to: "SUBMITTED", roles: ["MEMBER"] },
    { action: "submit", from: ["DRAFT", "RETURNED"], to: "SUBMITTED", roles: SUBMITTERS },
    { action: "passFirstReview", from: ["SUBMITTED"], to: "FIRST_REVIEWED", roles: EDITOR },
    { action: "passSecondReview", from: ["FIRST_REVIEWED"], to: "SECOND_REVIEWED", roles: EDITOR },
    { action: "returnToSubmitter", from: ["SUBMITTED", "FIRST_REVIEWED"], to: "RETURNED", roles: EDITOR },
    { action: "discard", from: ["SUBMITTED", "FIRST_REVIEWED"], to: "DISCARDED", roles: EDITOR },
    { action: "addToIssue", from: ["SECOND_REVIEWED"], to: "EDITED", roles: EDITOR },
    { action: "removeFromIssue", from: ["EDITED"], to: "SECOND_REVIEWED", roles: EDITOR },
    { action: "publish", from: ["EDITED"], to: "PUBLISHED", roles: EDITOR },
  ],
});
