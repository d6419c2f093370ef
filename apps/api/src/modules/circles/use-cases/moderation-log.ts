import type { CircleModerationAction } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";

/** The first characters of a text, for a message that quotes it. */
export const excerpt = (text: string, n = 60) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one || "（图片）";
};

/** The member's login, if they have one (notifications go to users). */
export async function userOfMember(db: Tx, tenantId: string, memberId: string): Promise<string | null> {
  const m = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id: memberId } }, select: { userId: true } });
  return m?.userId ?? null;
}

/** One row of the moderation log, written in the acting unit of work. */
export async function logModeration(
  ctx: Context,
  db: Tx,
  e: { circleId: string; postId?: string | null; commentId?: string | null; memberId?: string | null; action: CircleModerationAction; reason: string; banDays?: number | null },
) {
  const v = ctx.viewer!;
  await db.circleModeration.create({
    data: {
      tenantId: ctx.tenantId,
      circleId: e.circleId,
      postId: e.postId ?? null,
      commentId: e.commentId ?? null,
      memberId: e.memberId ?? null,
      action: e.action,
      reason: e.reason,
      banDays: e.banDays ?? null,
      actorId: v.userId,
      actorName: v.displayName,
    },
  });
}
