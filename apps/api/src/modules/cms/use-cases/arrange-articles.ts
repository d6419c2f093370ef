import type { Context } from "../../../context/context";
import { AppError, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { assertRight, rightsOn } from "../cms.policy";
import { enqueueIncremental, writeLocked } from "./article-content";
import { loadArticle, loadChannel } from "./load";
import { getArticle } from "./get-article";

/** 置顶: needs edit on the channel; a live article's lists are republished. */
export async function setPinned(ctx: Context, id: string, expectedVersion: number, pinned: boolean) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  await ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, id);
    assertRight(await rightsOn(db, viewer, tenantId, a.channelId), "edit");
    await writeLocked(db, tenantId, a.id, expectedVersion, { pinned, dirty: a.state === "PUBLISHED" ? true : undefined });
    if (a.state === "PUBLISHED") await enqueueIncremental(db, tenantId, viewer.userId);
    audit({ action: pinned ? "cms.article.pin" : "cms.article.unpin", targetType: "CmsArticle", targetId: a.id });
  });
  return getArticle(ctx, id);
}

/** Manual order: weights from the given list (first = heaviest); the channel's sort rule WEIGHT_DESC uses them. */
export async function reorderArticles(ctx: Context, channelId: string, orderedIds: string[]) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  const ids = orderedIds.map((i) => parseId(i, "文章"));
  if (ids.length > 500) throw ValidationFailed("一次最多排序 500 篇");
  await ctx.uow(async ({ db, audit }) => {
    const channel = await loadChannel(db, tenantId, channelId);
    assertRight(await rightsOn(db, viewer, tenantId, channel.id), "edit");
    const found = await db.cmsArticle.count({ where: { tenantId, channelId: channel.id, id: { in: ids } } });
    if (found !== new Set(ids).size) throw ValidationFailed("排序列表含有不属于该栏目的文章");
    for (const [i, id] of ids.entries()) await db.cmsArticle.update({ where: { tenantId_id: { tenantId, id } }, data: { weight: ids.length - i, dirty: true } });
    await enqueueIncremental(db, tenantId, viewer.userId);
    audit({ action: "cms.article.reorder", targetType: "CmsChannel", targetId: channel.id, detail: { order: ids } });
  });
  return true;
}

/** 定时撤稿: a withdraw time for a live (or scheduled) article; null clears it. */
export async function setWithdrawAt(ctx: Context, id: string, expectedVersion: number, withdrawAt: Date | null) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  await ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, id);
    const rights = await rightsOn(db, viewer, tenantId, a.channelId);
    if (!rights.includes("publish") && !rights.includes("review")) assertRight(rights, "publish");
    if (withdrawAt && withdrawAt.getTime() <= Date.now()) throw ValidationFailed("撤稿时间须晚于当前时间", { withdrawAt: "请选择将来的时间" });
    await writeLocked(db, tenantId, a.id, expectedVersion, { scheduledWithdrawAt: withdrawAt });
    audit({ action: "cms.article.schedule-withdraw", targetType: "CmsArticle", targetId: a.id, detail: { withdrawAt } });
  });
  return getArticle(ctx, id);
}

/** Only drafts (never published) can be deleted; anything that was public is withdrawn instead. */
export async function deleteArticle(ctx: Context, id: string, expectedVersion: number) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  return ctx.uow(async ({ db, audit }) => {
    const a = await loadArticle(db, tenantId, id);
    assertRight(await rightsOn(db, viewer, tenantId, a.channelId), "edit");
    if (a.state !== "DRAFT" || a.publishedAt) throw new AppError("INVALID_TRANSITION", "只能删除从未发布过的草稿；已发布的文章请撤稿");
    const r = await db.cmsArticle.deleteMany({ where: { tenantId, id: a.id, version: expectedVersion } });
    if (!r.count) throw new AppError("CONFLICT");
    audit({ action: "cms.article.delete", targetType: "CmsArticle", targetId: a.id, detail: { title: a.title } });
    return true;
  });
}
