import { updateMemberInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { assertDictRefs, profileRefs } from "../member-refs";
import { resolveMemberAccount } from "../members.policy";
import type { UpdateMemberInput } from "../members.types";
import { auditChanges, describeChanges, diffProfile, updateDataFor } from "../profile-changes";
import { loadMember, presentLoaded } from "./get-member";

/** Staff edit: applies at once (no approval), audited field by field (phone numbers masked in the log). */
export async function updateMember(ctx: Context, id: string, input: UpdateMemberInput) {
  const { username, ...patch } = parseInput(updateMemberInput, input);
  const memberId = parseId(id, "委员");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadMember(db, tenantId, memberId);
    const changes = diffProfile(before, patch);
    await assertDictRefs(db, tenantId, profileRefs(Object.fromEntries(changes.map((c) => [c.field, c.to]))));
    const userId = username === undefined ? undefined : username === null ? null : await resolveMemberAccount(db, tenantId, username, memberId);
    const relink = userId !== undefined && userId !== before.userId;
    if (!changes.length && !relink) return presentLoaded(ctx, db, memberId);
    await db.memberProfile.update({
      where: { tenantId_id: { tenantId, id: memberId } },
      data: { ...updateDataFor(changes), ...(relink ? { userId } : {}) },
    });
    const described = await describeChanges(db, tenantId, changes, { from: true, to: true });
    audit({ action: "member.update", targetType: "MemberProfile", targetId: memberId, detail: { changes: auditChanges(described), ...(relink ? { username } : {}) } });
    return presentLoaded(ctx, db, memberId);
  });
}

/** Deletes the profile with its terms and change requests (the account itself stays). */
export async function deleteMember(ctx: Context, id: string) {
  const memberId = parseId(id, "委员");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const row = await loadMember(db, tenantId, memberId);
    await db.memberProfile.delete({ where: { tenantId_id: { tenantId, id: memberId } } });
    audit({ action: "member.delete", targetType: "MemberProfile", targetId: memberId, detail: { name: row.name, terms: row.terms.length } });
    return true;
  });
}
