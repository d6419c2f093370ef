import { describe, expect, it } from "vitest";
import { availableActions, canFire, defineMachine, findTransition } from "./machine";

const m = defineMachine({
  name: "demo",
  states: ["DRAFT", "SUBMITTED", "DONE"] as const,
  transitions: [
    { action: "submit", from: ["DRAFT"], to: "SUBMITTED", roles: ["MEMBER"] },
    { action: "close", from: ["SUBMITTED"], to: "DONE", roles: ["STAFF"] },
  ],
});

describe("workflow machine", () => {
  it("fires only from allowed states and for allowed roles", () => {
    expect(canFire(m, "DRAFT", "submit", ["MEMBER"])).toBe(true);
    expect(canFire(m, "DRAFT", "submit", ["STAFF"])).toBe(false);
    expect(canFire(m, "SUBMITTED", "submit", ["MEMBER"])).toBe(false);
    expect(findTransition(m, "SUBMITTED", "close")?.to).toBe("DONE");
  });
  it("lists the actions a role may take from a state (the UI's buttons)", () => {
    expect(availableActions(m, "SUBMITTED", ["STAFF"])).toEqual(["close"]);
    expect(availableActions(m, "DONE", ["STAFF", "MEMBER"])).toEqual([]);
  });
});
