import type { Context } from "../../../context/context";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { readMobile } from "../member-pii";

/** The full number, for a viewer holding member:reveal-pii; every reveal leaves an audit row. */
export async function revealMemberPhone(ctx: Context, memberId: string): Promise<string> {
  const id = parseId(memberId, "委员");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const row = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id } }, select: { id: true, name: true, mobile: true } });
    if (!row) throw NotFound("委员不存在");
    audit({ action: "member.reveal_phone", targetType: "MemberProfile", targetId: row.id, detail: { name: row.name } });
    return readMobile(row);
  });
}
