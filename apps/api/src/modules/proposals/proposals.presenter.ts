import {
  availableActions, PROPOSAL_ACTION_LABELS, PROPOSAL_RECORD_ACTION_LABELS, PROPOSAL_STATE_LABELS, proposalMachine, REPLY_RESULT_LABELS,
  type ProposalAction, type ProposalRecordAction,
} from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import type { Prisma } from "../../generated/prisma/client";
import { addDays, daysBetween, isoDay, todayInChina } from "./dates";
import { isSubmitter, type ProposalActor } from "./proposals.policy";
import type { Settings } from "./settings";
import type { ProposalAssignmentType, ProposalDetail, ProposalNamedRef, ProposalSummary } from "./proposals.types";

const attachmentSelect = { id: true, name: true, mime: true, size: true, replyId: true, createdAt: true } as const;

/** Everything a list row needs in the same query (no N+1); names of sessions, meetings and units come from `loadNames`. */
export const summaryInclude = {
  category: { select: { id: true, name: true } },
  assignments: { where: { status: "ACTIVE" }, include: { requests: { orderBy: { requestedAt: "asc" } } }, orderBy: [{ role: "asc" }, { assignedAt: "asc" }] },
  _count: { select: { cosigners: { where: { status: "CONFIRMED" } } } },
} satisfies Prisma.ProposalInclude;

