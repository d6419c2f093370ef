import { z } from "zod";
import { ROLES } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import type { CmsAclEntryInput, CmsAclEntryType } from "../channels.types";
import { loadChannel } from "./load";

const entries = z
  .array(
    z.object({
      subjectKind: z.enum(["USER", "ROLE", "DEPARTMENT"]),
      subjectId: z.string().trim().min(1).max(60),
      canView: z.boolean().default(true),
      canEdit: z.boolean().default(false),
      canReview: z.boolean().default(false),
      canPublish: z.boolean().default(false),
    }),
  )
  .max(200, "每个栏目最多 200 条授权");

export async function listChannelAcl(ctx: Context, channelId: string): Promise<CmsAclEntryType[]> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const channel = await loadChannel(db, tenantId, channelId);
    const rows = await db.cmsChannelAcl.findMany({ where: { tenantId, channelId: channel.id }, orderBy: [{ subjectKind: "asc" }, { createdAt: "asc" }] });
    const userIds = rows.filter((r) => r.subjectKind === "USER").map((r) => r.subjectId);
    const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } });
    const deps = await db.cmsDepartment.findMany({ where: { tenantId }, select: { id: true, name: true } });
    return rows.map((r) => ({
      ...r,
      subjectName:
        r.subjectKind === "USER" ? (users.find((u) => u.id === r.subjectId)?.displayName ?? "（已移除的用户）")
        : r.subjectKind === "DEPARTMENT" ? (deps.find((d) => d.id === r.subjectId)?.name ?? "（已删除的部门）")
        : r.subjectId,
    }));
  });
}

/** Replaces the channel's grants; every subject must exist in the active tenant. */
export async function setChannelAcl(ctx: Context, channelId: string, input: CmsAclEntryInput[]) {
  const list = parseInput(entries, input);
  const tenantId = ctx.tenantId;
  await ctx.uow(async ({ db, audit }) => {
    const channel = await loadChannel(db, tenantId, channelId);
    const userIds = list.filter((e) => e.subjectKind === "USER").map((e) => e.subjectId);
    const depIds = list.filter((e) => e.subjectKind === "DEPARTMENT").map((e) => e.subjectId);
    const uuid = z.uuid();
    if (![...userIds, ...depIds].every((i) => uuid.safeParse(i).success)) throw ValidationFailed("授权对象无效");
    if (list.some((e) => e.subjectKind === "ROLE" && !(ROLES as readonly string[]).includes(e.subjectId))) throw ValidationFailed("角色无效");
    const members = await db.tenantMembership.count({ where: { tenantId, userId: { in: userIds } } });
    const deps = await db.cmsDepartment.count({ where: { tenantId, id: { in: depIds } } });
    if (members !== new Set(userIds).size || deps !== new Set(depIds).size) throw ValidationFailed("授权对象不属于本委员会");
    await db.cmsChannelAcl.deleteMany({ where: { tenantId, channelId: channel.id } });
    await db.cmsChannelAcl.createMany({ data: list.map((e) => ({ ...e, tenantId, channelId: channel.id })) });
    audit({ action: "cms.channel.acl", targetType: "CmsChannel", targetId: channel.id, detail: { entries: list } });
  });
  return listChannelAcl(ctx, channelId);
}
