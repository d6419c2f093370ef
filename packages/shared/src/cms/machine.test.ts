import { describe, expect, it } from "vitest";
import { canFire, findTransition } from "../workflow/machine";
import { CMS_ARTICLE_ACTIONS, CMS_ARTICLE_STATES, canEditContent, cmsArticleMachine, type CmsActor, type CmsArticleAction, type CmsArticleState } from "./machine";

const ACTORS: CmsActor[] = ["view", "edit", "review", "publish", "SYSTEM"];
// Written out by hand from the issue: the machine must equal it exactly.
const EXPECTED: Record<CmsArticleAction, { from: CmsArticleState[]; to: CmsArticleState; roles: CmsActor[] }> = {
  submit: { from: ["DRAFT"], to: "PENDING_REVIEW", roles: ["edit"] },
  recall: { from: ["PENDING_REVIEW"], to: "DRAFT", roles: ["edit"] },
  reject: { from: ["PENDING_REVIEW"], to: "DRAFT", roles: ["review"] },
  approve: { from: ["PENDING_REVIEW"], to: "PUBLISHED", roles: ["review"] },
  approveScheduled: { from: ["PENDING_REVIEW"], to: "SCHEDULED", roles: ["review"] },
  publish: { from: ["DRAFT", "WITHDRAWN"], to: "PUBLISHED", roles: ["publish"] },
  schedule: { from: ["DRAFT", "WITHDRAWN"], to: "SCHEDULED", roles: ["publish"] },
  unschedule: { from: ["SCHEDULED"], to: "DRAFT", roles: ["review", "publish"] },
  fireSchedule: { from: ["SCHEDULED"], to: "PUBLISHED", roles: ["SYSTEM"] },
  withdraw: { from: ["PUBLISHED"], to: "WITHDRAWN", roles: ["review", "publish", "SYSTEM"] },
  reopen: { from: ["WITHDRAWN"], to: "DRAFT", roles: ["edit"] },
};

describe("cms article machine, exhaustively: every state × action × right", () => {
  for (const state of CMS_ARTICLE_STATES) {
    for (const action of CMS_ARTICLE_ACTIONS) {
      const e = EXPECTED[action];
      const allowed = e.from.includes(state) ? e.roles : [];
      it(`${state} --${action}--> ${allowed.length ? `${e.to} for ${allowed.join("/")}` : "refused for every right"}`, () => {
        for (const actor of ACTORS) expect([actor, canFire(cmsArticleMachine, state, action, [actor])]).toEqual([actor, allowed.includes(actor)]);
        if (allowed.length) expect(findTransition(cmsArticleMachine, state, action)?.to).toBe(e.to);
      });
    }
  }

  it("view alone never moves or edits an article; every state is reachable from DRAFT", () => {
    for (const s of CMS_ARTICLE_STATES) {
      expect(CMS_ARTICLE_ACTIONS.filter((a) => canFire(cmsArticleMachine, s, a, ["view"]))).toEqual([]);
      expect(canEditContent(s, ["view"])).toBe(false);
    }
    const seen = new Set<CmsArticleState>(["DRAFT"]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of cmsArticleMachine.transitions)
        if (t.from.some((f) => seen.has(f)) && !seen.has(t.to)) (seen.add(t.to), (grew = true));
    }
    expect([...seen].sort()).toEqual([...CMS_ARTICLE_STATES].sort());
  });

  it("an editor edits drafts but not live articles; a publisher corrects live ones", () => {
    expect(canEditContent("DRAFT", ["edit"])).toBe(true);
    expect(canEditContent("PUBLISHED", ["edit"])).toBe(false);
    expect(canEditContent("PUBLISHED", ["publish"])).toBe(true);
    expect(canEditContent("PENDING_REVIEW", ["edit"])).toBe(false);
  });
});
