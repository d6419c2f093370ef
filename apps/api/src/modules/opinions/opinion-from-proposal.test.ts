import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { createUser } from "../../../test/support/factories";
import { createProposalRow, createWorld } from "../proposals/proposals.fixtures";
import { journalType, newIssue, ok } from "./opinions.fixtures";

const DECLINE = `mutation($i: DeclineProposalInput!) { declineProposal(input: $i) { state } }`;

describe("转社情民意 through the proposals module", () => {
  it("a proposal declined TO_OPINION enters the opinion review list, and goes on to an instruction", async () => {
    const w = await createWorld({ members: 1, units: 1 });
    const { viewer: editor } = await createUser(w.tenantId, ["STAFF", "OPINION_EDITOR"]);
    const pid = await createProposalRow(w, { state: "SECOND_REVIEWED", title: "关于发展夜间经济的建议", content: "<p>古城夜间消费供给不足。</p><p>建议打造夜间消费街区。</p>" });
    const p = await owner.proposal.findFirstOrThrow({ where: { id: pid } });
    expect((await ok(w.office, DECLINE, { i: { id: pid, version: p.version, destination: "TO_OPINION", reason: "更适合以社情民意反映" } })).declineProposal.state).toBe("NOT_FILED");

    const queue = await ok(editor, `{ opinions(filter: { states: [SUBMITTED] }) { items { id title origin originLabel submitterName version } } }`);
    expect(queue.opinions.items).toHaveLength(1);
    const item = queue.opinions.items[0];
    expect(item).toMatchObject({ title: "关于发展夜间经济的建议", origin: "FROM_PROPOSAL", originLabel: "提案转来", submitterName: "张华强" });
    const d = (await ok(editor, `query($id: ID!) { opinion(id: $id) { content sourceProposalId } }`, { id: item.id })).opinion;
    expect(d).toEqual({ content: "古城夜间消费供给不足。\n建议打造夜间消费街区。", sourceProposalId: pid });
    // In the proposal's own transaction, and audited there.
    expect(await owner.auditLog.count({ where: { tenantId: w.tenantId, action: "opinion.create_from_proposal", targetId: item.id } })).toBe(1);

    // Review, journal, publish, instruction: the member who proposed it sees it 已批示.
    const a = (await ok(editor, `mutation($id: ID!, $v: Int!) { passOpinionFirstReview(id: $id, version: $v) { version } }`, { id: item.id, v: item.version })).passOpinionFirstReview;
    const b = (await ok(editor, `mutation($id: ID!, $v: Int!) { passOpinionSecondReview(id: $id, version: $v) { version } }`, { id: item.id, v: a.version })).passOpinionSecondReview;
    const type = await journalType(editor);
    const issue = await newIssue(editor, type.id, 2025);
    const c = (await ok(editor, `mutation($i: ID!, $o: [OpinionRefInput!]!) { addOpinionsToIssue(issueId: $i, opinions: $o) { version } }`, { i: issue.id, o: [{ id: item.id, version: b.version }] })).addOpinionsToIssue;
    await ok(editor, `mutation($i: ID!, $v: Int!) { publishJournalIssue(id: $i, version: $v) { id } }`, { i: issue.id, v: c.version });
    await ok(editor, `mutation($o: ID!, $i: InstructionInputType!) { recordOpinionInstruction(opinionId: $o, input: $i) { id } }`, {
      o: item.id,
      i: { kind: "DEPARTMENT_REPLY", authorName: "大同市商务局", instructedAt: "2025-08-01", content: "已纳入夜间经济发展规划。" },
    });
    const mine = await ok(w.members[0]!.viewer, `{ myOpinions { items { id origin state instructed } } }`);
    expect(mine.myOpinions.items).toEqual([{ id: item.id, origin: "FROM_PROPOSAL", state: "PUBLISHED", instructed: true }]);
  });
});
