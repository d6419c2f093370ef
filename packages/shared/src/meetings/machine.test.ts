import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../auth/roles";
import { canFire, findTransition, type Machine } from "../workflow/machine";
import { attendanceEventKind, MEETING_SPEECH_STATUSES, MEETING_STATUSES, type MeetingSpeechStatus, type MeetingStatus } from "./enums";
import { MEETING_ACTIONS, MEETING_SPEECH_ACTIONS, meetingMachine, meetingSpeechMachine, type MeetingAction, type MeetingSpeechAction } from "./machine";
import { meetingInput, meetingReplyInput } from "./schemas";

// The expected tables, written out by hand — each machine must equal its table exactly.
const MEETING: Record<MeetingAction, { from: MeetingStatus[]; to: MeetingStatus; roles: Role[] }> = {
  publish: { from: ["DRAFT"], to: "PUBLISHED", roles: ["MEETING_AFFAIRS"] },
  cancel: { from: ["PUBLISHED"], to: "CANCELLED", roles: ["MEETING_AFFAIRS"] },
  finish: { from: ["PUBLISHED"], to: "FINISHED", roles: ["MEETING_AFFAIRS"] },
};
const SPEECH: Record<MeetingSpeechAction, { from: MeetingSpeechStatus[]; to: MeetingSpeechStatus; roles: Role[] }> = {
  select: { from: ["SUBMITTED", "REJECTED"], to: "SELECTED", roles: ["MEETING_AFFAIRS"] },
  reject: { from: ["SUBMITTED", "SELECTED"], to: "REJECTED", roles: ["MEETING_AFFAIRS"] },
  deliver: { from: ["SELECTED"], to: "DELIVERED", roles: ["MEETING_AFFAIRS"] },
  undeliver: { from: ["DELIVERED"], to: "SELECTED", roles: ["MEETING_AFFAIRS"] },
  withdraw: { from: ["SUBMITTED"], to: "WITHDRAWN", roles: ["MEMBER"] },
};

function exhaustively<S extends string, A extends string>(m: Machine<S, A, Role>, states: readonly S[], actions: readonly A[], expected: Record<A, { from: S[]; to: S; roles: Role[] }>) {
  for (const state of states) {
    for (const action of actions) {
      const e = expected[action];
      const allowed = e.from.includes(state) ? e.roles : [];
      it(`${state} --${action}--> ${allowed.length ? `${e.to} for ${allowed.join("/")}` : "refused for every role"}`, () => {
        for (const role of ROLES) expect([role, canFire(m, state, action, [role])]).toEqual([role, allowed.includes(role)]);
        if (allowed.length) expect(findTransition(m, state, action)?.to).toBe(e.to);
      });
    }
  }
}

describe("meeting machine, exhaustively", () => {
  exhaustively(meetingMachine, MEETING_STATUSES, MEETING_ACTIONS, MEETING);
  it("has no way out of CANCELLED or FINISHED", () => {
    expect(meetingMachine.transitions.filter((t) => t.from.some((f) => f === "CANCELLED" || f === "FINISHED"))).toEqual([]);
  });
});

describe("speech machine, exhaustively", () => {
  exhaustively(meetingSpeechMachine, MEETING_SPEECH_STATUSES, MEETING_SPEECH_ACTIONS, SPEECH);
});

describe("meeting inputs and event kinds", () => {
  it("maps a final attendance state to its performance event kind per category", () => {
    expect(attendanceEventKind("MEETING", "ATTENDED")).toBe("MEETING_ATTENDED");
    expect(attendanceEventKind("MEETING", "LEAVE")).toBe("MEETING_LEAVE");
    expect(attendanceEventKind("ACTIVITY", "ABSENT")).toBe("ACTIVITY_ABSENT");
  });

  it("needs a reason for leave, and an end not before the start", () => {
    expect(meetingReplyInput.safeParse({ reply: "LEAVE", leaveReason: "  " }).error?.issues[0]?.message).toBe("请填写请假事由");
    expect(meetingReplyInput.safeParse({ reply: "ATTEND" }).success).toBe(true);
    const base = { kindId: "0b6b3f3e-8f6a-4c6e-9d0a-0c1a2b3c4d5e", sessionId: "0b6b3f3e-8f6a-4c6e-9d0a-0c1a2b3c4d5e", title: "常委会", place: "会议室" };
    const bad = meetingInput.safeParse({ ...base, startsAt: new Date("2026-03-02T09:00:00Z"), endsAt: new Date("2026-03-02T08:00:00Z") });
    expect(bad.error?.issues[0]?.message).toBe("结束时间不能早于开始时间");
    const ok = meetingInput.parse({ ...base, startsAt: new Date("2026-03-02T09:00:00Z"), endsAt: new Date("2026-03-02T11:00:00Z") });
    expect(ok.invitees).toEqual({ allOfSession: false, sectorIds: [], partyIds: [], specialCommitteeIds: [], memberIds: [] });
    expect(ok.guests).toEqual([]);
  });
});
