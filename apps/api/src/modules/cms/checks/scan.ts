import fs from "node:fs";
import path from "node:path";
import type { CmsFindingKind } from "@zhzx/shared";
import type { Db } from "../../../db/prisma";
import { articlePath, cmsConfig, siteUrl } from "../cms.config";
import { planPages } from "../publish/build-pages";
import { loadSiteModel } from "../publish/load-model";
import { systemWork } from "../publish/run-job";
import { publishedWordHits } from "../use-cases/sensitive-words";

export interface Finding {
  channelId: string;
  articleId: string | null;
  articleTitle: string | null;
  kind: CmsFindingKind;
  target: string;
  detail: string;
}

const BATCH = 200;
/** Scans kept per committee; older ones (and their findings) are removed when a scan finishes. */
const KEEP_SCANS = 20;
const DAY_MS = 86_400_000;
const TAG = /<(a|img)\b[^>]*?\s(href|src)="([^"]*)"/gi;

const decodeAttr = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
const isoDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Classifies one link or image address of an article page. Internal = on this server under the site's own
 * prefix (/site/<code>/…, absolute or relative to the page); it resolves when the site produces that page
 * (channel lists, article pages, feeds), when it is a published file, or when the file exists under the
 * site's directory (assets). Anything else over http(s) is external: listed, never fetched.
 */
