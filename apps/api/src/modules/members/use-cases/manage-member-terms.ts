import { memberTermInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { assertDictRefs, assertSession, termRefs } from "../member-refs";
import type { MemberTermInput } from "../members.types";
import { loadMember, presentLoaded } from "./get-member";

/** Sets the member's appointment in one session (creates or replaces it); other sessions' terms stay. */
export async function setMemberTerm(ctx: Context, memberId: string, input: MemberTermInput) {
  const id = parseId(memberId, "委员");
  const term = parseInput(memberTermInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await loadMember(db, tenantId, id);
    await assertSession(db, tenantId, term.sessionId);
    await assertDictRefs(db, tenantId, termRefs(term));
    const { sessionId, ...appointment } = term;
    const key = { tenantId_memberId_sessionId: { tenantId, memberId: id, sessionId } };
    const before = await db.memberTerm.findUnique({ where: key });
    await db.memberTerm.upsert({ where: key, create: { tenantId, memberId: id, ...term }, update: appointment });
    audit({
      action: before ? "member.term.update" : "member.term.create",
      targetType: "MemberProfile",
      targetId: id,
      detail: { sessionId, ...(before ? { from: { sectorId: before.sectorId, partyId: before.partyId, memberTypeId: before.memberTypeId, specialCommitteeId: before.specialCommitteeId } } : {}), to: appointment },
    });
    return presentLoaded(ctx, db, id, sessionId);
  });
}

export async function removeMemberTerm(ctx: Context, memberId: string, sessionId: string) {
  const id = parseId(memberId, "委员");
  const sid = parseId(sessionId, "届次");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const { count } = await db.memberTerm.deleteMany({ where: { tenantId, memberId: id, sessionId: sid } });
    if (!count) throw NotFound("该委员在此届次没有任职记录");
    audit({ action: "member.term.delete", targetType: "MemberProfile", targetId: id, detail: { sessionId: sid } });
    return presentLoaded(ctx, db, id);
  });
}
