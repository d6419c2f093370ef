import ExcelJS from "exceljs";
import { cmsChannelScore, cmsScoresInput, cmsStaleDays } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import { parseInput } from "../../../core/validate";
import { addSheet, exportMarkOf, stamp, workbookBase64, XLSX_MIME } from "../../organisation/xlsx";
import type { FileDownload } from "../../organisation/files.types";
import { visibleChannelIds } from "./site-checks";

const DAY_MS = 86_400_000;
const NO_DEPARTMENT = "未指定部门";

/**
 * 栏目考核 for a period: per NORMAL channel the articles published in it (still published), the stale days
 * against updateDays, the broken links/images and 错敏词 of the latest finished 站点检查, and the score by the
 * shared formula (packages/shared/src/cms/scores.ts); per department the sums and the mean score.
 * Department editors see their own channels only (as in 站点检查).
 */
export async function computeScores(db: Tx, ctx: Context, input: { from: Date; to: Date }) {
  const tenantId = ctx.tenantId;
  const { from, to: rawTo } = parseInput(cmsScoresInput, input);
  const [{ now }] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  const to = new Date(Math.min(rawTo.getTime(), now.getTime()));
  const periodDays = Math.max(1, Math.round((to.getTime() - from.getTime()) / DAY_MS));
  const visible = await visibleChannelIds(db, ctx.viewer!, tenantId);
  const channels = await db.cmsChannel.findMany({
    where: { tenantId, kind: "NORMAL", ...(visible ? { id: { in: visible } } : {}) },
    select: { id: true, name: true, slug: true, updateDays: true, sortOrder: true, departmentId: true, department: { select: { name: true } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  const ids = channels.map((c) => c.id);
  const inPeriod = await db.cmsArticle.findMany({ where: { tenantId, state: "PUBLISHED", channelId: { in: ids }, publishedAt: { gte: from, lt: to } }, select: { channelId: true, publishedAt: true } });
  const before = await db.$queryRaw<{ channel_id: string; last: Date }[]>`
    SELECT channel_id, max(published_at) AS last FROM cms_article
     WHERE tenant_id = ${tenantId}::uuid AND state = 'PUBLISHED' AND published_at < ${from} AND channel_id = ANY(${ids}::uuid[])
     GROUP BY channel_id`;
  const lastBefore = new Map(before.map((b) => [b.channel_id, b.last]));
  const scan = await db.cmsCheckScan.findFirst({ where: { tenantId, state: "DONE" }, orderBy: { createdAt: "desc" }, select: { id: true, finishedAt: true } });
  const findings = scan
    ? await db.cmsCheckFinding.groupBy({ by: ["channelId", "kind"], where: { tenantId, scanId: scan.id, channelId: { in: ids }, kind: { in: ["BROKEN_LINK", "BROKEN_IMAGE", "SENSITIVE_WORD"] } }, _count: { _all: true } })
    : [];
  const count = (c: string, k: string) => findings.find((f) => f.channelId === c && f.kind === k)?._count._all ?? 0;

  const rows = channels.map((c) => {
    const times = inPeriod.filter((a) => a.channelId === c.id).map((a) => a.publishedAt!);
    const staleDays = c.updateDays ? cmsStaleDays(times, lastBefore.get(c.id) ?? null, from, to, c.updateDays) : 0;
    const input = { periodDays, updateDays: c.updateDays, published: times.length, staleDays, brokenLinks: count(c.id, "BROKEN_LINK"), brokenImages: count(c.id, "BROKEN_IMAGE"), sensitiveWords: count(c.id, "SENSITIVE_WORD") };
    return { channelId: c.id, channelName: c.name, slug: c.slug, departmentName: c.department?.name ?? NO_DEPARTMENT, ...input, ...cmsChannelScore(input) };
  });
  const byDep = new Map<string, typeof rows>();
  for (const r of rows) byDep.set(r.departmentName, [...(byDep.get(r.departmentName) ?? []), r]);
  const departments = [...byDep].map(([name, rs]) => ({
    departmentName: name,
    channels: rs.length,
    published: rs.reduce((s, r) => s + r.published, 0),
    staleDays: rs.reduce((s, r) => s + r.staleDays, 0),
    brokenLinks: rs.reduce((s, r) => s + r.brokenLinks + r.brokenImages, 0),
    sensitiveWords: rs.reduce((s, r) => s + r.sensitiveWords, 0),
    score: Math.round((rs.reduce((s, r) => s + r.score, 0) / rs.length) * 10) / 10,
  }));
  return { from, to, periodDays, scanFinishedAt: scan?.finishedAt ?? null, channels: rows, departments };
}

export async function channelScores(ctx: Context, input: { from: Date; to: Date }) {
  return ctx.uow(({ db }) => computeScores(db, ctx, input));
}

const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** 栏目考核 as a watermarked, audited .xlsx: one sheet per channel, one per department. */
export async function exportScores(ctx: Context, input: { from: Date; to: Date }): Promise<FileDownload> {
  return ctx.uow(async ({ db, audit }) => {
    const r = await computeScores(db, ctx, input);
    const wb = new ExcelJS.Workbook();
    const col = (key: string, header: string) => ({ key, header, required: false });
    const ws = addSheet(wb, "栏目考核", [
      col("channelName", "栏目"), col("departmentName", "维护部门"), col("updateDays", "更新周期（天）"), col("published", "发稿数"), col("staleDays", "超期天数"),
      col("brokenLinks", "失效链接"), col("brokenImages", "失效图片"), col("sensitiveWords", "错敏词"), col("timeliness", "时效分"), col("volume", "发稿分"), col("quality", "质量分"), col("score", "总分"),
    ], { widths: [20, 16, 14, 10, 10, 10, 10, 10, 10, 10, 10, 10] });
    for (const c of r.channels) ws.addRow({ ...c, updateDays: c.updateDays ?? "不要求" });
    const wd = addSheet(wb, "部门考核", [col("departmentName", "维护部门"), col("channels", "栏目数"), col("published", "发稿数"), col("staleDays", "超期天数"), col("brokenLinks", "失效链接和图片"), col("sensitiveWords", "错敏词"), col("score", "平均分")], { widths: [18, 10, 10, 10, 16, 10, 10] });
    for (const d of r.departments) wd.addRow(d);
    audit({ action: "cms.scores.export", targetType: "CmsChannel", detail: { from: r.from, to: r.to, channels: r.channels.length } });
    return { filename: `栏目考核-${day(r.from)}至${day(r.to)}-${stamp()}.xlsx`, contentType: XLSX_MIME, base64: await workbookBase64(wb, exportMarkOf(ctx.viewer!)), rowCount: r.channels.length };
  });
}
