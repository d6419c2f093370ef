import { describe, expect, it } from "vitest";
import { PROPOSAL_ACTIONS, PROPOSAL_STATES } from "./machine";
import { PROPOSAL_LIST_STATES, PROPOSAL_LISTS, PROPOSAL_RECORD_ACTIONS } from "./enums";
import { assignProposalInput, assignmentRequestInput, declineProposalInput, fileProposalInput, inviteCosignersInput, rateProposalInput } from "./schemas";

const id = "6f1c7a52-2f7e-4b8e-9a51-1e0f5d3c9a10";
const other = "0c9a5b1e-3d2f-4e6a-8b7c-9d0e1f2a3b4c";
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe("proposal input schemas (Chinese messages)", () => {
  it("requires a reason to decline and a supervising leader for a key proposal", () => {
    expect(messages(declineProposalInput.safeParse({ id, version: 0, destination: "TO_OPINION", reason: " " }))).toEqual(["请填写不予立案理由"]);
    expect(messages(declineProposalInput.safeParse({ id, version: 0, destination: "ELSEWHERE", reason: "x" }))).toEqual(["请选择不予立案的处理方式"]);
    expect(messages(fileProposalInput.safeParse({ id, version: 0, isKey: true }))).toEqual(["重点提案请填写督办领导"]);
    expect(fileProposalInput.parse({ id, version: 0 })).toMatchObject({ isKey: false, keySupervisor: null, categoryId: null });
  });

  it("checks units, co-signers, extension dates and dissatisfied comments", () => {
    expect(messages(assignProposalInput.safeParse({ id, version: 1, leadUnitId: id, coUnitIds: [id] }))).toEqual(["主办单位不能同时为协办单位"]);
    expect(messages(assignProposalInput.safeParse({ id, version: 1, leadUnitId: id, coUnitIds: [other, other] }))).toEqual(["协办单位重复"]);
    expect(messages(assignProposalInput.safeParse({ id, version: 1, leadUnitId: id, deadline: "2026-02-30" }))).toEqual(["办理期限不是有效日期"]);
    expect(messages(inviteCosignersInput.safeParse({ id, version: 0, memberIds: [] }))).toEqual(["请选择联名委员"]);
    expect(messages(assignmentRequestInput.safeParse({ assignmentId: id, kind: "EXTENSION", reason: "调研" }))).toEqual(["请填写申请延期至的日期"]);
    expect(messages(rateProposalInput.safeParse({ id, version: 3, satisfaction: "DISSATISFIED" }))).toEqual(["不满意时请填写意见"]);
    expect(rateProposalInput.safeParse({ id, version: 3, satisfaction: "BASICALLY_SATISFIED" }).success).toBe(true);
  });

  it("names every list's states from the machine, and keeps record actions apart from transitions", () => {
    for (const l of PROPOSAL_LISTS) for (const s of PROPOSAL_LIST_STATES[l] ?? []) expect(PROPOSAL_STATES).toContain(s);
    expect(PROPOSAL_RECORD_ACTIONS.filter((a) => (PROPOSAL_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });
});
