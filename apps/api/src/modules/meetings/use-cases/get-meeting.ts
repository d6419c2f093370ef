import { meetingInviteesInput, type MeetingInvitees } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import { presentDictItem } from "../../organisation/dictionaries.types";
import { loadMeeting, loadOwnInvitation, ownMemberId } from "../meetings.policy";
import { documentSelect, presentDocument, presentMeetings } from "../meetings.presenter";
import type { MeetingDetailType, MeetingInvitees as InviteesOut } from "../meetings.types";

/** The stored invitees, with names (an old rule may name a deleted member: it is left out). */
async function presentInvitees(db: Tx, tenantId: string, raw: unknown): Promise<InviteesOut> {
  const parsed = meetingInviteesInput.safeParse(raw);
  const i: MeetingInvitees = parsed.success ? parsed.data : { allOfSession: false, sectorIds: [], partyIds: [], specialCommitteeIds: [], memberIds: [] };
  const dictIds = [...i.sectorIds, ...i.partyIds, ...i.specialCommitteeIds];
  const items = dictIds.length ? await db.dictItem.findMany({ where: { tenantId, id: { in: dictIds } } }) : [];
  const byId = new Map(items.map((x) => [x.id, presentDictItem(x)]));
  const pick = (ids: string[]) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const members = i.memberIds.length
    ? await db.memberProfile.findMany({ where: { tenantId, id: { in: i.memberIds } }, select: { id: true, name: true }, orderBy: { namePinyin: "asc" } })
    : [];
  return { allOfSession: i.allOfSession, sectors: pick(i.sectorIds), parties: pick(i.partyIds), specialCommittees: pick(i.specialCommitteeIds), members };
}

/** Item + guests + documents (without file content); the invitees for staff only; the member's own invitation for the portal. */
export async function loadMeetingDetail(db: Tx, tenantId: string, id: string, who: { staff: true } | { memberId: string; memberName: string }): Promise<MeetingDetailType> {
  const m = await loadMeeting(db, tenantId, id);
  const [base] = await presentMeetings(db, tenantId, [m], "memberId" in who ? who : {});
  const guests = await db.meetingGuest.findMany({ where: { tenantId, meetingId: id }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, unit: true, role: true } });
  const documents = await db.meetingDocument.findMany({ where: { tenantId, meetingId: id }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: documentSelect });
  return {
    ...base!,
    guests,
    documents: documents.map(presentDocument),
    invitees: "staff" in who ? await presentInvitees(db, tenantId, m.inviteRules) : null,
  };
}

export async function getMeeting(ctx: Context, id: string): Promise<MeetingDetailType> {
  const tenantId = ctx.tenantId;
  return ctx.uow(({ db }) => loadMeetingDetail(db, tenantId, parseId(id, "会议活动"), { staff: true }));
}

/** The portal's view: only through the member's own invitation. */
export async function getMyMeeting(ctx: Context, id: string): Promise<MeetingDetailType> {
  const tenantId = ctx.tenantId;
  const meetingId = parseId(id, "会议活动");
  return ctx.uow(async ({ db }) => {
    const memberId = await ownMemberId(db, tenantId, ctx.viewer!);
    await loadOwnInvitation(db, tenantId, meetingId, memberId);
    const me = await db.memberProfile.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: memberId } }, select: { name: true } });
    return loadMeetingDetail(db, tenantId, meetingId, { memberId, memberName: me.name });
  });
}
