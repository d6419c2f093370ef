import { createMemberInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { parseInput } from "../../../core/validate";
import { writeMobile } from "../member-pii";
import { assertDictRefs, assertSession, profileRefs, termRefs } from "../member-refs";
import { resolveMemberAccount } from "../members.policy";
import type { CreateMemberInput } from "../members.types";
import { nameSearchColumns } from "../pinyin";
import { presentLoaded } from "./get-member";

export async function createMember(ctx: Context, input: CreateMemberInput) {
  const { username, term, mobile, birthDate, ...profile } = parseInput(createMemberInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertDictRefs(db, tenantId, [...profileRefs(profile), ...(term ? termRefs(term) : [])]);
    if (term) await assertSession(db, tenantId, term.sessionId);
    const userId = username ? await resolveMemberAccount(db, tenantId, username) : null;
    const row = await db.memberProfile.create({
      data: {
        tenantId,
        userId,
        ...profile,
        ...nameSearchColumns(profile.name),
        birthDate: new Date(`${birthDate}T00:00:00Z`),
        mobile: writeMobile(mobile),
      },
    });
    if (term) await db.memberTerm.create({ data: { tenantId, memberId: row.id, ...term } });
    audit({ action: "member.create", targetType: "MemberProfile", targetId: row.id, detail: { name: row.name, username, sessionId: term?.sessionId ?? null } });
    return presentLoaded(ctx, db, row.id, term?.sessionId);
  });
}
