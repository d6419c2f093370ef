import type { Viewer } from "../../context/viewer";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../../core/errors";
import type { Tx } from "../../db/prisma";

/** Who may do what to which member record: the only place that decides. */

/** A member's own record: found by the session's user, never by an argument. */
export async function findOwnProfileId(db: Tx, tenantId: string, viewer: Viewer): Promise<string> {
  const p = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: viewer.userId } }, select: { id: true } });
  if (!p) throw NotFound("尚未建立您的委员档案，请联系委员工作部门");
  return p.id;
}

/** The member themself sees their full number; everyone else sees the mask (revealing is audited). */
export const mayReadOwnMobile = (viewer: Viewer | null, row: { userId: string | null }) => !!viewer && row.userId === viewer.userId;

/** No one approves or rejects their own request (a staff member who is also a member). */
export function assertMayReview(viewer: Viewer, request: { submittedBy: string }) {
  if (request.submittedBy === viewer.userId) throw Forbidden("不能审核本人提交的修改申请");
}

export function assertOwnRequest(viewer: Viewer, request: { submittedBy: string }) {
  if (request.submittedBy !== viewer.userId) throw NotFound("修改申请不存在");
}

/**
 * The account linked to a profile: a membership of this tenant with the MEMBER role, not already
 * linked to another profile. In an ordinary unit of work RLS hides other committees' users.
 */
export async function resolveMemberAccount(db: Tx, tenantId: string, username: string, exceptMemberId?: string): Promise<string> {
  const user = await db.user.findUnique({ where: { username }, select: { id: true } });
  const m = user && (await db.tenantMembership.findUnique({ where: { tenantId_userId: { tenantId, userId: user.id } } }));
  if (!m) throw ValidationFailed(`账号“${username}”不存在或不属于本委员会`, { username: "账号不存在" });
  if (!m.roles.includes("MEMBER")) throw ValidationFailed(`账号“${username}”没有委员角色`, { username: "账号没有委员角色" });
  const holder = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: m.userId } }, select: { id: true, name: true } });
  if (holder && holder.id !== exceptMemberId) throw Conflict(`账号“${username}”已关联到委员“${holder.name}”`);
  return m.userId;
}

/** A full-number export is a bulk reveal: it needs the same permission as revealing one number. */
export function assertMayExportPhones(viewer: Viewer) {
  if (!viewer.permissions.has("member:reveal-pii")) throw Forbidden("导出完整手机号码需要“查看委员完整联系方式”权限");
}
