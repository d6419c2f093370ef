import { cmsCreateChannelInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import { ValidationFailed } from "../../../core/errors";
import { parseInput } from "../../../core/validate";
import { presentChannel } from "../cms.presenter";
import type { CmsCreateChannelInput } from "../channels.types";
import { ensureSite, tenantCode } from "./site";
import { loadChannel } from "./load";

/** A virtual channel aggregates ordinary channels of the same site (never another virtual one: no cycles). */
export async function checkSources(db: Tx, tenantId: string, ids: string[], selfId?: string) {
  if (!ids.length) throw ValidationFailed("虚拟栏目须至少选择一个来源栏目", { sourceChannelIds: "请选择来源栏目" });
  const found = await db.cmsChannel.findMany({ where: { tenantId, id: { in: ids }, kind: "NORMAL" }, select: { id: true } });
  if (found.length !== new Set(ids).size || (selfId && ids.includes(selfId))) throw ValidationFailed("来源栏目须为本站的普通栏目", { sourceChannelIds: "来源栏目无效" });
}

export async function createChannel(ctx: Context, input: CmsCreateChannelInput) {
  const data = parseInput(cmsCreateChannelInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async (w) => {
    const site = await ensureSite(w, tenantId);
    if (data.parentId) await loadChannel(w.db, tenantId, data.parentId);
    if (data.kind === "VIRTUAL") await checkSources(w.db, tenantId, data.sourceChannelIds);
    else data.sourceChannelIds = [];
    const last = await w.db.cmsChannel.aggregate({ where: { tenantId, parentId: data.parentId }, _max: { sortOrder: true } });
    const channel = await w.db.cmsChannel.create({
      data: { ...data, fieldDefs: data.fieldDefs as object[], tenantId, siteId: site.id, sortOrder: (last._max.sortOrder ?? -1) + 1 },
    });
    w.audit({ action: "cms.channel.create", targetType: "CmsChannel", targetId: channel.id, detail: { name: channel.name, slug: channel.slug } });
    return presentChannel(channel, ["view", "edit", "review", "publish"], await tenantCode(w.db, tenantId));
  });
}
