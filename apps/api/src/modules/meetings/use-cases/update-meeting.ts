import { updateMeetingInput, type UpdateMeetingData } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { InvalidTransition, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { assertInviteeRefs, resolveInvitations, writeNotices } from "../invitations";
import { assertKind, assertSession } from "../meeting-refs";
import { assertEditable, labelOf, loadMeeting } from "../meetings.policy";
import type { MeetingRow } from "../meetings.presenter";
import type { MeetingDetailType, UpdateMeetingInput } from "../meetings.types";
import { loadMeetingDetail } from "./get-meeting";

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** The changes members are told about, in words: "时间、地点". */
function changedLabels(m: MeetingRow, d: UpdateMeetingData, kindName: string | null, guestsChanged: boolean) {
  const out: string[] = [];
  if (d.title !== undefined && d.title !== m.title) out.push("标题");
  if ((d.startsAt && !same(d.startsAt, m.startsAt)) || (d.endsAt && !same(d.endsAt, m.endsAt))) out.push("时间");
  if (d.place !== undefined && d.place !== m.place) out.push("地点");
  if (d.agenda !== undefined && d.agenda !== m.agenda) out.push("议程");
  if (d.organiser !== undefined && d.organiser !== m.organiser) out.push("组织单位");
  if (kindName) out.push("类型");
  if (guestsChanged) out.push("列席人员");
  return out;
}

/**
 * Edits a draft or a published item. A published item's invitees are told what changed (outbox, same
 * transaction); widening its invitees invites the newly matched members at once. The category and the
 * session are fixed once published: attendance and invitations already depend on them.
 */
export async function updateMeeting(ctx: Context, id: string, input: UpdateMeetingInput): Promise<MeetingDetailType> {
  const data = parseInput(updateMeetingInput, input);
  const tenantId = ctx.tenantId;
  const meetingId = parseId(id, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, meetingId, "update");
    assertEditable(m);
    const published = m.status === "PUBLISHED";
    const kind = data.kindId && data.kindId !== m.kindId ? await assertKind(db, tenantId, data.kindId) : null;
    if (published && kind && kind.category !== m.category) throw InvalidTransition(`已发布的${labelOf(m)}不能改为${kind.category === "MEETING" ? "会议" : "活动"}`);
    if (data.sessionId && data.sessionId !== m.sessionId) {
      if (published) throw InvalidTransition(`已发布的${labelOf(m)}不能更换届次`);
      await assertSession(db, tenantId, data.sessionId);
    }
    const startsAt = data.startsAt ?? m.startsAt;
    const endsAt = data.endsAt ?? m.endsAt;
    if (endsAt < startsAt) throw ValidationFailed("结束时间不能早于开始时间", { endsAt: "结束时间不能早于开始时间" });
    if (data.invitees) await assertInviteeRefs(db, tenantId, data.invitees);

    let guestsChanged = false;
    if (data.guests) {
      const before = await db.meetingGuest.findMany({ where: { tenantId, meetingId }, orderBy: { sortOrder: "asc" }, select: { name: true, unit: true, role: true } });
      guestsChanged = JSON.stringify(before) !== JSON.stringify(data.guests.map((g) => ({ name: g.name, unit: g.unit, role: g.role })));
      if (guestsChanged) {
        await db.meetingGuest.deleteMany({ where: { tenantId, meetingId } });
        await db.meetingGuest.createMany({ data: data.guests.map((g, i) => ({ tenantId, meetingId, ...g, sortOrder: i })) });
      }
    }
    const changes = changedLabels(m, data, kind?.name ?? null, guestsChanged);
    await db.meeting.update({
      where: { tenantId_id: { tenantId, id: meetingId } },
      data: {
        ...(kind ? { kindId: kind.id, category: kind.category } : {}),
        ...(data.sessionId ? { sessionId: data.sessionId } : {}),
        ...(data.title !== undefined ? { title: data.title } : {}),
        startsAt,
        endsAt,
        ...(data.place !== undefined ? { place: data.place } : {}),
        ...(data.agenda !== undefined ? { agenda: data.agenda } : {}),
        ...(data.organiser !== undefined ? { organiser: data.organiser } : {}),
        ...(data.invitees ? { inviteRules: data.invitees } : {}),
      },
    });
    let notified = 0;
    let newlyInvited = 0;
    if (published && changes.length) notified = await writeNotices(db, tenantId, meetingId, "CHANGED", `变更：${changes.join("、")}`);
    if (published && data.invitees) newlyInvited = await resolveInvitations(db, tenantId, { id: meetingId, sessionId: m.sessionId }, data.invitees);
    audit({ action: "meetings.update", targetType: "Meeting", targetId: meetingId, detail: { changes, invitees: data.invitees ? true : undefined, notified, newlyInvited } });
    return loadMeetingDetail(db, tenantId, meetingId, { staff: true });
  });
}

/** Only a draft can be deleted: once published, an item is cancelled instead (members were told about it). */
export async function deleteMeeting(ctx: Context, id: string): Promise<boolean> {
  const tenantId = ctx.tenantId;
  const meetingId = parseId(id, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, meetingId, "update");
    if (m.status !== "DRAFT") throw InvalidTransition(`只能删除草稿；已发布的${labelOf(m)}请取消`);
    await db.meeting.delete({ where: { tenantId_id: { tenantId, id: meetingId } } });
    audit({ action: "meetings.delete", targetType: "Meeting", targetId: meetingId, detail: { title: m.title } });
    return true;
  });
}
