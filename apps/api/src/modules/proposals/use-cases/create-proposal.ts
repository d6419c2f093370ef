import { createProposalInput, type ProposalSubmitterType } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import type { CreateProposalInput } from "../inputs.types";
import { loadProposalDetail, proposalWork } from "../proposal-work";
import type { ProposalActor } from "../proposals.policy";
import { plainText, sanitizeRichText } from "../rich-text";
import { termsOf } from "../text-similarity";
import { recordEvent } from "../transition";

export interface Submitter {
  submitterType: ProposalSubmitterType;
  memberId: string | null;
  collectiveId: string | null;
  submitterName: string;
  enteredByOffice: boolean;
}

/** Sanitises the rich text and refuses one that is empty once the markup is gone. */
export function cleanContent(html: string, field = "content", label = "提案内容") {
  const content = sanitizeRichText(html);
  const text = plainText(content);
  if (!text) throw ValidationFailed(`请输入${label}`, { [field]: `请输入${label}` });
  return { content, text };
}

/**
 * The submitter: the viewer themself (their member profile or collective), or — 补录 — the member or
 * collective the proposal office names. A member must serve in the proposal's session.
 */
async function resolveSubmitter(db: Tx, a: ProposalActor, sessionId: string, named: { memberId: string | null; collectiveId: string | null }): Promise<Submitter> {
  const office = !!(named.memberId || named.collectiveId);
  if (office && !a.permissions.has("proposal:manage")) throw Forbidden("只有提案委可以代为录入（补录）提案");
  if (named.memberId && named.collectiveId) throw ValidationFailed("补录时请在委员和集体中选择其一");
  const memberId = office ? named.memberId : a.memberId;
  const collectiveId = office ? named.collectiveId : memberId ? null : a.collectiveId;
  if (memberId) {
    const m = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId: a.tenantId, id: memberId } }, select: { id: true, name: true, terms: { where: { sessionId }, select: { id: true } } } });
    if (!m) throw ValidationFailed("委员不存在", { memberId: "委员不存在" });
    if (!m.terms.length) throw ValidationFailed(`${m.name}不是所选届次的委员`, { sessionId: "提案人不是该届委员" });
    return { submitterType: "MEMBER", memberId: m.id, collectiveId: null, submitterName: m.name, enteredByOffice: office };
  }
  if (collectiveId) {
    const c = await db.collectiveSubmitter.findUnique({ where: { tenantId_id: { tenantId: a.tenantId, id: collectiveId } }, select: { id: true, name: true, disabled: true } });
    if (!c || c.disabled) throw ValidationFailed("集体用户不存在或已停用", { collectiveId: "集体用户不存在" });
    return { submitterType: "COLLECTIVE", memberId: null, collectiveId: c.id, submitterName: c.name, enteredByOffice: office };
  }
  throw Forbidden("当前账号未关联委员档案或集体用户，不能提交提案");
}

/** Session, meeting (of that session) and category must exist in this committee. */
export async function assertRefs(db: Tx, tenantId: string, r: { sessionId?: string; meetingId?: string | null; categoryId?: string | null }, sessionId: string) {
  if (r.sessionId && !(await db.committeeSession.findUnique({ where: { tenantId_id: { tenantId, id: r.sessionId } }, select: { id: true } }))) {
    throw ValidationFailed("届次不存在", { sessionId: "届次不存在" });
  }
  if (r.meetingId) {
    const m = await db.sessionMeeting.findUnique({ where: { tenantId_id: { tenantId, id: r.meetingId } }, select: { sessionId: true } });
    if (!m || m.sessionId !== sessionId) throw ValidationFailed("会议不存在或不属于所选届次", { meetingId: "会议不属于所选届次" });
  }
  if (r.categoryId && !(await db.proposalCategory.findUnique({ where: { tenantId_id: { tenantId, id: r.categoryId } }, select: { id: true } }))) {
    throw ValidationFailed("提案分类不存在", { categoryId: "提案分类不存在" });
  }
}

/** A new draft (草稿). */
export async function createProposal(ctx: Context, input: CreateProposalInput) {
  const data = parseInput(createProposalInput, input);
  const { content, text } = cleanContent(data.content);
  return proposalWork(ctx, async (w, a) => {
    const submitter = await resolveSubmitter(w.db, a, data.sessionId, data);
    await assertRefs(w.db, a.tenantId, data, data.sessionId);
    const p = await w.db.proposal.create({
      data: {
        tenantId: a.tenantId,
        sessionId: data.sessionId,
        meetingId: data.meetingId,
        categoryId: data.categoryId,
        title: data.title,
        content,
        reasons: data.reasons,
        suggestions: data.suggestions,
        ...submitter,
        createdBy: a.userId,
        terms: termsOf(data.title, text),
      },
    });
    await recordEvent(w, a, p.id, "create", "DRAFT", "DRAFT", null, { title: p.title, submitter: p.submitterName, enteredByOffice: p.enteredByOffice });
    return loadProposalDetail(w, a, p.id);
  });
}
