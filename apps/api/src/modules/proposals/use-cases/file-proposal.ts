import { fileProposalInput, PROPOSAL_FILED_STATES, setKeyProposalInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition, ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { Work } from "../../../core/unit-of-work";
import type { FileProposalInput, SetKeyProposalInput } from "../inputs.types";
import { findVisibleProposal, loadProposalDetail, proposalWork } from "../proposal-work";
import type { ProposalActor } from "../proposals.policy";
import { checkTransition, fireTransition, recordEvent, touchProposal } from "../transition";
import { assertRefs } from "./create-proposal";
import { afterKeyFlagChanged } from "../proposal-followups";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The next 案号 of the meeting (or of the session, for proposals between meetings): an atomic upsert on
 * the counter row, which locks it until this transaction ends — two filings never draw the same number,
 * and a rolled-back filing gives its number back. Format 届-次-序号, e.g. 15-03-012.
 */
export async function nextCaseNumber(w: Work, tenantId: string, p: { sessionId: string; meetingId: string | null }) {
  const scopeId = p.meetingId ?? p.sessionId;
  const [row] = await w.db.$queryRaw<{ last_seq: number }[]>`
    INSERT INTO proposal_case_counter (tenant_id, scope_id, last_seq) VALUES (${tenantId}::uuid, ${scopeId}::uuid, 1)
    ON CONFLICT (tenant_id, scope_id) DO UPDATE SET last_seq = proposal_case_counter.last_seq + 1
    RETURNING last_seq`;
  const session = await w.db.committeeSession.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: p.sessionId } }, select: { number: true } });
  const meeting = p.meetingId ? await w.db.sessionMeeting.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: p.meetingId } }, select: { number: true } }) : null;
  const seq = row!.last_seq;
  return { caseSeq: seq, caseNumber: `${pad(session.number, 2)}-${pad(meeting?.number ?? 0, 2)}-${pad(seq, 3)}` };
}

/** 立案: the category is settled, the case number drawn; optionally a key proposal with its supervising leader. */
export async function fileProposal(ctx: Context, input: FileProposalInput) {
  const data = parseInput(fileProposalInput, input);
  return proposalWork(ctx, async (w, a) => {
    const p = await findVisibleProposal(w, a, data.id);
    checkTransition(a, p, "file", data.version);
    const categoryId = data.categoryId ?? p.categoryId;
    if (!categoryId) throw ValidationFailed("立案前请确定提案分类", { categoryId: "请选择提案分类" });
    await assertRefs(w.db, a.tenantId, { categoryId }, p.sessionId);
    await fireTransition(w, a, p, "file", {
      version: data.version,
      comment: data.comment,
      data: { categoryId, isKey: data.isKey, keySupervisor: data.isKey ? data.keySupervisor : null, filedAt: new Date() },
      detail: { isKey: data.isKey },
    });
    const number = await nextCaseNumber(w, a.tenantId, p);
    await w.db.proposal.update({ where: { tenantId_id: { tenantId: a.tenantId, id: p.id } }, data: number });
    w.audit({ action: "proposal.case_number", targetType: "Proposal", targetId: p.id, detail: number });
    return loadProposalDetail(w, a, p.id);
  });
}

/** 重点提案 flag and supervising leader, on a filed proposal. */
export async function setKeyProposal(ctx: Context, input: SetKeyProposalInput) {
  const data = parseInput(setKeyProposalInput, input);
  return proposalWork(ctx, async (w, a: ProposalActor) => {
    const p = await findVisibleProposal(w, a, data.id);
    if (!PROPOSAL_FILED_STATES.includes(p.state)) throw InvalidTransition("立案后才能设置重点提案");
    await touchProposal(w, a, p, data.version, { isKey: data.isKey, keySupervisor: data.isKey ? data.keySupervisor : null });
    await recordEvent(w, a, p.id, "setKey", p.state, p.state, data.isKey ? `督办领导：${data.keySupervisor}` : "取消重点提案", { isKey: data.isKey });
    await afterKeyFlagChanged(w, a, p.id, data.isKey);
    return loadProposalDetail(w, a, p.id);
  });
}
