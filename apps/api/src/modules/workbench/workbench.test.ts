import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createProposalRow, createWorld } from "../proposals/proposals.fixtures";

const Q = `{ myWorkbench { isMember proposals proposalsFiled opinions opinionsAdopted meetingsAttended meetingsUpcoming unreadNotices score news { title } } }`;

describe("委员工作台", () => {
  it("counts the member's own proposals (as lead or confirmed co-signer) of the current session", async () => {
    const w = await createWorld({ members: 2, units: 1 });
    const [a, b] = w.members;
    const empty = (await execAs(a!.viewer, Q)).data.myWorkbench;
    expect(empty).toMatchObject({ isMember: true, proposals: 0, proposalsFiled: 0, opinions: 0, score: null, news: [] });

    await createProposalRow(w, { state: "SUBMITTED", member: 0 });
    await createProposalRow(w, { state: "FILED", member: 0, caseSeq: 1 });
    const cosigned = await createProposalRow(w, { state: "SUBMITTED", member: 1 });
    await owner.proposalCosigner.create({ data: { tenantId: w.tenantId, proposalId: cosigned, memberId: a!.memberId, memberName: a!.name, status: "CONFIRMED" } });
    await createProposalRow(w, { state: "DRAFT", member: 0 });

    expect((await execAs(a!.viewer, Q)).data.myWorkbench).toMatchObject({ proposals: 3, proposalsFiled: 1 });
    expect((await execAs(b!.viewer, Q)).data.myWorkbench).toMatchObject({ proposals: 1, proposalsFiled: 0 });
    // Staff are not portal users.
    expect((await execAs(w.staff, Q)).code).toBe("FORBIDDEN");
  });
});
