import { CMS_ARTICLE_STATES } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { assertRight, rightsOn } from "../cms.policy";
import type { CmsChannelStatsType } from "../channels.types";
import { descendantIds, loadChannel } from "./load";

/** 栏目统计: sub-channels, articles by state, published per month over `months`, references and mappings, staleness. */
export async function channelStats(ctx: Context, id: string, months: number): Promise<CmsChannelStatsType> {
  const tenantId = ctx.tenantId;
  const span = Math.max(1, Math.min(months, 60));
  return ctx.uow(async ({ db }) => {
    const channel = await loadChannel(db, tenantId, id);
    assertRight(await rightsOn(db, ctx.viewer!, tenantId, channel.id), "view");
    const tree = await descendantIds(db, tenantId, channel.id);
    const subChannels = await db.cmsChannel.count({ where: { tenantId, parentId: channel.id } });
    const byState = await db.cmsArticle.groupBy({ by: ["state"], where: { tenantId, channelId: channel.id }, _count: { _all: true } });
    const withDescendants = await db.cmsArticle.count({ where: { tenantId, channelId: { in: tree }, state: "PUBLISHED" } });
    const links = await db.cmsArticleLink.groupBy({ by: ["kind"], where: { tenantId, channelId: channel.id }, _count: { _all: true } });
    const last = await db.cmsArticle.aggregate({ where: { tenantId, channelId: channel.id, state: "PUBLISHED" }, _max: { publishedAt: true } });
    const since = new Date();
    since.setUTCMonth(since.getUTCMonth() - span + 1, 1);
    since.setUTCHours(0, 0, 0, 0);
    const perMonth = await db.$queryRaw<{ period: string; n: number }[]>`
      SELECT to_char(published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS period, count(*)::int AS n
        FROM cms_article WHERE tenant_id = ${tenantId}::uuid AND channel_id = ${channel.id}::uuid
         AND state = 'PUBLISHED' AND published_at >= ${since}
       GROUP BY 1 ORDER BY 1`;
    const periods: { period: string; count: number }[] = [];
    for (let i = 0; i < span; i++) {
      const d = new Date(since);
      d.setUTCMonth(since.getUTCMonth() + i);
      const p = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
      periods.push({ period: p, count: perMonth.find((r) => r.period === p)?.n ?? 0 });
    }
    const lastPublishedAt = last._max.publishedAt;
    return {
      channelId: channel.id,
      subChannels,
      descendantChannels: tree.length - 1,
      articlesByState: CMS_ARTICLE_STATES.map((s) => ({ state: s, count: byState.find((b) => b.state === s)?._count._all ?? 0 })),
      publishedWithDescendants: withDescendants,
      references: links.find((l) => l.kind === "REFERENCE")?._count._all ?? 0,
      mappings: links.find((l) => l.kind === "MAPPING")?._count._all ?? 0,
      publishedByMonth: periods,
      lastPublishedAt,
      stale: !!channel.updateDays && (!lastPublishedAt || Date.now() - lastPublishedAt.getTime() > channel.updateDays * 86_400_000),
    };
  });
}
