import type { Context } from "../../../context/context";
import { AppError } from "../../../core/errors";
import { loadChannel } from "./load";

/** Refused while the channel has sub-channels or articles (its own, referenced or mapped ones). */
export async function deleteChannel(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const channel = await loadChannel(db, tenantId, id);
    const children = await db.cmsChannel.count({ where: { tenantId, parentId: channel.id } });
    const articles = await db.cmsArticle.count({ where: { tenantId, channelId: channel.id } });
    const links = await db.cmsArticleLink.count({ where: { tenantId, channelId: channel.id } });
    if (children) throw new AppError("CONFLICT", `该栏目下有 ${children} 个子栏目，不能删除`);
    if (articles || links) throw new AppError("CONFLICT", `该栏目下有 ${articles + links} 篇文章，不能删除`);
    const users = await db.cmsChannel.count({ where: { tenantId, sourceChannelIds: { has: channel.id } } });
    if (users) throw new AppError("CONFLICT", "该栏目是虚拟栏目的来源，不能删除");
    await db.cmsChannel.delete({ where: { tenantId_id: { tenantId, id: channel.id } } });
    await db.cmsChannel.updateMany({ where: { tenantId }, data: { dirty: true } });
    audit({ action: "cms.channel.delete", targetType: "CmsChannel", targetId: channel.id, detail: { name: channel.name, slug: channel.slug } });
    return true;
  });
}
