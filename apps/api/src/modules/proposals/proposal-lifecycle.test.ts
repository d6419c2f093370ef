import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { addMonths, todayInChina } from "./dates";
import { createWorld, DETAIL, mutation, ok } from "./proposals.fixtures";

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
const REHANDLE = mutation("rehandleProposal", "RehandleProposalInput");
const GET = `query($id: ID!) { proposal(id: $id) { ...D } } ${DETAIL}`;

describe("a proposal from draft to closed through the GraphQL API", () => {
  it("joint proposal, two reviews, filing, assignment, signing, reply, dissatisfied → rehandled → satisfied → CLOSED, every step an event", async () => {
    const w = await createWorld();
    const [lead, cosigner, decliner] = w.members;
    const [unit, coUnit] = w.units;

    // Draft: the rich text is sanitised on the server.
    let p = (await ok(lead!.viewer, CREATE, {
      i: { sessionId: w.sessionId, meetingId: w.meetingId, categoryId: w.categories.education, title: "关于加快推进大同市老旧小区改造的建议",
        content: '<p onclick="steal()">老旧小区<b>改造</b>滞后<script>alert(1)</script></p>', reasons: "基础设施老化", suggestions: "加大投入" },
    })).createProposal;
    expect(p).toMatchObject({ state: "DRAFT", version: 0, content: "<p>老旧小区<b>改造</b>滞后</p>", submitterName: "张华强", submitterType: "MEMBER" });
    expect(p.availableActions.sort()).toEqual(["requestCosign", "submit"]);

    // 联名: two invited, submission waits until both have answered.
    p = (await ok(lead!.viewer, INVITE, { i: { id: p.id, version: p.version, memberIds: [cosigner!.memberId, decliner!.memberId] } })).inviteProposalCosigners;
    expect(p.state).toBe("COSIGNING");
    const early = await execAs(lead!.viewer, SUBMIT, { i: { id: p.id, version: p.version } });
    expect(early.code).toBe("VALIDATION_FAILED");
    expect(early.errors![0]!.message).toBe("尚有 2 位联名委员未答复，不能提交");
    const invites = await ok(cosigner!.viewer, `{ myProposalCosignInvitations(pendingOnly: true) { status proposal { id title } } }`);
    expect(invites.myProposalCosignInvitations).toEqual([{ status: "INVITED", proposal: { id: p.id, title: "关于加快推进大同市老旧小区改造的建议" } }]);
    await ok(cosigner!.viewer, ANSWER, { i: { proposalId: p.id, accept: true } });
    p = (await ok(decliner!.viewer, ANSWER, { i: { proposalId: p.id, accept: false, comment: "不熟悉该领域" } })).answerProposalCosign;
    expect(p.cosigners).toEqual([{ memberName: "李秀英", status: "CONFIRMED" }, { memberName: "王建国", status: "DECLINED" }]);
    p = (await ok(lead!.viewer, SUBMIT, { i: { id: p.id, version: p.version } })).submitProposal;
    expect([p.state, p.cosignerCount]).toEqual(["SUBMITTED", 1]);

    // Two reviews, then filing with a case number and the key-proposal flag.
    p = (await ok(w.office, PASS1, { i: { id: p.id, version: p.version, comment: "符合要求" } })).passFirstReview;
    p = (await ok(w.office2, PASS2, { i: { id: p.id, version: p.version } })).passSecondReview;
    expect(p.state).toBe("SECOND_REVIEWED");
    p = (await ok(w.office, FILE, { i: { id: p.id, version: p.version, isKey: true, keySupervisor: "王副主席" } })).fileProposal;
    expect(p).toMatchObject({ state: "FILED", caseNumber: "15-03-001", isKey: true, keySupervisor: "王副主席" });

    // Assignment with the default deadline (3 months), then both units sign.
    p = (await ok(w.office, ASSIGN, { i: { id: p.id, version: p.version, leadUnitId: unit!.unitId, coUnitIds: [coUnit!.unitId] } })).assignProposal;
    expect(p).toMatchObject({ state: "ASSIGNED", leadUnit: { name: "大同市教育局" }, coUnits: [{ name: "大同市财政局" }], deadline: addMonths(todayInChina(), 3) });
    p = (await ok(unit!.viewer, SIGN, { i: { id: p.id, version: p.version } })).signProposal;
    expect(p.state).toBe("HANDLING");
    p = (await ok(coUnit!.viewer, SIGN, { i: { id: p.id, version: p.version } })).signProposal;
    expect(p.assignments.map((a: any) => [a.unit.name, a.role, !!a.signedAt])).toEqual([["大同市教育局", "LEAD", true], ["大同市财政局", "CO", true]]);

    // Reply, dissatisfied, the office sends it back, second reply, satisfied.
    p = (await ok(unit!.viewer, REPLY, { i: { id: p.id, version: p.version, result: "B", content: "<p>已列入2025年改造计划</p>" } })).replyProposal;
    expect(p.state).toBe("REPLIED");
    expect((await execAs(lead!.viewer, RATE, { i: { id: p.id, version: p.version, satisfaction: "DISSATISFIED" } })).code).toBe("VALIDATION_FAILED");
    p = (await ok(lead!.viewer, RATE, { i: { id: p.id, version: p.version, satisfaction: "DISSATISFIED", comment: "没有具体时间表" } })).rateProposal;
    expect(p.state).toBe("DISSATISFIED");
    p = (await ok(w.office, REHANDLE, { i: { id: p.id, version: p.version, comment: "请补充时间表" } })).rehandleProposal;
    expect([p.state, p.round]).toEqual(["HANDLING", 2]);
    p = (await ok(unit!.viewer, REPLY, { i: { id: p.id, version: p.version, result: "A", content: "<p>2025年6月前完成</p>" } })).replyProposal;
    p = (await ok(lead!.viewer, RATE, { i: { id: p.id, version: p.version, satisfaction: "SATISFIED" } })).rateProposal;
    expect(p.state).toBe("CLOSED");
    expect(p.availableActions).toEqual([]);
    expect(p.replies.map((r: any) => [r.round, r.result])).toEqual([[1, "B"], [2, "A"]]);
    expect(p.feedbacks).toEqual([
      { round: 1, satisfaction: "DISSATISFIED", comment: "没有具体时间表", decision: "REHANDLE" },
      { round: 2, satisfaction: "SATISFIED", comment: null, decision: null },
    ]);

    // The timeline: who, from, to, for every step.
    const final = (await ok(w.staff, GET, { id: p.id })).proposal;
    expect(final.events.map((e: any) => [e.action, e.fromState, e.toState, e.actorName])).toEqual([
      ["create", "DRAFT", "DRAFT", "张华强"],
      ["requestCosign", "DRAFT", "COSIGNING", "张华强"],
      ["confirmCosign", "COSIGNING", "COSIGNING", "李秀英"],
      ["declineCosign", "COSIGNING", "COSIGNING", "王建国"],
      ["submit", "COSIGNING", "SUBMITTED", "张华强"],
      ["passFirstReview", "SUBMITTED", "FIRST_REVIEWED", "提案委甲"],
      ["passSecondReview", "FIRST_REVIEWED", "SECOND_REVIEWED", "提案委乙"],
      ["file", "SECOND_REVIEWED", "FILED", "提案委甲"],
      ["assign", "FILED", "ASSIGNED", "提案委甲"],
      ["sign", "ASSIGNED", "HANDLING", "大同市教育局"],
      ["signCo", "HANDLING", "HANDLING", "大同市财政局"],
      ["reply", "HANDLING", "REPLIED", "大同市教育局"],
      ["rateDissatisfied", "REPLIED", "DISSATISFIED", "张华强"],
      ["rehandle", "DISSATISFIED", "HANDLING", "提案委甲"],
      ["reply", "HANDLING", "REPLIED", "大同市教育局"],
      ["rateSatisfied", "REPLIED", "CLOSED", "张华强"],
    ]);
    expect(final.version).toBe(12); // one per transition; answers and co-unit signatures touch only their own rows
    const audits = await owner.auditLog.findMany({ where: { tenantId: w.tenantId, targetId: p.id, action: { startsWith: "proposal." } }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toContain("proposal.case_number");
    expect(audits.filter((a) => a.action !== "proposal.case_number")).toHaveLength(16);
  });

  it("the office enters a paper proposal for a member (补录) and submits it; the member sees it as theirs", async () => {
    const w = await createWorld();
    const p = (await ok(w.office, CREATE, { i: { sessionId: w.sessionId, title: "关于发展黄花产业的建议", content: "<p>黄花</p>", memberId: w.members[1]!.memberId } })).createProposal;
    expect(p).toMatchObject({ submitterName: "李秀英", state: "DRAFT" });
    const sent = (await ok(w.office, SUBMIT, { i: { id: p.id, version: p.version } })).submitProposal;
    expect(sent.state).toBe("SUBMITTED");
    const mine = await ok(w.members[1]!.viewer, `{ myProposals { total items { title enteredByOffice } } }`);
    expect(mine.myProposals).toEqual({ total: 1, items: [{ title: "关于发展黄花产业的建议", enteredByOffice: true }] });
    // A member cannot enter a proposal in someone else's name.
    const forged = await execAs(w.members[0]!.viewer, CREATE, { i: { sessionId: w.sessionId, title: "冒名", content: "<p>x</p>", memberId: w.members[1]!.memberId } });
    expect(forged.code).toBe("FORBIDDEN");
    // Empty content once the markup is gone.
    const empty = await execAs(w.members[0]!.viewer, CREATE, { i: { sessionId: w.sessionId, title: "空", content: "<script>x</script><p> </p>" } });
    expect(empty.errors![0]!.extensions!.fields).toEqual({ content: "请输入提案内容" });
  });
});
