import { MEETING_CATEGORY_LABELS } from "@zhzx/shared";
import { NotFound, ValidationFailed } from "../../core/errors";
import type { Tx } from "../../db/prisma";

export { assertSession } from "../members/member-refs";

/** A type of this committee, enabled (a disabled one stays on old items but is not offered for new ones). */
export async function assertKind(db: Tx, tenantId: string, kindId: string, opts: { allowDisabledId?: string } = {}) {
  const kind = await db.meetingKind.findUnique({ where: { tenantId_id: { tenantId, id: kindId } } });
  if (!kind) throw NotFound("会议活动类型不存在");
  if (kind.disabled && kind.id !== opts.allowDisabledId) {
    throw ValidationFailed(`${MEETING_CATEGORY_LABELS[kind.category]}类型“${kind.name}”已停用`, { kindId: "类型已停用" });
  }
  return kind;
}

/**
 * Row locks that order concurrent work on one item: status changes (publish, cancel, finish) take the
 * item FOR UPDATE; per-member work (reply, check-in, marking) takes FOR KEY SHARE, so members check in
 * side by side but never while the item is being finished or cancelled.
 */
export async function lockMeeting(db: Tx, tenantId: string, id: string, mode: "update" | "share") {
  if (mode === "update") await db.$queryRaw`SELECT 1 FROM meeting WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR UPDATE`;
  else await db.$queryRaw`SELECT 1 FROM meeting WHERE tenant_id = ${tenantId}::uuid AND id = ${id}::uuid FOR KEY SHARE`;
}

/** Locks the invitations about to change (a member scanning while staff mark the list: one wins, then the other sees it). */
export async function lockInvitations(db: Tx, tenantId: string, meetingId: string, memberIds: string[]) {
  if (memberIds.length === 0) return;
  await db.$queryRaw`SELECT 1 FROM meeting_invitation
                      WHERE tenant_id = ${tenantId}::uuid AND meeting_id = ${meetingId}::uuid AND member_id = ANY(${memberIds}::uuid[])
                      ORDER BY member_id FOR UPDATE`;
}
