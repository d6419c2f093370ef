/**
 * Test-only builders for the proposals module (owner connection, no actor): a committee with a session
 * and meeting, categories, members with accounts, office staff and handling units with accounts.
 * Not imported by application code.
 */
import { randomUUID } from "node:crypto";
import type { ProposalState, Role } from "@zhzx/shared";
import { expect } from "vitest";
import { owner } from "../../../test/support/db";
import { createTenant, createUser } from "../../../test/support/factories";
import { execAs } from "../../../test/support/gql";
import type { Viewer } from "../../context/viewer";
import { createDicts, createMember, createSession } from "../members/members.fixtures";
import { termsOf } from "./text-similarity";

export interface World {
  tenantId: string;
  sessionId: string;
  meetingId: string;
  categories: { economy: string; industry: string; society: string; education: string };
  members: { viewer: Viewer; memberId: string; name: string }[];
  office: Viewer;
  office2: Viewer;
  staff: Viewer;
  units: { viewer: Viewer; unitId: string; name: string }[];
  collective: { viewer: Viewer; collectiveId: string; name: string };
}

let n = 0;
export async function createWorld(opts: { members?: number; units?: number } = {}): Promise<World> {
  const tenantId = (await createTenant()).id;
  const dicts = await createDicts(tenantId);
  const session = await createSession(tenantId, { number: 15, isCurrent: true });
  const meeting = await owner.sessionMeeting.create({ data: { tenantId, sessionId: session.id, number: 3, name: "第三次会议", year: 2024 } });
  const cat = (name: string, parentId: string | null = null) => owner.proposalCategory.create({ data: { tenantId, name, parentId } });
  const economy = await cat("经济建设");
  const industry = await cat("工业经济", economy.id);
  const society = await cat("社会建设");
  const education = await cat("教育", society.id);
  const members = [];
  for (let i = 0; i < (opts.members ?? 3); i++) {
    const name = ["张华强", "李秀英", "王建国", "赵丽华", "刘志强"][i] ?? `委员${i}`;
    const { user, viewer } = await createUser(tenantId, ["MEMBER"]);
    const memberId = await createMember(tenantId, dicts, { name, userId: user.id, terms: [{ sessionId: session.id }] });
    members.push({ viewer: { ...viewer, displayName: name }, memberId, name });
  }
  const role = async (roles: Role[], displayName: string) => ({ ...(await createUser(tenantId, roles)).viewer, displayName });
  const units = [];
  for (let i = 0; i < (opts.units ?? 3); i++) {
    const name = ["大同市教育局", "大同市财政局", "大同市住房和城乡建设局", "大同市卫生健康委员会"][i] ?? `承办单位${i}`;
    const { user, viewer } = await createUser(tenantId, ["HANDLING_UNIT"]);
    const unit = await owner.handlingUnit.create({ data: { tenantId, name, userId: user.id, sortOrder: i } });
    units.push({ viewer: { ...viewer, displayName: name }, unitId: unit.id, name });
  }
  const { user: cu, viewer: cv } = await createUser(tenantId, ["COLLECTIVE"]);
  const collective = await owner.collectiveSubmitter.create({ data: { tenantId, name: `民盟大同市委员会${++n}`, userId: cu.id } });
  return {
    tenantId,
    sessionId: session.id,
    meetingId: meeting.id,
    categories: { economy: economy.id, industry: industry.id, society: society.id, education: education.id },
    members,
    office: await role(["STAFF", "PROPOSAL_OFFICE"], "提案委甲"),
    office2: await role(["STAFF", "PROPOSAL_OFFICE"], "提案委乙"),
    staff: await role(["STAFF"], "工作人员"),
    units,
    collective: { viewer: { ...cv, displayName: collective.name }, collectiveId: collective.id, name: collective.name },
  };
}

/** A proposal row put straight into a state (the lifecycle test drives the real path; others need many rows fast). */
export async function createProposalRow(w: World, spec: { state: ProposalState; title?: string; content?: string; member?: number; categoryId?: string | null; isKey?: boolean; caseSeq?: number; submitterType?: "MEMBER" | "COLLECTIVE" }) {
  const id = randomUUID();
  const title = spec.title ?? `关于测试提案${id.slice(0, 6)}的建议`;
  const content = spec.content ?? "<p>测试内容</p>";
  const collective = spec.submitterType === "COLLECTIVE";
  const m = w.members[spec.member ?? 0]!;
  await owner.proposal.create({
    data: {
      tenantId: w.tenantId,
      id,
      sessionId: w.sessionId,
      meetingId: w.meetingId,
      categoryId: spec.categoryId === undefined ? w.categories.industry : spec.categoryId,
      title,
      content,
      submitterType: collective ? "COLLECTIVE" : "MEMBER",
      memberId: collective ? null : m.memberId,
      collectiveId: collective ? w.collective.collectiveId : null,
      submitterName: collective ? w.collective.name : m.name,
      createdBy: m.viewer.userId,
      state: spec.state,
      isKey: spec.isKey ?? false,
      keySupervisor: spec.isKey ? "王副主席" : null,
      terms: termsOf(title, content),
      submittedAt: spec.state === "DRAFT" ? null : new Date(),
      ...(spec.caseSeq ? { caseSeq: spec.caseSeq, caseNumber: `15-03-${String(spec.caseSeq).padStart(3, "0")}` } : {}),
    },
  });
  return id;
}

/** Runs an operation that must succeed, and returns its data. */
export async function ok<T = any>(viewer: Viewer, source: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await execAs(viewer, source, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

export const DETAIL = `fragment D on ProposalDetail {
  id version state caseNumber title content isKey keySupervisor submitterName submitterType cosignerCount round availableActions
  leadUnit { id name } coUnits { id name } deadline
  cosigners { memberName status }
  events { action fromState toState actorName comment }
  assignments { id unit { name } role status deadline signedAt repliedAt daysLeft overdue requests { id kind status } }
  replies { unit { name } isLead result round content }
  feedbacks { round satisfaction comment decision }
}`;

/** Calls a transition mutation `name(input: $i)` and returns the proposal detail. */
export const mutation = (name: string, inputType: string) => `mutation($i: ${inputType}!) { ${name}(input: $i) { ...D } } ${DETAIL}`;
