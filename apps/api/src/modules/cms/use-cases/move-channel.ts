import type { Context } from "../../../context/context";
import { ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import type { Tx } from "../../../db/prisma";
import { presentChannel } from "../cms.presenter";
import { descendantIds, loadChannel } from "./load";
import { tenantCode } from "./site";

async function renumber(db: Tx, tenantId: string, orderedIds: string[]) {
  for (const [i, id] of orderedIds.entries()) await db.cmsChannel.update({ where: { tenantId_id: { tenantId, id } }, data: { sortOrder: i, dirty: true } });
}

/** Moves a channel under another parent (or to the top) at `position` among its new siblings. */
export async function moveChannel(ctx: Context, id: string, parentId: string | null, position: number | null) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const channel = await loadChannel(db, tenantId, id);
    if (parentId) {
      await loadChannel(db, tenantId, parentId);
      if ((await descendantIds(db, tenantId, channel.id)).includes(parentId)) throw ValidationFailed("不能移动到自身或其下级栏目之下");
    }
    const siblings = (await db.cmsChannel.findMany({ where: { tenantId, parentId, NOT: { id: channel.id } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true } })).map((s) => s.id);
    const at = Math.max(0, Math.min(position ?? siblings.length, siblings.length));
    siblings.splice(at, 0, channel.id);
    await db.cmsChannel.update({ where: { tenantId_id: { tenantId, id: channel.id } }, data: { parentId } });
    await renumber(db, tenantId, siblings);
    await db.cmsChannel.updateMany({ where: { tenantId }, data: { dirty: true } });
    audit({ action: "cms.channel.move", targetType: "CmsChannel", targetId: channel.id, detail: { from: channel.parentId, to: parentId, position: at } });
    return presentChannel(await loadChannel(db, tenantId, channel.id), ["view", "edit", "review", "publish"], await tenantCode(db, tenantId));
  });
}

/** Drag-and-drop reorder: the complete list of one parent's children in their new order. */
export async function reorderChannels(ctx: Context, parentId: string | null, orderedIds: string[]) {
  const tenantId = ctx.tenantId;
  const ids = orderedIds.map((i) => parseId(i, "栏目"));
  return ctx.uow(async ({ db, audit }) => {
    const siblings = await db.cmsChannel.findMany({ where: { tenantId, parentId: parentId ? parseId(parentId, "栏目") : null }, select: { id: true } });
    const same = siblings.length === ids.length && new Set(ids).size === ids.length && siblings.every((s) => ids.includes(s.id));
    if (!same) throw ValidationFailed("排序列表须恰好包含该栏目下的全部子栏目");
    await renumber(db, tenantId, ids);
    audit({ action: "cms.channel.reorder", targetType: "CmsChannel", targetId: parentId ?? "root", detail: { order: ids } });
    return true;
  });
}
