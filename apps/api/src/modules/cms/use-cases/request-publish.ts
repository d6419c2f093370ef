import type { Context } from "../../../context/context";
import { Forbidden, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { toSkipTake, type PageArgs } from "../../../core/pagination";
import { isCmsAdmin, loadChannelRights } from "../cms.policy";
import { ensureSite } from "./site";
import type { CmsPublishJob } from "../../../generated/prisma/client";

export const presentJob = (j: CmsPublishJob) => ({ ...j, progress: j.total ? Math.min(1, j.done / j.total) : j.state === "DONE" ? 1 : 0 });

/**
 * Queues a publish job. FULL and INCREMENTAL cover the whole site: site administrators and reviewers.
 * SPECIFIED names channels/articles: the publish right on each of those channels is enough.
 */
export async function requestPublish(ctx: Context, kind: "FULL" | "INCREMENTAL" | "SPECIFIED", channelIds: string[], articleIds: string[]) {
  const tenantId = ctx.tenantId;
  const viewer = ctx.viewer!;
  const cids = channelIds.map((c) => parseId(c, "栏目"));
  const aids = articleIds.map((a) => parseId(a, "文章"));
  return ctx.uow(async (w) => {
    const site = await ensureSite(w, tenantId);
    if (kind === "SPECIFIED") {
      if (!cids.length && !aids.length) throw ValidationFailed("请选择要发布的栏目或文章");
      const rights = await loadChannelRights(w.db, viewer, tenantId);
      const articles = await w.db.cmsArticle.findMany({ where: { tenantId, id: { in: aids } }, select: { channelId: true } });
      if (articles.length !== new Set(aids).size) throw ValidationFailed("所选文章不存在");
      for (const c of [...cids, ...articles.map((a) => a.channelId)]) if (!rights.get(c)?.includes("publish")) throw Forbidden("所选栏目中有没有发布权限的栏目");
    } else if (!isCmsAdmin(viewer) && !viewer.permissions.has("cms:review")) {
      throw Forbidden("只有网站管理员或审核人员可以发布整站");
    }
    const job = await w.db.cmsPublishJob.create({ data: { tenantId, siteId: site.id, kind, channelIds: cids, articleIds: aids, requestedBy: viewer.userId } });
    w.audit({ action: "cms.publish.request", targetType: "CmsPublishJob", targetId: job.id, detail: { kind, channelIds: cids, articleIds: aids } });
    return presentJob(job);
  });
}

export async function listJobs(ctx: Context, page: PageArgs) {
  const tenantId = ctx.tenantId;
  const { skip, take } = toSkipTake(page);
  return ctx.uow(async ({ db }) => {
    const rows = await db.cmsPublishJob.findMany({ where: { tenantId }, orderBy: { createdAt: "desc" }, skip, take });
    const total = await db.cmsPublishJob.count({ where: { tenantId } });
    return { items: rows.map(presentJob), total };
  });
}

export async function getJob(ctx: Context, id: string) {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db }) => {
    const j = await db.cmsPublishJob.findUnique({ where: { tenantId_id: { tenantId, id: parseId(id, "任务") } } });
    if (!j) throw NotFound("发布任务不存在");
    return presentJob(j);
  });
}
