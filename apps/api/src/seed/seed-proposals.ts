import { randomUUID } from "node:crypto";
import { findTransition, proposalMachine, PROPOSAL_STATES, type ProposalAction, type ProposalState, type Role } from "@zhzx/shared";
import type { PrismaClient } from "../generated/prisma/client";
import { termsOf } from "../modules/proposals/text-similarity";
import { plainText } from "../modules/proposals/rich-text";
import * as demo from "./proposal-demo-data";
import type { Random } from "./random";
import { scopeTo } from "./seed-foundation";

type Tenant = { id: string; code: string; name: string; level: string };
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Actor = { id: string | null; name: string };

const DAY = 86_400_000;
/** The seed's fixed "today" (as the member seed): in-progress proposals are dated relative to it. */
const NOW = Date.UTC(2026, 10, 24, 2);
const PATH: Record<ProposalState, ProposalAction[]> = {
  DRAFT: [],
  COSIGNING: ["requestCosign"],
  SUBMITTED: ["submit"],
  RETURNED: ["submit", "returnToSubmitter"],
  FIRST_REVIEWED: ["submit", "passFirstReview"],
  SECOND_REVIEWED: ["submit", "passFirstReview", "passSecondReview"],
  NOT_FILED: ["submit", "passFirstReview", "decline"],
  FILED: ["submit", "passFirstReview", "passSecondReview", "file"],
  ASSIGNED: ["submit", "passFirstReview", "passSecondReview", "file", "assign"],
  HANDLING: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign"],
  REPLIED: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign", "reply"],
  DISSATISFIED: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign", "reply", "rateDissatisfied"],
  CLOSED: ["submit", "passFirstReview", "passSecondReview", "file", "assign", "sign", "reply", "rateSatisfied"],
};
const WEIGHTS: [ProposalState, number][] = [
  ["DRAFT", 3], ["COSIGNING", 2], ["SUBMITTED", 6], ["RETURNED", 2], ["FIRST_REVIEWED", 4], ["SECOND_REVIEWED", 4], ["NOT_FILED", 5], ["FILED", 4],
  ["ASSIGNED", 6], ["HANDLING", 14], ["REPLIED", 8], ["DISSATISFIED", 3], ["CLOSED", 39],
];
const IN_PROGRESS: ProposalState[] = ["DRAFT", "COSIGNING", "SUBMITTED", "RETURNED", "FIRST_REVIEWED", "SECOND_REVIEWED", "FILED", "ASSIGNED", "HANDLING", "REPLIED", "DISSATISFIED"];

/**
 * Several hundred proposals per committee (fewer for counties) in every state of the machine, with their
 * timeline, co-signers, case numbers, assignments to the seeded units, replies and feedback. The demo
 * member 张华强 has a draft, one to rate and closed ones; 发改委 (dt.fgw) leads new-energy and
 * business-environment proposals. Deterministic: only `rnd`.
 */
export async function seedProposals(db: PrismaClient, rnd: Random, tenants: Tenant[], scale: number) {
  for (const t of tenants) {
    await db.$transaction((tx) => seedTenant(tx, rnd, t, scale), { timeout: 180_000 });
  }
}

