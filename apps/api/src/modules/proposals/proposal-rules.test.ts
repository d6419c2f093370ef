import { describe, expect, it } from "vitest";
import { owner } from "../../../test/support/db";
import { execAs } from "../../../test/support/gql";
import { createProposalRow, createWorld, DETAIL, mutation, ok } from "./proposals.fixtures";

const PASS1 = mutation("passFirstReview", "ProposalTransitionInput");
const FILE = mutation("fileProposal", "FileProposalInput");
const ASSIGN = mutation("assignProposal", "AssignProposalInput");
const SIGN = mutation("signProposal", "ProposalTransitionInput");
const RATE = mutation("rateProposal", "RateProposalInput");
const SUBMIT = mutation("submitProposal", "ProposalTransitionInput");
const REQUEST = mutation("requestProposalAssignmentChange", "ProposalAssignmentRequestInput");
const DECIDE = mutation("decideProposalAssignmentRequest", "DecideProposalAssignmentRequestInput");
const GET = `query($id: ID!) { proposal(id: $id) { ...D } } ${DETAIL}`;

describe("proposal rules: races, roles, records", () => {
  it("two reviewers acting at once: exactly one wins, the other gets CONFLICT, and only one event is stored", async () => {
    const w = await createWorld({ members: 1, units: 0 });
    for (let round = 0; round < 3; round++) {
      const id = await createProposalRow(w, { state: "SUBMITTED" });
      const results = await Promise.all([w.office, w.office2].map((v) => execAs(v, PASS1, { i: { id, version: 0 } })));
      expect(results.map((r) => r.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
      const row = await owner.proposal.findUniqueOrThrow({ where: { tenantId_id: { tenantId: w.tenantId, id } } });
      expect([row.state, row.version]).toEqual(["FIRST_REVIEWED", 1]);
      expect(await owner.proposalEvent.count({ where: { tenantId: w.tenantId, proposalId: id, action: "passFirstReview" } })).toBe(1);
    }
    // A stale version is refused even without a race.
    const id = await createProposalRow(w, { state: "SUBMITTED" });
    await owner.proposal.update({ where: { tenantId_id: { tenantId: w.tenantId, id } }, data: { version: 5 } });
    expect((await execAs(w.office, PASS1, { i: { id, version: 4 } })).code).toBe("CONFLICT");
  });

  it("case numbers stay unique and gapless when many proposals are filed at once", async () => {
    const w = await createWorld({ members: 1, units: 0 });
    const ids = await Promise.all(Array.from({ length: 8 }, () => createProposalRow(w, { state: "SECOND_REVIEWED" })));
    const results = await Promise.all(ids.map((id, i) => execAs(i % 2 ? w.office : w.office2, FILE, { i: { id, version: 0 } })));
    expect(results.map((r) => r.code ?? "OK")).toEqual(Array(8).fill("OK"));
    const numbers = results.map((r) => r.data.fileProposal.caseNumber).sort();
    expect(numbers).toEqual(["001", "002", "003", "004", "005", "006", "007", "008"].map((s) => `15-03-${s}`));
  });

  it("forbidden transitions: the machine's state gives INVALID_TRANSITION, the role or the record gives FORBIDDEN", async () => {
    const w = await createWorld({ members: 2, units: 1 });
    const submitted = await createProposalRow(w, { state: "SUBMITTED" });
    const replied = await createProposalRow(w, { state: "REPLIED" });
    // No permission for the mutation at all.
    expect((await execAs(w.members[0]!.viewer, PASS1, { i: { id: submitted, version: 0 } })).code).toBe("FORBIDDEN");
    expect((await execAs(w.office, RATE, { i: { id: replied, version: 0, satisfaction: "SATISFIED" } })).code).toBe("FORBIDDEN");
    expect((await execAs(w.staff, PASS1, { i: { id: submitted, version: 0 } })).code).toBe("FORBIDDEN");
    // The state does not allow it.
    const early = await execAs(w.office, FILE, { i: { id: submitted, version: 0 } });
    expect(early.code).toBe("INVALID_TRANSITION");
    expect(early.errors![0]!.message).toBe("提案当前为“待一审”，不能“立案”");
    expect((await execAs(w.members[0]!.viewer, SUBMIT, { i: { id: submitted, version: 0 } })).code).toBe("INVALID_TRANSITION");
    // The machine allows the role, the record-level policy refuses: only the submitter rates.
    await owner.proposalCosigner.create({ data: { tenantId: w.tenantId, proposalId: replied, memberId: w.members[1]!.memberId, memberName: w.members[1]!.name, status: "CONFIRMED" } });
    const notMine = await execAs(w.members[1]!.viewer, RATE, { i: { id: replied, version: 0, satisfaction: "SATISFIED" } });
    expect(notMine.code).toBe("FORBIDDEN");
    // Invisible records are NOT_FOUND: another member's proposal, a unit's proposal not assigned to it.
    expect((await execAs(w.members[1]!.viewer, GET, { id: submitted })).code).toBe("NOT_FOUND");
    expect((await execAs(w.units[0]!.viewer, SIGN, { i: { id: submitted, version: 0 } })).code).toBe("NOT_FOUND");
    const states = await owner.proposal.findMany({ where: { tenantId: w.tenantId }, select: { state: true }, orderBy: { state: "asc" } });
    expect(states.map((s) => s.state)).toEqual(["SUBMITTED", "REPLIED"]);
  });

  it("a handling unit sees only the proposals assigned to it", async () => {
    const w = await createWorld({ members: 1, units: 2 });
    const [u1, u2] = w.units;
    const mk = async (unitId: string) => {
      const id = await createProposalRow(w, { state: "FILED" });
      await ok(w.office, ASSIGN, { i: { id, version: 0, leadUnitId: unitId } });
      return id;
    };
    const a = await mk(u1!.unitId);
    const b = await mk(u2!.unitId);
    await createProposalRow(w, { state: "FILED" });
    const list = await ok(u1!.viewer, `{ unitProposals { total items { id myAssignment { role unit { name } } } } }`);
    expect(list.unitProposals).toEqual({ total: 1, items: [{ id: a, myAssignment: { role: "LEAD", unit: { name: u1!.name } } }] });
    expect((await execAs(u1!.viewer, GET, { id: b })).code).toBe("NOT_FOUND");
    expect((await execAs(u1!.viewer, `{ proposals { total } }`)).code).toBe("FORBIDDEN");
    expect((await ok(w.staff, `{ proposals(filter: { unitId: "${u2!.unitId}" }) { total items { id } } }`)).proposals).toEqual({ total: 1, items: [{ id: b }] });
  });

  it("a unit asks to return the assignment; the office approves (back to FILED, re-assign) — and rejects an extension", async () => {
    const w = await createWorld({ members: 1, units: 2 });
    const [u1, u2] = w.units;
    const id = await createProposalRow(w, { state: "FILED" });
    let p = (await ok(w.office, ASSIGN, { i: { id, version: 0, leadUnitId: u1!.unitId } })).assignProposal;
    const x = p.assignments[0].id;
    const noReason = await execAs(u1!.viewer, REQUEST, { i: { assignmentId: x, kind: "RETURN", reason: " " } });
    expect(noReason.code).toBe("VALIDATION_FAILED");
    p = (await ok(u1!.viewer, REQUEST, { i: { assignmentId: x, kind: "RETURN", reason: "不属于本单位职责" } })).requestProposalAssignmentChange;
    expect((await execAs(u1!.viewer, SIGN, { i: { id, version: p.version } })).code).toBe("INVALID_TRANSITION");
    const requestId = p.assignments[0].requests[0].id;
    expect((await execAs(u1!.viewer, DECIDE, { i: { requestId, approve: true } })).code).toBe("FORBIDDEN");
    p = (await ok(w.office, DECIDE, { i: { requestId, approve: true, comment: "同意，改交财政局" } })).decideProposalAssignmentRequest;
    expect(p.state).toBe("FILED");
    expect(p.assignments.map((a: any) => [a.status, a.requests.map((r: any) => r.status)])).toEqual([["RETURNED", ["APPROVED"]]]);
    expect((await execAs(u1!.viewer, GET, { id })).code).toBe("NOT_FOUND");
    p = (await ok(w.office, ASSIGN, { i: { id, version: p.version, leadUnitId: u2!.unitId, deadline: "2099-01-31" } })).assignProposal;
    p = (await ok(u2!.viewer, SIGN, { i: { id, version: p.version } })).signProposal;
    const x2 = p.assignments.find((a: any) => a.status === "ACTIVE").id;
    // Return is only before signing; an extension needs a later date; then the office rejects it.
    expect((await execAs(u2!.viewer, REQUEST, { i: { assignmentId: x2, kind: "RETURN", reason: "x" } })).code).toBe("INVALID_TRANSITION");
    expect((await execAs(u2!.viewer, REQUEST, { i: { assignmentId: x2, kind: "EXTENSION", reason: "需要调研" } })).errors![0]!.message).toBe("请填写申请延期至的日期");
    expect((await execAs(u2!.viewer, REQUEST, { i: { assignmentId: x2, kind: "EXTENSION", reason: "需要调研", requestedDeadline: "2099-01-30" } })).code).toBe("VALIDATION_FAILED");
    p = (await ok(u2!.viewer, REQUEST, { i: { assignmentId: x2, kind: "EXTENSION", reason: "需要调研", requestedDeadline: "2099-03-31" } })).requestProposalAssignmentChange;
    const ext = p.assignments.find((a: any) => a.status === "ACTIVE").requests[0].id;
    p = (await ok(w.office, DECIDE, { i: { requestId: ext, approve: false, comment: "期限内完成" } })).decideProposalAssignmentRequest;
    expect((await execAs(w.office, DECIDE, { i: { requestId: ext, approve: true } })).code).toBe("INVALID_TRANSITION");
    expect(p.assignments.find((a: any) => a.status === "ACTIVE").deadline).toBe("2099-01-31");
    expect(p.events.map((e: any) => e.action)).toEqual(["assign", "requestReturn", "returnAssignment", "assign", "sign", "requestExtension", "rejectExtension"]);
  });

  it("the return window closes after the configured number of days", async () => {
    const w = await createWorld({ members: 1, units: 1 });
    await ok(w.office, `mutation { updateProposalSettings(input: { assignDeadlineMonths: 2, returnWindowDays: 5, reminderDaysBeforeDeadline: 3 }) { returnWindowDays } }`);
    const id = await createProposalRow(w, { state: "FILED" });
    const p = (await ok(w.office, ASSIGN, { i: { id, version: 0, leadUnitId: w.units[0]!.unitId } })).assignProposal;
    await owner.proposalAssignment.updateMany({ where: { tenantId: w.tenantId, proposalId: id }, data: { assignedAt: new Date(Date.now() - 6 * 86_400_000) } });
    const late = await execAs(w.units[0]!.viewer, REQUEST, { i: { assignmentId: p.assignments[0].id, kind: "RETURN", reason: "不属于本单位" } });
    expect(late.code).toBe("VALIDATION_FAILED");
    expect(late.errors![0]!.message).toBe("已超过退回时限（交办后 5 天内可申请退回）");
  });
});
