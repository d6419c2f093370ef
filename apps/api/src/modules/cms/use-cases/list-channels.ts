import type { Context } from "../../../context/context";
import { Forbidden } from "../../../core/errors";
import { loadChannelRights } from "../cms.policy";
import { presentChannel } from "../cms.presenter";
import { loadChannel } from "./load";
import { tenantCode } from "./site";

/** The channel tree as a flat list in tree order (parents before children, siblings by sort order), only what the viewer may see. */
export async function listChannels(ctx: Context) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const rights = await loadChannelRights(db, ctx.viewer!, tenantId);
    const all = await db.cmsChannel.findMany({ where: { tenantId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
    const code = await tenantCode(db, tenantId);
    const byParent = new Map<string | null, typeof all>();
    for (const c of all) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
    const ordered: typeof all = [];
    const walk = (p: string | null) => {
      for (const c of byParent.get(p) ?? []) (ordered.push(c), walk(c.id));
    };
    walk(null);
    return ordered.filter((c) => rights.get(c.id)?.length).map((c) => presentChannel(c, rights.get(c.id)!, code));
  });
}

export async function getChannel(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const c = await loadChannel(db, tenantId, id);
    const rights = (await loadChannelRights(db, ctx.viewer!, tenantId)).get(c.id) ?? [];
    if (!rights.length) throw Forbidden("没有该栏目的查看权限");
    return presentChannel(c, rights, await tenantCode(db, tenantId));
  });
}
