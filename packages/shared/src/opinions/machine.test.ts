import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../auth/roles";
import { availableActions, canFire, findTransition } from "../workflow/machine";
import { OPINION_ACTIONS, OPINION_STATES, opinionMachine, type OpinionAction, type OpinionState } from "./machine";

// The expected table, written out by hand from DESIGN.md and issue 5 — the machine must equal it exactly.
const EXPECTED: Record<OpinionAction, { from: OpinionState[]; to: OpinionState; roles: Role[] }> = {
  requestCosign: { from: ["DRAFT", "RETURNED"], to: "COSIGNING", roles: ["MEMBER", "COLLECTIVE"] },
  cancelCosign: { from: ["COSIGNING"], to: "DRAFT", roles: ["MEMBER", "COLLECTIVE"] },
  completeCosign: { from: ["COSIGNING"], to: "SUBMITTED", roles: ["MEMBER"] },
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", roles: ["MEMBER", "COLLECTIVE"] },
  passFirstReview: { from: ["SUBMITTED"], to: "FIRST_REVIEWED", roles: ["OPINION_EDITOR"] },
  passSecondReview: { from: ["FIRST_REVIEWED"], to: "SECOND_REVIEWED", roles: ["OPINION_EDITOR"] },
  returnToSubmitter: { from: ["SUBMITTED", "FIRST_REVIEWED"], to: "RETURNED", roles: ["OPINION_EDITOR"] },
  discard: { from: ["SUBMITTED", "FIRST_REVIEWED"], to: "DISCARDED", roles: ["OPINION_EDITOR"] },
  addToIssue: { from: ["SECOND_REVIEWED"], to: "EDITED", roles: ["OPINION_EDITOR"] },
  removeFromIssue: { from: ["EDITED"], to: "SECOND_REVIEWED", roles: ["OPINION_EDITOR"] },
  publish: { from: ["EDITED"], to: "PUBLISHED", roles: ["OPINION_EDITOR"] },
};

describe("opinion machine, exhaustively: every state × action × role", () => {
  for (const state of OPINION_STATES) {
    for (const action of OPINION_ACTIONS) {
      const e = EXPECTED[action];
      const allowedRoles = e.from.includes(state) ? e.roles : [];
      it(`${state} --${action}--> ${allowedRoles.length ? `${e.to} for ${allowedRoles.join("/")}` : "refused for every role"}`, () => {
        for (const role of ROLES) expect([role, canFire(opinionMachine, state, action, [role])]).toEqual([role, allowedRoles.includes(role)]);
        if (allowedRoles.length) expect(findTransition(opinionMachine, state, action)?.to).toBe(e.to);
        else expect(findTransition(opinionMachine, state, action)).toBeUndefined();
      });
    }
  }

  it("has exactly the expected transitions (nothing extra hides behind a duplicate action)", () => {
    expect(opinionMachine.transitions.map((t) => t.action).sort()).toEqual([...OPINION_ACTIONS].sort());
  });

  it("has no way out of PUBLISHED or DISCARDED, and every state is reachable from DRAFT", () => {
    expect(opinionMachine.transitions.filter((t) => t.from.includes("PUBLISHED") || t.from.includes("DISCARDED"))).toEqual([]);
    const seen = new Set<OpinionState>(["DRAFT"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of opinionMachine.transitions)
        if (t.from.some((f) => seen.has(f)) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
    }
    expect([...seen].sort()).toEqual([...OPINION_STATES].sort());
  });

  it("gives the review screens their buttons", () => {
    expect(availableActions(opinionMachine, "SUBMITTED", ["STAFF", "OPINION_EDITOR"])).toEqual(["passFirstReview", "returnToSubmitter", "discard"]);
    expect(availableActions(opinionMachine, "SUBMITTED", ["STAFF", "LEADER"])).toEqual([]);
    expect(availableActions(opinionMachine, "RETURNED", ["MEMBER"])).toEqual(["requestCosign", "submit"]);
  });
});
