import { ORG_UNIT_KIND_LABELS, type OrgUnitKind, type Role } from "@zhzx/shared";
import { ValidationFailed } from "../../core/errors";
import type { Tx } from "../../db/prisma";

const ROLE_OF: Record<OrgUnitKind, Role> = { HANDLING_UNIT: "HANDLING_UNIT", COLLECTIVE: "COLLECTIVE" };

/**
 * The account linked to a unit must be a membership of the active tenant holding the unit's role.
 * Runs in an ordinary unit of work: RLS shows only users with a membership in this tenant, so another
 * committee's account is simply "not found".
 */
export async function resolveUnitAccount(db: Tx, tenantId: string, kind: OrgUnitKind, username: string): Promise<string> {
  const user = await db.user.findUnique({ where: { username }, select: { id: true } });
  const m = user && (await db.tenantMembership.findUnique({ where: { tenantId_userId: { tenantId, userId: user.id } } }));
  if (!m) throw ValidationFailed(`账号“${username}”不存在或不属于本委员会`, { username: "账号不存在" });
  if (!m.roles.includes(ROLE_OF[kind])) {
    throw ValidationFailed(`账号“${username}”没有${ORG_UNIT_KIND_LABELS[kind]}角色，请先由系统管理员设置`, { username: "账号角色不符" });
  }
  return m.userId;
}
