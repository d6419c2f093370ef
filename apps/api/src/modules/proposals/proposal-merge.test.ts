import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createWorld, DETAIL, mutation, ok } from "./proposals.fixtures";

const CREATE = `mutation($i: CreateProposalInput!) { createProposal(input: $i) { ...D } } ${DETAIL}`;
const SUBMIT = mutation("submitProposal", "ProposalTransitionInput");
const PASS1 = mutation("passFirstReview", "ProposalTransitionInput");
const MERGE = `mutation($i: MergeProposalInput!) { mergeProposal(input: $i) { ...D mergedProposals { id title submitterName content } } } ${DETAIL}`;
const GET = `query($id: ID!) { proposal(id: $id) { ...D notFiledDestination notFiledReason mergedInto { id title } } } ${DETAIL}`;

async function submitted(w: Awaited<ReturnType<typeof createWorld>>, who: number, title: string) {
  const m = w.members[who]!;
  const p = (await ok(m.viewer, CREATE, { i: { sessionId: w.sessionId, title, content: `<p>${title}的内容</p>` } })).createProposal;
  return (await ok(m.viewer, SUBMIT, { i: { id: p.id, version: p.version } })).submitProposal;
}

describe("并案", () => {
  it("merges a duplicate into another proposal: NOT_FILED (MERGED), both texts kept, its submitter joins as co-signer, both timelines and the audit say so", async () => {
    const w = await createWorld();
    const target = await submitted(w, 0, "关于加快大同古城保护利用的建议");
    const dup = await submitted(w, 1, "关于加强大同古城保护的建议");
    const t1 = (await ok(w.office, PASS1, { i: { id: target.id, version: target.version } })).passFirstReview;

    const merged = (await ok(w.office, MERGE, { i: { id: dup.id, version: dup.version, intoId: target.id } })).mergeProposal;
    expect(merged).toMatchObject({ id: target.id, state: "FIRST_REVIEWED", version: t1.version + 1 });
    expect(merged.mergedProposals).toEqual([{ id: dup.id, title: "关于加强大同古城保护的建议", submitterName: "李秀英", content: "<p>关于加强大同古城保护的建议的内容</p>" }]);
    expect(merged.cosigners).toEqual([{ memberName: "李秀英", status: "CONFIRMED" }]);
    expect(merged.events.at(-1)).toMatchObject({ action: "mergeIn", comment: "并入《关于加强大同古城保护的建议》（提案人：李秀英）" });

    const gone = (await ok(w.office, GET, { id: dup.id })).proposal;
    expect(gone).toMatchObject({ state: "NOT_FILED", notFiledDestination: "MERGED", notFiledReason: "并入《关于加快大同古城保护利用的建议》", mergedInto: { id: target.id } });
    expect(gone.events.at(-1)).toMatchObject({ action: "merge", fromState: "SUBMITTED", toState: "NOT_FILED" });
    // The merged member now sees the target as a co-signer, and was told.
    const mine = await ok(w.members[1]!.viewer, GET, { id: target.id });
    expect(mine.proposal.id).toBe(target.id);
    expect(await owner.notification.count({ where: { tenantId: w.tenantId, kind: "proposal.merged", sourceId: dup.id } })).toBe(1);
    const audit = await owner.auditLog.findMany({ where: { tenantId: w.tenantId, action: { in: ["proposal.merge", "proposal.mergeIn"] } }, orderBy: { id: "asc" } });
    expect(audit.map((x) => [x.action, x.targetId])).toEqual([["proposal.merge", dup.id], ["proposal.mergeIn", target.id]]);
  });

  it("refuses: itself, a stale version, a closed or merged target, another committee's proposal, a member", async () => {
    const w = await createWorld();
    const a = await submitted(w, 0, "关于发展黄花产业的建议");
    const b = await submitted(w, 1, "关于做强黄花产业链的建议");
    const c = await submitted(w, 2, "关于黄花品牌建设的建议");
    const self = await execAs(w.office, MERGE, { i: { id: a.id, version: a.version, intoId: a.id } });
    expect([self.code, self.errors?.[0]?.message]).toEqual(["VALIDATION_FAILED", "不能并入提案本身"]);
    expect((await execAs(w.office, MERGE, { i: { id: a.id, version: a.version + 5, intoId: b.id } })).code).toBe("CONFLICT");
    expect((await execAs(w.members[0]!.viewer, MERGE, { i: { id: a.id, version: a.version, intoId: b.id } })).code).toBe("FORBIDDEN");

    await ok(w.office, MERGE, { i: { id: b.id, version: b.version, intoId: a.id } });
    // b is merged now: nothing can go into it, and it cannot be merged again.
    const intoMerged = await execAs(w.office, MERGE, { i: { id: c.id, version: c.version, intoId: b.id } });
    expect([intoMerged.code, intoMerged.errors?.[0]?.message]).toEqual(["INVALID_TRANSITION", "目标提案当前为“不予立案”，不能并入"]);

    const other = await createWorld();
    const foreign = await submitted(other, 0, "关于黄花产业的建议");
    expect((await execAs(w.office, MERGE, { i: { id: c.id, version: c.version, intoId: foreign.id } })).code).toBe("NOT_FOUND");
    expect((await execAs(w.office, GET, { id: c.id })).data.proposal.state).toBe("SUBMITTED");
  });
});
