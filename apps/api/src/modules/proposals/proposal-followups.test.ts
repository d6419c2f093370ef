import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createWorld, DETAIL, mutation, ok, type World } from "./proposals.fixtures";

const CREATE = `mutation($i: CreateProposalInput!) { createProposal(input: $i) { ...D } } ${DETAIL}`;
const INVITE = mutation("inviteProposalCosigners", "InviteProposalCosignersInput");
const ANSWER = mutation("answerProposalCosign", "AnswerProposalCosignInput");
const SUBMIT = mutation("submitProposal", "ProposalTransitionInput");
const PASS1 = mutation("passFirstReview", "ProposalTransitionInput");
const PASS2 = mutation("passSecondReview", "ProposalTransitionInput");
const FILE = mutation("fileProposal", "FileProposalInput");
const ASSIGN = mutation("assignProposal", "AssignProposalInput");
const SIGN = mutation("signProposal", "ProposalTransitionInput");
const REPLY = mutation("replyProposal", "ReplyProposalInput");
const RATE = mutation("rateProposal", "RateProposalInput");

/** Open to-dos of the proposal as "kind→assignee" (a user's display key or a permission). */
async function openTodos(w: World, proposalId: string) {
  const rows = await owner.todoItem.findMany({ where: { tenantId: w.tenantId, sourceId: proposalId, doneAt: null }, orderBy: { kind: "asc" } });
  const who = (userId: string | null, perm: string | null) =>
    perm ?? [...w.members, ...w.units].find((x) => x.viewer.userId === userId)?.name ?? userId;
  return rows.map((t) => `${t.kind}→${who(t.assigneeUserId, t.assigneePermission)}`).sort();
}
const noticesOf = async (w: World, userId: string, proposalId: string) =>
  (await owner.notification.findMany({ where: { tenantId: w.tenantId, userId, sourceId: proposalId }, orderBy: { createdAt: "asc" } })).map((n) => n.kind);
const perfOf = async (w: World, proposalId: string) =>
  (await owner.performanceEvent.findMany({ where: { tenantId: w.tenantId, sourceId: proposalId, revokedAt: null } }))
    .map((e) => `${e.kind}:${w.members.find((m) => m.memberId === e.memberId)?.name}`).sort();

describe("a proposal's moves reach the inbox and duty performance", () => {
  it("to-dos follow whoever must act next; the submitter is told; submitting, co-signing, filing and 重点 count for the members", async () => {
    const w = await createWorld();
    const [lead, cosigner] = w.members;
    const [unit] = w.units;
    let p = (await ok(lead!.viewer, CREATE, { i: { sessionId: w.sessionId, meetingId: w.meetingId, categoryId: w.categories.education, title: "关于完善社区养老服务的建议", content: "<p>社区养老</p>" } })).createProposal;
    p = (await ok(lead!.viewer, INVITE, { i: { id: p.id, version: p.version, memberIds: [cosigner!.memberId] } })).inviteProposalCosigners;
    await ok(cosigner!.viewer, ANSWER, { i: { proposalId: p.id, accept: true } });
    p = (await ok(lead!.viewer, `{ proposal(id: "${p.id}") { ...D } } ${DETAIL}`)).proposal;
    expect(await perfOf(w, p.id)).toEqual([]);

    p = (await ok(lead!.viewer, SUBMIT, { i: { id: p.id, version: p.version } })).submitProposal;
    expect(await openTodos(w, p.id)).toEqual(["proposal.review→proposal:review"]);
    expect(await perfOf(w, p.id)).toEqual(["PROPOSAL_COSIGNED:李秀英", "PROPOSAL_SUBMITTED:张华强"]);

    p = (await ok(w.office, PASS1, { i: { id: p.id, version: p.version } })).passFirstReview;
    p = (await ok(w.office, PASS2, { i: { id: p.id, version: p.version } })).passSecondReview;
    expect(await openTodos(w, p.id)).toEqual(["proposal.review→proposal:review"]);
    p = (await ok(w.office, FILE, { i: { id: p.id, version: p.version, isKey: true, keySupervisor: "王副主席" } })).fileProposal;
    expect(await openTodos(w, p.id)).toEqual(["proposal.assign→proposal:manage"]);
    expect(await perfOf(w, p.id)).toEqual(["PROPOSAL_COSIGNED:李秀英", "PROPOSAL_FILED:张华强", "PROPOSAL_KEY:张华强", "PROPOSAL_SUBMITTED:张华强"]);

    // 取消重点提案 takes the 重点 event back (kept as revoked, so history still explains).
    p = (await ok(w.office, mutation("setKeyProposal", "SetKeyProposalInput"), { i: { id: p.id, version: p.version, isKey: false } })).setKeyProposal;
    expect(await perfOf(w, p.id)).not.toContain("PROPOSAL_KEY:张华强");

    p = (await ok(w.office, ASSIGN, { i: { id: p.id, version: p.version, leadUnitId: unit!.unitId } })).assignProposal;
    expect(await openTodos(w, p.id)).toEqual(["proposal.sign→大同市教育局"]);
    const signTodo = await owner.todoItem.findFirstOrThrow({ where: { tenantId: w.tenantId, sourceId: p.id, kind: "proposal.sign" } });
    expect(signTodo.dueAt).not.toBeNull();

    p = (await ok(unit!.viewer, SIGN, { i: { id: p.id, version: p.version } })).signProposal;
    expect(await openTodos(w, p.id)).toEqual(["proposal.reply→大同市教育局"]);
    p = (await ok(unit!.viewer, REPLY, { i: { id: p.id, version: p.version, result: "A", content: "<p>已落实</p>" } })).replyProposal;
    expect(await openTodos(w, p.id)).toEqual(["proposal.rate→张华强"]);
    p = (await ok(lead!.viewer, RATE, { i: { id: p.id, version: p.version, satisfaction: "SATISFIED" } })).rateProposal;
    expect(await openTodos(w, p.id)).toEqual([]);

    expect(await noticesOf(w, lead!.viewer.userId, p.id)).toEqual(["proposal.filed", "proposal.assigned", "proposal.replied"]);
    expect(await noticesOf(w, unit!.viewer.userId, p.id)).toEqual(["proposal.rated"]);
    // The co-signer is not the submitter: no notices about the handling.
    expect(await noticesOf(w, cosigner!.viewer.userId, p.id)).toEqual([]);
  });

  it("a move that fails leaves no to-do or notice behind", async () => {
    const w = await createWorld({ members: 1, units: 1 });
    const [lead] = w.members;
    let p = (await ok(lead!.viewer, CREATE, { i: { sessionId: w.sessionId, meetingId: w.meetingId, title: "关于加强校园周边交通安全的建议", content: "<p>交通</p>" } })).createProposal;
    p = (await ok(lead!.viewer, SUBMIT, { i: { id: p.id, version: p.version } })).submitProposal;
    p = (await ok(w.office, PASS1, { i: { id: p.id, version: p.version } })).passFirstReview;
    p = (await ok(w.office, PASS2, { i: { id: p.id, version: p.version } })).passSecondReview;
    // No category: filing is refused, and neither the assign to-do nor the 立案 notice appears.
    const r = await execAs(w.office, FILE, { i: { id: p.id, version: p.version, isKey: false } });
    expect(r.code).toBe("VALIDATION_FAILED");
    expect(await openTodos(w, p.id)).toEqual(["proposal.review→proposal:review"]);
    expect(await noticesOf(w, lead!.viewer.userId, p.id)).toEqual([]);
    expect(await perfOf(w, p.id)).toEqual(["PROPOSAL_SUBMITTED:张华强"]);
  });
});
