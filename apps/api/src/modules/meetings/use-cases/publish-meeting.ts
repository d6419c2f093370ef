import { meetingInviteesInput, noInvitees } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { assertInviteeRefs, resolveInvitations } from "../invitations";
import { fireMeeting, labelOf, loadMeeting } from "../meetings.policy";
import type { MeetingDetailType } from "../meetings.types";
import { loadMeetingDetail } from "./get-meeting";

/**
 * Publishes a draft: the invitees become invitation rows in one INSERT … SELECT (with an INVITED notice
 * each, same statement), as they stand now — a member given a term in the sector later is not invited
 * by this publish.
 */
export async function publishMeeting(ctx: Context, id: string): Promise<MeetingDetailType> {
  const tenantId = ctx.tenantId;
  const meetingId = parseId(id, "会议活动");
  return ctx.uow(async ({ db, audit }) => {
    const m = await loadMeeting(db, tenantId, meetingId, "update");
    const status = fireMeeting(ctx.viewer!, m, "publish");
    const rules = meetingInviteesInput.safeParse(m.inviteRules);
    if (!rules.success || noInvitees(rules.data)) throw ValidationFailed(`请先选择${labelOf(m)}的邀请对象`, { invitees: "请选择邀请对象" });
    await assertInviteeRefs(db, tenantId, rules.data);
    const invited = await resolveInvitations(db, tenantId, m, rules.data);
    if (invited === 0) throw ValidationFailed("邀请范围内没有委员（所选界别、党派或专委会在本届没有任职委员）", { invitees: "邀请范围内没有委员" });
    await db.meeting.update({ where: { tenantId_id: { tenantId, id: meetingId } }, data: { status, publishedAt: new Date() } });
    audit({ action: "meetings.publish", targetType: "Meeting", targetId: meetingId, detail: { title: m.title, invited } });
    return loadMeetingDetail(db, tenantId, meetingId, { staff: true });
  });
}
