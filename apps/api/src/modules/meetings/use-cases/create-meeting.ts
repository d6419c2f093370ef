import { meetingInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseInput } from "../../../core/validate";
import { assertInviteeRefs } from "../invitations";
import { assertKind, assertSession } from "../meeting-refs";
import type { CreateMeetingInput, MeetingDetailType } from "../meetings.types";
import { loadMeetingDetail } from "./get-meeting";

/** A new item starts as a draft: nobody is invited or notified until it is published. */
export async function createMeeting(ctx: Context, input: CreateMeetingInput): Promise<MeetingDetailType> {
  const data = parseInput(meetingInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const kind = await assertKind(db, tenantId, data.kindId);
    await assertSession(db, tenantId, data.sessionId);
    await assertInviteeRefs(db, tenantId, data.invitees);
    const m = await db.meeting.create({
      data: {
        tenantId,
        category: kind.category,
        kindId: kind.id,
        sessionId: data.sessionId,
        title: data.title,
        startsAt: data.startsAt,
        endsAt: data.endsAt,
        place: data.place,
        agenda: data.agenda,
        organiser: data.organiser,
        inviteRules: data.invitees,
        createdBy: ctx.viewer!.userId,
      },
    });
    if (data.guests.length) await db.meetingGuest.createMany({ data: data.guests.map((g, i) => ({ tenantId, meetingId: m.id, ...g, sortOrder: i })) });
    audit({ action: "meetings.create", targetType: "Meeting", targetId: m.id, detail: { category: m.category, kind: kind.name, title: m.title, startsAt: m.startsAt } });
    return loadMeetingDetail(db, tenantId, m.id, { staff: true });
  });
}
