import type { Context } from "../../../context/context";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import { findOwnProfileId, mayReadOwnMobile } from "../members.policy";
import { memberInclude, presentMember } from "../members.presenter";
import { usernamesOf } from "./list-members";

export async function loadMember(db: Tx, tenantId: string, id: string) {
  const row = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id } }, include: memberInclude });
  if (!row) throw NotFound("委员不存在");
  return row;
}

export async function presentLoaded(ctx: Context, db: Tx, id: string, sessionId?: string | null) {
  const row = await loadMember(db, ctx.tenantId, id);
  return presentMember(row, { sessionId, usernames: await usernamesOf(db, [row]), revealMobile: mayReadOwnMobile(ctx.viewer, row) });
}

export async function getMember(ctx: Context, id: string, sessionId?: string | null) {
  const memberId = parseId(id, "委员");
  const sid = sessionId ? parseId(sessionId, "届次") : null;
  return ctx.uow(({ db }) => presentLoaded(ctx, db, memberId, sid));
}

/** The member's own profile (portal): null when no profile is linked to the account yet. */
export async function getMyProfile(ctx: Context) {
  return ctx.uow(async ({ db }) => {
    const own = await findOwnProfileId(db, ctx.tenantId, ctx.viewer!).catch(() => null);
    return own ? presentLoaded(ctx, db, own) : null;
  });
}
