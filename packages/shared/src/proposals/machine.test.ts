import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../auth/roles";
import { canFire, findTransition } from "../workflow/machine";
import { PROPOSAL_ACTIONS, PROPOSAL_STATES, proposalMachine, type ProposalAction, type ProposalState } from "./machine";

// The expected table, written out by hand from DESIGN.md — the machine must equal it exactly.
const EXPECTED: Record<ProposalAction, { from: ProposalState[]; to: ProposalState; roles: Role[] }> = {
  requestCosign: { from: ["DRAFT", "RETURNED"], to: "COSIGNING", roles: ["MEMBER", "COLLECTIVE"] },
  cancelCosign: { from: ["COSIGNING"], to: "DRAFT", roles: ["MEMBER", "COLLECTIVE"] },
  submit: { from: ["DRAFT", "RETURNED", "COSIGNING"], to: "SUBMITTED", roles: ["MEMBER", "COLLECTIVE", "PROPOSAL_OFFICE"] },
  passFirstReview: { from: ["SUBMITTED"], to: "FIRST_REVIEWED", roles: ["PROPOSAL_OFFICE"] },
  passSecondReview: { from: ["FIRST_REVIEWED"], to: "SECOND_REVIEWED", roles: ["PROPOSAL_OFFICE"] },
  returnToSubmitter: { from: ["SUBMITTED", "FIRST_REVIEWED"], to: "RETURNED", roles: ["PROPOSAL_OFFICE"] },
  decline: { from: ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED"], to: "NOT_FILED", roles: ["PROPOSAL_OFFICE"] },
  merge: { from: ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED"], to: "NOT_FILED", roles: ["PROPOSAL_OFFICE"] },
  file: { from: ["SECOND_REVIEWED"], to: "FILED", roles: ["PROPOSAL_OFFICE"] },
  assign: { from: ["FILED"], to: "ASSIGNED", roles: ["PROPOSAL_OFFICE"] },
  returnAssignment: { from: ["ASSIGNED"], to: "FILED", roles: ["PROPOSAL_OFFICE"] },
  sign: { from: ["ASSIGNED"], to: "HANDLING", roles: ["HANDLING_UNIT"] },
  reply: { from: ["HANDLING"], to: "REPLIED", roles: ["HANDLING_UNIT"] },
  rateSatisfied: { from: ["REPLIED"], to: "CLOSED", roles: ["MEMBER", "COLLECTIVE"] },
  rateDissatisfied: { from: ["REPLIED"], to: "DISSATISFIED", roles: ["MEMBER", "COLLECTIVE"] },
  closeDissatisfied: { from: ["DISSATISFIED"], to: "CLOSED", roles: ["PROPOSAL_OFFICE"] },
  rehandle: { from: ["DISSATISFIED"], to: "HANDLING", roles: ["PROPOSAL_OFFICE"] },
};

describe("proposal machine, exhaustively: every state × action × role", () => {
  for (const state of PROPOSAL_STATES) {
    for (const action of PROPOSAL_ACTIONS) {
      const e = EXPECTED[action];
      const allowedRoles = e.from.includes(state) ? e.roles : [];
      it(`${state} --${action}--> ${allowedRoles.length ? `${e.to} for ${allowedRoles.join("/")}` : "refused for every role"}`, () => {
        for (const role of ROLES) expect([role, canFire(proposalMachine, state, action, [role])]).toEqual([role, allowedRoles.includes(role)]);
        if (allowedRoles.length) expect(findTransition(proposalMachine, state, action)?.to).toBe(e.to);
      });
    }
  }

  it("has no terminal state with a way out, and every non-terminal state is reachable from DRAFT", () => {
    expect(proposalMachine.transitions.filter((t) => t.from.includes("CLOSED") || t.from.includes("NOT_FILED"))).toEqual([]);
    const seen = new Set<ProposalState>(["DRAFT"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of proposalMachine.transitions)
        if (t.from.some((f) => seen.has(f)) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
    }
    expect([...seen].sort()).toEqual([...PROPOSAL_STATES].sort());
  });
});