async function seedTenant(tx: Tx, rnd: Random, t: Tenant, scale: number) {
  await scopeTo(tx, t.id);
  const city = t.level === "CITY";
  const categoryIds = await seedCategories(tx, t.id);
  const session = await tx.committeeSession.findFirstOrThrow({ where: { tenantId: t.id, isCurrent: true }, include: { meetings: { orderBy: { number: "asc" } } } });
  const members = await tx.memberProfile.findMany({ where: { tenantId: t.id, terms: { some: { sessionId: session.id } } }, select: { id: true, name: true, userId: true }, orderBy: { name: "asc" } });
  const units = await tx.handlingUnit.findMany({ where: { tenantId: t.id }, select: { id: true, name: true, userId: true }, orderBy: { sortOrder: "asc" } });
  const collectives = await tx.collectiveSubmitter.findMany({ where: { tenantId: t.id }, select: { id: true, name: true, userId: true }, orderBy: { sortOrder: "asc" } });
  const officeMember = await tx.tenantMembership.findFirst({ where: { tenantId: t.id, roles: { has: "PROPOSAL_OFFICE" as Role } }, include: { user: { select: { displayName: true } } } });
  if (!members.length || !units.length || !officeMember) return;
  const office: Actor = { id: officeMember.userId, name: officeMember.user.displayName };
  const demoMember = members.find((m) => m.name === "张华强" && city);
  const place = city ? null : t.name.replace("政协", "");
  const count = Math.max(PROPOSAL_STATES.length * 2, Math.round((city ? 320 : 90) * scale));
  const seqs = new Map<string, number>();

  type EventRow = { tenantId: string; proposalId: string; action: string; fromState: ProposalState; toState: ProposalState; actorId: string | null; actorName: string; comment: string | null; createdAt: Date };
  const proposals = [], cosigners = [], assignments = [], replies = [], feedbacks = [];
  const events: EventRow[] = [];
  for (let i = 0; i < count; i++) {
    // The first rows walk every state twice, so even a small seed shows each list; the rest follow the weights.
    const state: ProposalState = i < PROPOSAL_STATES.length * 2 ? PROPOSAL_STATES[i % PROPOSAL_STATES.length]! : rnd.weighted(WEIGHTS);
    const [topic, categoryName, unitWord] = rnd.pick(demo.TOPICS);
    const text = demo.proposalText(rnd, place ?? demo.cityPlace(rnd), topic);
    const collective = rnd.next() < 0.15 && collectives.length ? rnd.pick(collectives) : null;
    const member = collective ? null : demoMember && i < 4 ? demoMember : rnd.pick(members);
    const submitter: Actor = collective ? { id: collective.userId, name: collective.name } : { id: member!.userId, name: member!.name };
    const meeting = IN_PROGRESS.includes(state) ? session.meetings[session.meetings.length - 1]! : rnd.pick(session.meetings.slice(-4));
    const id = randomUUID();
    const enteredByOffice = !submitter.id || rnd.next() < 0.08;
    const unit = units.find((u) => u.name.includes(unitWord)) ?? rnd.pick(units);
    // Dates: finished proposals around their meeting; live ones relative to today.
    let at = IN_PROGRESS.includes(state) ? NOW - rnd.int(90, 200) * DAY : Date.UTC(meeting.year, 0, 5 + rnd.int(0, 10), 2);
    const step = (min: number, max: number) => (at = Math.min(at + rnd.int(min, max) * DAY, NOW - DAY));
    let from: ProposalState = "DRAFT";
    let round = 1;
    // A minute apart at least: steps clamped to "yesterday" keep their order in the timeline.
    let tick = 0;
    const ev = (action: string, to: ProposalState, actor: Actor, comment: string | null = null) =>
      events.push({ tenantId: t.id, proposalId: id, action, fromState: from, toState: to, actorId: actor.id, actorName: actor.name, comment, createdAt: new Date(at + tick++ * 60_000) });
    ev("create", "DRAFT", enteredByOffice ? office : submitter);
    const row: Record<string, unknown> = { state, round };
    let assignmentId: string | null = null;
    const path = [...PATH[state]];
    if (state === "CLOSED" && rnd.next() < 0.12) path.splice(path.length - 1, 1, "rateDissatisfied", "rehandle", "reply", "rateSatisfied");
    if (member && rnd.next() < 0.3 && state !== "DRAFT") {
      const others = members.filter((m) => m.id !== member.id);
      for (const m of [rnd.pick(others), rnd.pick(others)].filter((x, k, a) => a.indexOf(x) === k)) {
        cosigners.push({ tenantId: t.id, proposalId: id, memberId: m.id, memberName: m.name, status: state === "COSIGNING" ? ("INVITED" as const) : ("CONFIRMED" as const), invitedAt: new Date(at), answeredAt: state === "COSIGNING" ? null : new Date(at + DAY) });
      }
      if (state !== "COSIGNING") path.unshift("requestCosign");
    }
    for (const action of path) {
      const to: ProposalState = findTransition(proposalMachine, from, action)!.to;
      if (action === "submit") row.submittedAt = new Date(step(1, 5));
      else if (action === "reply") step(20, 70);
      else if (action === "assign") at = Math.max(step(3, 12), IN_PROGRESS.includes(state) ? NOW - (state === "ASSIGNED" ? rnd.int(1, 14) : rnd.int(20, 110)) * DAY : 0);
      else step(1, 8);
      const unitActor: Actor = { id: unit.userId, name: unit.name };
      const actor = ["sign", "reply"].includes(action) ? unitActor : ["requestCosign", "submit", "rateSatisfied", "rateDissatisfied"].includes(action) ? (action === "submit" && enteredByOffice ? office : submitter) : office;
      let comment: string | null = null;
      if (action === "returnToSubmitter") row.returnReason = comment = rnd.pick(demo.RETURN_REASONS);
      if (action === "decline") {
        row.notFiledDestination = rnd.weighted([["WITHDRAWN", 3], ["TO_OPINION", 4], ["OTHER", 2]] as const);
        row.notFiledReason = comment = rnd.pick(demo.DECLINE_REASONS);
      }
      if (action === "file") {
        const seq = (seqs.get(meeting.id) ?? 0) + 1;
        seqs.set(meeting.id, seq);
        Object.assign(row, { filedAt: new Date(at), caseSeq: seq, caseNumber: `${String(session.number).padStart(2, "0")}-${String(meeting.number).padStart(2, "0")}-${String(seq).padStart(3, "0")}` });
        if (rnd.next() < 0.08) Object.assign(row, { isKey: true, keySupervisor: rnd.pick(["李主席", "王副主席", "张副主席", "赵秘书长"]) });
      }
      if (action === "assign") {
        assignmentId = randomUUID();
        const deadline = new Date(at + 91 * DAY);
        deadline.setUTCHours(0, 0, 0, 0);
        assignments.push({ tenantId: t.id, id: assignmentId, proposalId: id, unitId: unit.id, role: "LEAD" as const, deadline, assignedAt: new Date(at), assignedBy: office.id!, signedAt: null as Date | null, signedBy: null as string | null, repliedAt: null as Date | null });
        for (const co of units.filter((u) => u.id !== unit.id && rnd.next() < 0.12).slice(0, 2)) {
          assignments.push({ tenantId: t.id, id: randomUUID(), proposalId: id, unitId: co.id, role: "CO" as const, deadline, assignedAt: new Date(at), assignedBy: office.id!, signedAt: new Date(at + 2 * DAY), signedBy: co.userId, repliedAt: null });
        }
      }
      const lead = assignments.find((a) => a.id === assignmentId);
      if (action === "sign") Object.assign(lead!, { signedAt: new Date(at), signedBy: unit.userId });
      if (action === "reply") {
        const result = rnd.weighted([["A", 5], ["B", 4], ["C", 1]] as const);
        replies.push({ tenantId: t.id, proposalId: id, assignmentId: assignmentId!, unitId: unit.id, isLead: true, result, content: demo.REPLY_TEXTS[result], round, repliedBy: unit.userId ?? office.id!, repliedByName: unit.name, createdAt: new Date(at) });
        lead!.repliedAt = new Date(at);
      }
      if (action === "rateSatisfied" || action === "rateDissatisfied") {
        const satisfaction = action === "rateDissatisfied" ? ("DISSATISFIED" as const) : rnd.weighted([["SATISFIED", 7], ["BASICALLY_SATISFIED", 3]] as const);
        comment = satisfaction === "DISSATISFIED" ? "答复未提出具体措施和时间表" : null;
        feedbacks.push({ tenantId: t.id, proposalId: id, round, satisfaction, comment, submittedBy: submitter.id ?? office.id!, createdAt: new Date(at), decision: null as "REHANDLE" | null, decidedBy: null as string | null, decidedAt: null as Date | null });
        if (action === "rateSatisfied") row.closedAt = new Date(at);
      }
      if (action === "rehandle") {
        Object.assign(feedbacks[feedbacks.length - 1]!, { decision: "REHANDLE", decidedBy: office.id, decidedAt: new Date(at) });
        round++;
        row.round = round;
      }
      ev(action, to, actor, comment);
      from = to;
    }
    proposals.push({
      tenantId: t.id, id, sessionId: session.id, meetingId: meeting.id, categoryId: categoryIds.get(categoryName) ?? null, ...text,
      submitterType: collective ? ("COLLECTIVE" as const) : ("MEMBER" as const), memberId: member?.id ?? null, collectiveId: collective?.id ?? null, submitterName: submitter.name,
      createdBy: (enteredByOffice ? office.id : submitter.id)!, enteredByOffice, version: events.filter((e) => e.proposalId === id && e.fromState !== e.toState).length,
      terms: termsOf(text.title, plainText(text.content)), createdAt: events.find((e) => e.proposalId === id)!.createdAt, ...row,
    });
  }
  const chunks = async <T>(rows: T[], write: (xs: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 25) await write(rows.slice(i, i + 25));
  };
  await chunks(proposals, (data) => tx.proposal.createMany({ data: data as never }));
  await chunks(cosigners, (data) => tx.proposalCosigner.createMany({ data }));
  await chunks(events, (data) => tx.proposalEvent.createMany({ data }));
  await chunks(assignments, (data) => tx.proposalAssignment.createMany({ data }));
  await chunks(replies, (data) => tx.proposalReply.createMany({ data }));
  await chunks(feedbacks, (data) => tx.proposalFeedback.createMany({ data }));
  await tx.proposalCaseCounter.createMany({ data: [...seqs].map(([scopeId, lastSeq]) => ({ tenantId: t.id, scopeId, lastSeq })) });
}

async function seedCategories(tx: Tx, tenantId: string) {
  const ids = new Map<string, string>();
  const rows = [];
  for (const [i, [parent, children]] of demo.CATEGORY_TREE.entries()) {
    const pid = randomUUID();
    ids.set(parent, pid);
    rows.push({ tenantId, id: pid, name: parent, parentId: null, sortOrder: (i + 1) * 10 });
    children.forEach((c, j) => {
      const cid = randomUUID();
      ids.set(c, cid);
      rows.push({ tenantId, id: cid, name: c, parentId: pid, sortOrder: (j + 1) * 10 });
    });
  }
  // Parents first: createMany keeps the order of one statement, and the parent rows come before their children.
  await tx.proposalCategory.createMany({ data: rows.filter((r) => !r.parentId) });
  await tx.proposalCategory.createMany({ data: rows.filter((r) => r.parentId) });
  return ids;
}
