import type { Role } from "../auth/roles";
import { defineMachine } from "../workflow/machine";
import { MEETING_SPEECH_STATUSES, MEETING_STATUSES, type MeetingSpeechStatus, type MeetingStatus } from "./enums";

/**
 * A meeting or activity: drafted and edited freely, published (invitations resolved, members notified),
 * then either cancelled (members notified, counted nowhere) or finished (everyone without a final
 * state is marked absent). Editing a published item is not a transition: it notifies the invitees.
 */
export const MEETING_ACTIONS = ["publish", "cancel", "finish"] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

const STAFF: Role[] = ["MEETING_AFFAIRS"];

export const meetingMachine = defineMachine<MeetingStatus, MeetingAction, Role>({
  name: "meeting",
  states: MEETING_STATUSES,
  transitions: [
    { action: "publish", from: ["DRAFT"], to: "PUBLISHED", roles: STAFF },
    { action: "cancel", from: ["PUBLISHED"], to: "CANCELLED", roles: STAFF },
    { action: "finish", from: ["PUBLISHED"], to: "FINISHED", roles: STAFF },
  ],
});

/**
 * 大会发言: the member submits (and may edit or withdraw while it waits); staff select or reject it,
 * and mark a selected speech delivered — the performance event — or take that back if marked by mistake.
 */
export const MEETING_SPEECH_ACTIONS = ["select", "reject", "deliver", "undeliver", "withdraw"] as const;
export type MeetingSpeechAction = (typeof MEETING_SPEECH_ACTIONS)[number];

export const meetingSpeechMachine = defineMachine<MeetingSpeechStatus, MeetingSpeechAction, Role>({
  name: "meetingSpeech",
  states: MEETING_SPEECH_STATUSES,
  transitions: [
    { action: "select", from: ["SUBMITTED", "REJECTED"], to: "SELECTED", roles: STAFF },
    { action: "reject", from: ["SUBMITTED", "SELECTED"], to: "REJECTED", roles: STAFF },
    { action: "deliver", from: ["SELECTED"], to: "DELIVERED", roles: STAFF },
    { action: "undeliver", from: ["DELIVERED"], to: "SELECTED", roles: STAFF },
    { action: "withdraw", from: ["SUBMITTED"], to: "WITHDRAWN", roles: ["MEMBER"] },
  ],
});

export const MEETING_SPEECH_ACTION_LABELS: Record<MeetingSpeechAction, string> = {
  select: "选用",
  reject: "不选用",
  deliver: "标记已发言",
  undeliver: "撤销已发言",
  withdraw: "撤回",
};