export const detailInclude = {
  ...summaryInclude,
  assignments: { include: { requests: { orderBy: { requestedAt: "asc" } } }, orderBy: [{ assignedAt: "asc" }, { role: "asc" }] },
  cosigners: { orderBy: [{ invitedAt: "asc" }, { memberName: "asc" }] },
  events: { orderBy: { createdAt: "asc" } },
  replies: { include: { attachments: { select: attachmentSelect } }, orderBy: { createdAt: "asc" } },
  feedbacks: { orderBy: { round: "asc" } },
  attachments: { where: { kind: "PROPOSAL" }, select: attachmentSelect, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ProposalInclude;

export type SummaryRow = Prisma.ProposalGetPayload<{ include: typeof summaryInclude }>;
export type DetailRow = Prisma.ProposalGetPayload<{ include: typeof detailInclude }>;
type AssignmentRow = SummaryRow["assignments"][number];

export interface Names {
  sessions: Map<string, string>;
  meetings: Map<string, string>;
  units: Map<string, string>;
}

/** Names of the sessions, meetings and units a page mentions: one query per table. */
export async function loadNames(db: Tx, tenantId: string, rows: { sessionId: string; meetingId: string | null; assignments: { unitId: string }[] }[], extraUnitIds: string[] = []): Promise<Names> {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const sessionIds = uniq(rows.map((r) => r.sessionId));
  const meetingIds = uniq(rows.map((r) => r.meetingId));
  const unitIds = uniq([...rows.flatMap((r) => r.assignments.map((x) => x.unitId)), ...extraUnitIds]);
  const sessions = sessionIds.length ? await db.committeeSession.findMany({ where: { tenantId, id: { in: sessionIds } }, select: { id: true, name: true } }) : [];
  const meetings = meetingIds.length ? await db.sessionMeeting.findMany({ where: { tenantId, id: { in: meetingIds } }, select: { id: true, name: true } }) : [];
  const units = unitIds.length ? await db.handlingUnit.findMany({ where: { tenantId, id: { in: unitIds } }, select: { id: true, name: true } }) : [];
  const map = (xs: { id: string; name: string }[]) => new Map(xs.map((x) => [x.id, x.name]));
  return { sessions: map(sessions), meetings: map(meetings), units: map(units) };
}

export interface PresentContext {
  names: Names;
  settings: Settings;
  actor: ProposalActor;
  today?: string;
}

const ref = (id: string, names: Map<string, string>): ProposalNamedRef => ({ id, name: names.get(id) ?? "" });

export function presentAssignment(x: AssignmentRow, pc: PresentContext): ProposalAssignmentType {
  const today = pc.today ?? todayInChina();
  const deadline = isoDay(x.deadline);
  const daysLeft = daysBetween(today, deadline);
  return {
    id: x.id,
    proposalId: x.proposalId,
    unit: ref(x.unitId, pc.names.units),
    role: x.role,
    status: x.status,
    deadline,
    assignedAt: x.assignedAt,
    signedAt: x.signedAt,
    repliedAt: x.repliedAt,
    daysLeft,
    overdue: x.status === "ACTIVE" && !x.repliedAt && daysLeft < 0,
    returnUntil: addDays(isoDay(x.assignedAt, true), pc.settings.returnWindowDays),
    requests: x.requests.map((r) => ({
      id: r.id,
      assignmentId: r.assignmentId,
      proposalId: r.proposalId,
      kind: r.kind,
      reason: r.reason,
      requestedDeadline: r.requestedDeadline ? isoDay(r.requestedDeadline) : null,
      status: r.status,
      requestedAt: r.requestedAt,
      decidedAt: r.decidedAt,
      decisionComment: r.decisionComment,
    })),
  };
}

export function presentSummary(p: SummaryRow, pc: PresentContext): ProposalSummary {
  const active = p.assignments.filter((x) => x.status === "ACTIVE").map((x) => presentAssignment(x, pc));
  const lead = active.find((x) => x.role === "LEAD") ?? null;
  const mine = pc.actor.unitId ? (active.find((x) => x.unit.id === pc.actor.unitId) ?? null) : null;
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    state: p.state,
    stateLabel: PROPOSAL_STATE_LABELS[p.state],
    caseNumber: p.caseNumber,
    session: ref(p.sessionId, pc.names.sessions),
    meeting: p.meetingId ? ref(p.meetingId, pc.names.meetings) : null,
    category: p.category ? { id: p.category.id, name: p.category.name } : null,
    submitterType: p.submitterType,
    submitterName: p.submitterName,
    memberId: p.memberId,
    collectiveId: p.collectiveId,
    cosignerCount: p._count.cosigners,
    enteredByOffice: p.enteredByOffice,
    isKey: p.isKey,
    keySupervisor: p.keySupervisor,
    leadUnit: lead?.unit ?? null,
    coUnits: active.filter((x) => x.role === "CO").map((x) => x.unit),
    deadline: lead?.deadline ?? null,
    overdue: active.some((x) => x.overdue),
    myAssignment: mine,
    submittedAt: p.submittedAt,
    filedAt: p.filedAt,
    closedAt: p.closedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

const SUBMITTER_ONLY: ProposalAction[] = ["requestCosign", "cancelCosign", "rateSatisfied", "rateDissatisfied"];

/** The machine's actions for the viewer's roles, narrowed by the record-level policy. */
export function actionsFor(p: SummaryRow, a: ProposalActor): ProposalAction[] {
  const lead = p.assignments.find((x) => x.status === "ACTIVE" && x.role === "LEAD");
  return availableActions(proposalMachine, p.state, a.roles).filter((action) => {
    if (SUBMITTER_ONLY.includes(action)) return isSubmitter(a, p);
    if (action === "submit") return isSubmitter(a, p) || (p.enteredByOffice && a.permissions.has("proposal:manage"));
    if (action === "sign" || action === "reply") return !!lead && lead.unitId === a.unitId;
    return true;
  });
}

const eventLabel = (action: string) =>
  PROPOSAL_ACTION_LABELS[action as ProposalAction] ?? PROPOSAL_RECORD_ACTION_LABELS[action as ProposalRecordAction] ?? action;

type Merged = Pick<ProposalDetail, "mergedInto" | "mergedProposals">;

export function presentDetail(p: DetailRow, pc: PresentContext, merged: Merged = { mergedInto: null, mergedProposals: [] }): ProposalDetail {
  return {
    ...presentSummary(p, pc),
    content: p.content,
    reasons: p.reasons,
    suggestions: p.suggestions,
    returnReason: p.returnReason,
    notFiledDestination: p.notFiledDestination,
    notFiledReason: p.notFiledReason,
    round: p.round,
    cosigners: p.cosigners.map((c) => ({ memberId: c.memberId, memberName: c.memberName, status: c.status, comment: c.comment, invitedAt: c.invitedAt, answeredAt: c.answeredAt })),
    events: p.events.map((e) => ({ id: e.id, action: e.action, actionLabel: eventLabel(e.action), fromState: e.fromState, toState: e.toState, actorName: e.actorName, comment: e.comment, createdAt: e.createdAt })),
    assignments: p.assignments.map((x) => presentAssignment(x, pc)),
    replies: p.replies.map((r) => ({
      id: r.id,
      unit: ref(r.unitId, pc.names.units),
      isLead: r.isLead,
      result: r.result,
      resultLabel: r.result ? REPLY_RESULT_LABELS[r.result] : null,
      content: r.content,
      round: r.round,
      repliedByName: r.repliedByName,
      createdAt: r.createdAt,
      attachments: r.attachments,
    })),
    feedbacks: p.feedbacks.map((f) => ({ id: f.id, round: f.round, satisfaction: f.satisfaction, comment: f.comment, createdAt: f.createdAt, decision: f.decision, decidedAt: f.decidedAt, decisionComment: f.decisionComment })),
    attachments: p.attachments,
    availableActions: actionsFor(p, pc.actor),
    ...merged,
  };
}