export function makeLinkChecker(code: string, known: Set<string>) {
  const origin = new URL(cmsConfig.publicOrigin());
  const base = siteUrl(code);
  const publicHost = cmsConfig.publicHost();
  const siteDir = path.resolve(cmsConfig.sitesDir(), code);
  const onDisk = (rel: string) => {
    const p = path.resolve(siteDir, rel);
    return p.startsWith(siteDir + path.sep) && fs.existsSync(p) && fs.statSync(p).isFile();
  };
  return (raw: string, pageUrl: string): { status: "ok" | "broken" | "external" | "skip"; target: string } => {
    const href = decodeAttr(raw).trim();
    if (!href || href.startsWith("#")) return { status: "skip", target: href };
    let u: URL;
    try {
      u = new URL(href, new URL(pageUrl, origin));
    } catch {
      return { status: "broken", target: href };
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") return { status: "skip", target: href };
    const ours = u.host === origin.host || (publicHost !== null && u.hostname === publicHost);
    if (!ours || !u.pathname.startsWith(base)) return { status: "external", target: u.href };
    let rel: string;
    try {
      rel = decodeURIComponent(u.pathname.slice(base.length));
    } catch {
      return { status: "broken", target: u.pathname };
    }
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    if (rel === "search" || known.has(rel) || onDisk(rel)) return { status: "ok", target: u.pathname };
    return { status: "broken", target: u.pathname };
  };
}

/**
 * Runs one claimed 站点检查: every published article body (links and images), the 错敏词 list over the
 * published articles, and each channel's required update interval. Findings are written at the end in
 * one transaction with the counts; progress is reported as articles are read.
 */
export async function runScan(prisma: Db, tenantId: string, scanId: string) {
  try {
    const prep = await systemWork(prisma, tenantId, async ({ db }) => {
      const [{ now }] = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
      const model = await loadSiteModel(db, tenantId);
      const files = await db.cmsPublishedFile.findMany({ where: { tenantId }, select: { path: true } });
      const known = new Set([...planPages(model, { kind: "FULL" }).pages.map((p) => p.path), ...files.map((f) => f.path)]);
      await db.cmsCheckFinding.deleteMany({ where: { tenantId, scanId } });
      await db.cmsCheckScan.update({ where: { tenantId_id: { tenantId, id: scanId } }, data: { total: model.articles.length, done: 0, heartbeatAt: new Date() } });
      return { now, model, known };
    });
    const { model, known, now } = prep;
    const slugOf = new Map(model.channels.map((c) => [c.id, c.slug]));
    const check = makeLinkChecker(model.code, known);
    const findings: Finding[] = [];

    // (a) links and images, article by article in batches (bodies are not kept in memory).
    const ids = model.articles.map((a) => a.id);
    for (let i = 0; i < ids.length; i += BATCH) {
      const rows = await systemWork(prisma, tenantId, async ({ db }) => {
        const r = await db.cmsArticle.findMany({ where: { tenantId, id: { in: ids.slice(i, i + BATCH) } }, select: { id: true, no: true, title: true, channelId: true, body: true } });
        await db.cmsCheckScan.update({ where: { tenantId_id: { tenantId, id: scanId } }, data: { done: Math.min(ids.length, i + BATCH), heartbeatAt: new Date() } });
        return r;
      });
      for (const a of rows) {
        const page = siteUrl(model.code, articlePath(slugOf.get(a.channelId) ?? "", a.no));
        const seen = new Set<string>();
        for (const m of a.body.matchAll(TAG)) {
          const isImg = m[1]!.toLowerCase() === "img";
          const r = check(m[3]!, page);
          const key = `${isImg}|${r.target}`;
          if (r.status === "ok" || r.status === "skip" || seen.has(key)) continue;
          seen.add(key);
          const base = { channelId: a.channelId, articleId: a.id, articleTitle: a.title, target: r.target.slice(0, 1000) };
          if (r.status === "external") findings.push({ ...base, kind: "EXTERNAL_LINK", detail: isImg ? "外部图片，未检查" : "外部链接，未检查" });
          else findings.push({ ...base, kind: isImg ? "BROKEN_IMAGE" : "BROKEN_LINK", detail: isImg ? "图片地址在本站找不到" : "链接指向的页面在本站不存在" });
        }
      }
    }

    await systemWork(prisma, tenantId, async ({ db, audit }) => {
      // (b) 错敏词 in published articles: the same set-based check as the 错敏词 page.
      for (const h of await publishedWordHits(db, tenantId)) {
        for (const w of h.words) {
          findings.push({
            channelId: h.channelId, articleId: h.articleId, articleTitle: h.title, kind: "SENSITIVE_WORD", target: w.word,
            detail: `含${w.level === "BLOCK" ? "禁用词" : "提示词"}“${w.word}”${w.suggestion ? `，建议改为“${w.suggestion}”` : ""}`,
          });
        }
      }
      // (c) stale channels: updateDays set and the newest published article older than that (or none).
      const newest = await db.cmsArticle.groupBy({ by: ["channelId"], where: { tenantId, state: "PUBLISHED" }, _max: { publishedAt: true } });
      const last = new Map(newest.map((n) => [n.channelId, n._max.publishedAt]));
      for (const c of await db.cmsChannel.findMany({ where: { tenantId, kind: "NORMAL", updateDays: { not: null } }, select: { id: true, updateDays: true } })) {
        const at = last.get(c.id) ?? null;
        const days = at ? Math.floor((now.getTime() - at.getTime()) / DAY_MS) : null;
        if (days !== null && days <= c.updateDays!) continue;
        findings.push({
          channelId: c.id, articleId: null, articleTitle: null, kind: "STALE_CHANNEL", target: at ? isoDay(at) : "",
          detail: at ? `最近一篇文章发布于 ${isoDay(at)}，已 ${days} 天未更新（要求每 ${c.updateDays} 天更新）` : `栏目还没有已发布的文章（要求每 ${c.updateDays} 天更新）`,
        });
      }
      for (let i = 0; i < findings.length; i += 1000) {
        await db.cmsCheckFinding.createMany({ data: findings.slice(i, i + 1000).map((f) => ({ ...f, tenantId, scanId })) });
      }
      const count = (k: CmsFindingKind) => findings.filter((f) => f.kind === k).length;
      const counts = { brokenLinks: count("BROKEN_LINK"), brokenImages: count("BROKEN_IMAGE"), externalLinks: count("EXTERNAL_LINK"), sensitiveWords: count("SENSITIVE_WORD"), staleChannels: count("STALE_CHANNEL") };
      await db.cmsCheckScan.update({ where: { tenantId_id: { tenantId, id: scanId } }, data: { ...counts, state: "DONE", done: ids.length, finishedAt: new Date(), heartbeatAt: new Date() } });
      const old = await db.cmsCheckScan.findMany({ where: { tenantId, state: { in: ["DONE", "FAILED"] } }, orderBy: { createdAt: "desc" }, skip: KEEP_SCANS, select: { id: true } });
      if (old.length) await db.cmsCheckScan.deleteMany({ where: { tenantId, id: { in: old.map((o) => o.id) } } });
      audit({ action: "cms.check.done", targetType: "CmsCheckScan", targetId: scanId, detail: { articles: ids.length, ...counts } });
    });
  } catch (e) {
    const message = e instanceof Error ? e.message.slice(0, 500) : String(e);
    if (process.env.NODE_ENV !== "test") console.error("[cms check]", e);
    await systemWork(prisma, tenantId, async ({ db, audit }) => {
      await db.cmsCheckScan.update({ where: { tenantId_id: { tenantId, id: scanId } }, data: { state: "FAILED", error: message, finishedAt: new Date() } });
      audit({ action: "cms.check.failed", targetType: "CmsCheckScan", targetId: scanId, result: "FAILURE", detail: { error: message } });
    });
  }
}
