import type { CmsRight } from "@zhzx/shared";
import type { Tx } from "../../db/prisma";
import type { Viewer } from "../../context/viewer";
import { Forbidden } from "../../core/errors";

const ALL: CmsRight[] = ["view", "edit", "review", "publish"];
export const isCmsAdmin = (v: Viewer) => v.permissions.has("cms:admin");
const usesCms = (v: Viewer) => isCmsAdmin(v) || v.permissions.has("cms:edit") || v.permissions.has("cms:review");

/**
 * The viewer's rights on every channel of the active tenant: the union of the grants (to the person, to
 * one of their roles, to one of their departments) on the channel and on each of its ancestors. A site
 * administrator (cms:admin) holds every right everywhere; a user without any cms permission holds none.
 */
export async function loadChannelRights(db: Tx, viewer: Viewer, tenantId: string): Promise<Map<string, CmsRight[]>> {
  const channels = await db.cmsChannel.findMany({ where: { tenantId }, select: { id: true, parentId: true } });
  const out = new Map<string, CmsRight[]>();
  if (isCmsAdmin(viewer)) {
    for (const c of channels) out.set(c.id, ALL);
    return out;
  }
  if (!usesCms(viewer)) return out;
  const departments = await db.cmsDepartmentMember.findMany({ where: { tenantId, userId: viewer.userId }, select: { departmentId: true } });
  const grants = await db.cmsChannelAcl.findMany({
    where: {
      tenantId,
      OR: [
        { subjectKind: "USER", subjectId: viewer.userId },
        { subjectKind: "ROLE", subjectId: { in: viewer.roles } },
        { subjectKind: "DEPARTMENT", subjectId: { in: departments.map((d) => d.departmentId) } },
      ],
    },
  });
  const direct = new Map<string, Set<CmsRight>>();
  for (const g of grants) {
    const s = direct.get(g.channelId) ?? new Set<CmsRight>();
    if (g.canView) s.add("view");
    if (g.canEdit) s.add("edit");
    if (g.canReview) s.add("review");
    if (g.canPublish) s.add("publish");
    direct.set(g.channelId, s);
  }
  const parent = new Map(channels.map((c) => [c.id, c.parentId]));
  for (const c of channels) {
    const s = new Set<CmsRight>();
    const seen = new Set<string>();
    for (let id: string | null | undefined = c.id; id && !seen.has(id); id = parent.get(id)) {
      seen.add(id);
      for (const r of direct.get(id) ?? []) s.add(r);
    }
    if (s.size) s.add("view");
    out.set(c.id, ALL.filter((r) => s.has(r)));
  }
  return out;
}

export async function rightsOn(db: Tx, viewer: Viewer, tenantId: string, channelId: string): Promise<CmsRight[]> {
  return (await loadChannelRights(db, viewer, tenantId)).get(channelId) ?? [];
}

const RIGHT_NAMES: Record<CmsRight, string> = { view: "查看", edit: "编辑", review: "审核", publish: "发布" };
export function assertRight(rights: readonly CmsRight[], right: CmsRight, what = "该栏目") {
  if (!rights.includes(right)) throw Forbidden(`没有${what}的${RIGHT_NAMES[right]}权限`);
}
