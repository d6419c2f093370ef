import { assetUrl, siteUrl } from "../cms.config";
import { chineseDay, html, isoDay, raw, type Safe } from "./html";
import type { Entry, PubArticle, PubChannel, SiteModel } from "./site-model";

export interface PageOpts {
  title: string;
  wap: boolean;
  /** Path of this page relative to the site root, without the m/ prefix (for the other rendering's link). */
  path: string;
  current?: PubChannel | null;
}

const prefix = (m: SiteModel, wap: boolean) => siteUrl(m.code, wap ? "m/" : "");
export const topChannels = (m: SiteModel) => m.channels.filter((c) => !c.parentId && c.visible);

/** The page shell: Chinese, accessible (skip link, landmarks, labelled search), no script at all. */
export function layout(m: SiteModel, o: PageOpts, content: Safe): string {
  const base = prefix(m, o.wap);
  const other = siteUrl(m.code, (o.wap ? "" : "m/") + o.path);
  const crumbs: PubChannel[] = [];
  for (let c = o.current ?? null; c; c = m.channels.find((x) => x.id === c!.parentId) ?? null) crumbs.unshift(c);
  const topId = crumbs[0]?.id;
  return `<!doctype html>\n${html`<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title === m.site.name ? m.site.name : `${o.title} - ${m.site.name}`}</title>
<meta name="description" content="${m.site.description}">
<link rel="stylesheet" href="${siteUrl(m.code, "assets/site.css")}">
<link rel="alternate" type="application/rss+xml" title="${m.site.name}" href="${siteUrl(m.code, "rss.xml")}">
${o.wap ? html`<link rel="canonical" href="${other}">` : html`<link rel="alternate" media="only screen and (max-width: 640px)" href="${other}">`}
</head><body class="${o.wap ? "wap" : "web"}"><a class="skip" href="#main">跳到主要内容</a>
<header class="top" role="banner"><div class="wrap"><a class="brand" href="${base}">${m.site.name}</a>
<form class="search" role="search" action="${siteUrl(m.code, "search")}" method="get"><label class="sr" for="q">站内检索</label><input id="q" name="q" type="search" maxlength="50" placeholder="请输入检索词"><button type="submit">检索</button></form></div></header>
<nav class="main" aria-label="主导航"><ul><li><a href="${base}"${raw(o.path === "index.html" ? ' aria-current="page"' : "")}>首页</a></li>${topChannels(m).map((c) => html`<li><a href="${base}${c.slug}/"${raw(c.id === topId ? ' aria-current="page"' : "")}>${c.name}</a></li>`)}</ul></nav>
<main id="main" class="wrap">${crumbs.length ? html`<nav class="crumbs" aria-label="当前位置"><a href="${base}">首页</a>${crumbs.map((c) => html` &gt; <a href="${base}${c.slug}/">${c.name}</a>`)}</nav>` : ""}${content}</main>
<footer class="foot" role="contentinfo"><div class="wrap"><p>${m.site.name}　${m.site.footer}</p><p><a href="${other}">${o.wap ? "电脑版" : "手机版"}</a>　<a href="${siteUrl(m.code, "rss.xml")}">RSS 订阅</a></p></div></footer>
</body></html>`}\n`;
}

const coverOf = (m: SiteModel, a: PubArticle) => {
  const c = a.coverAssetId ? a.assets.find((x) => x.id === a.coverAssetId && x.kind === "IMAGE") : undefined;
  return c ? assetUrl(m.code, c.id, c.fileName) : null;
};
const SIZE = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
const KIND: Record<string, string> = { pdf: "PDF", doc: "Word", docx: "Word", xls: "Excel", xlsx: "Excel", ppt: "PowerPoint", pptx: "PowerPoint", wps: "WPS", ofd: "OFD", zip: "ZIP" };

/** 附件 of an article page: each a download link with its type and size. */
function attachmentList(m: SiteModel, a: PubArticle) {
  const files = a.assets.filter((x) => x.kind === "ATTACHMENT");
  if (!files.length) return "";
  return html`<section class="files" aria-labelledby="files-h"><h2 id="files-h">附件</h2><ul>${files.map((x) => {
    const ext = x.fileName.split(".").pop()!.toLowerCase();
    return html`<li><a href="${assetUrl(m.code, x.id, x.fileName)}" download="${x.fileName}">${x.fileName}</a> <span class="size">（${KIND[ext] ?? ext.toUpperCase()}，${SIZE(x.size)}）</span></li>`;
  })}</ul></section>`;
}

const item = (e: Entry, withSummary: boolean, cover: string | null = null) =>
  html`<li${raw(cover ? ' class="with-cover"' : "")}>${cover ? html`<img class="cover" src="${cover}" alt="" loading="lazy">` : ""}<div>${e.a.pinned ? html`<span class="pin">[置顶]</span>` : ""}<a href="${e.href}">${e.a.title}</a>${withSummary && e.a.summary ? html`<p>${e.a.summary}</p>` : ""}</div><time datetime="${isoDay(e.a.publishedAt)}">${isoDay(e.a.publishedAt)}</time></li>`;

/** A list of articles; with `m`, entries show their cover image (channel list pages, WEB and WAP). */
export const entryList = (entries: Entry[], withSummary = false, m?: SiteModel) => html`<ul class="list">${entries.map((e) => item(e, withSummary, m ? coverOf(m, e.a) : null))}</ul>`;

export function homePage(m: SiteModel, wap: boolean, sections: { channel: PubChannel; entries: Entry[] }[]) {
  const base = prefix(m, wap);
  const content = html`<h1 class="sr">${m.site.name}</h1><div class="grid">${sections.map(
    (s) => html`<section class="box" aria-labelledby="h-${s.channel.slug}"><h2 id="h-${s.channel.slug}">${s.channel.name}<a href="${base}${s.channel.slug}/">更多<span class="sr">${s.channel.name}</span></a></h2>${entryList(s.entries)}</section>`,
  )}</div>`;
  return layout(m, { title: m.site.name, wap, path: "index.html" }, content);
}

export function listPage(m: SiteModel, wap: boolean, c: PubChannel, entries: Entry[], page: number, pages: number, single?: PubArticle) {
  const base = `${prefix(m, wap)}${c.slug}/`;
  const name = (n: number) => (n === 1 ? "index.html" : `index_${n}.html`);
  const pager =
    pages > 1
      ? html`<nav class="pages" aria-label="分页">${Array.from({ length: pages }, (_, i) => i + 1).map((n) => (n === page ? html`<span aria-current="page">${n}</span>` : html`<a href="${base}${name(n)}">${n}</a>`))}</nav>`
      : "";
  let content: Safe;
  if (c.template === "single") content = html`<article class="box"><h1>${c.name}</h1>${single ? html`<div class="body">${raw(single.body ?? "")}</div>` : html`<p>暂无内容</p>`}</article>`;
  else if (c.template === "leader")
    content = html`<section class="box"><h1>${c.name}</h1>${entries.map((e) => html`<h2><a href="${e.href}">${e.a.title}</a></h2>${fieldList(c, e.a)}`)}${pager}</section>`;
  else content = html`<section class="box"><h1>${c.name}</h1>${c.description ? html`<p>${c.description}</p>` : ""}${entries.length ? entryList(entries, c.template === "picture", m) : html`<p>暂无文章</p>`}${pager}</section>`;
  return layout(m, { title: c.name, wap, path: `${c.slug}/${name(page)}`, current: c }, content);
}

function fieldList(c: PubChannel, a: PubArticle) {
  const rows = c.fieldDefs.filter((d) => a.customFields[d.key] !== undefined && a.customFields[d.key] !== "");
  if (!rows.length) return "";
  const value = (d: { key: string; type: string }) => {
    const v = a.customFields[d.key];
    if (d.type === "boolean") return v ? "是" : "否";
    if (d.type === "url") return html`<a href="${String(v)}">${String(v)}</a>`;
    return String(v);
  };
  return html`<dl class="fields">${rows.map((d) => html`<dt>${d.label}</dt><dd>${value(d)}</dd>`)}</dl>`;
}

export function articlePage(m: SiteModel, wap: boolean, c: PubChannel, a: PubArticle, path: string, related: Entry[]) {
  const content = html`<article class="box" aria-labelledby="title"><h1 id="title">${a.title}</h1>${a.subtitle ? html`<p class="sub">${a.subtitle}</p>` : ""}
<p class="meta"><span>发布时间：<time datetime="${isoDay(a.publishedAt)}">${chineseDay(a.publishedAt)}</time></span>${a.source ? html`<span>来源：${a.source}</span>` : ""}${a.originTenantName && a.originTenantName !== a.source ? html`<span>呈送单位：${a.originTenantName}</span>` : ""}${a.author ? html`<span>作者：${a.author}</span>` : ""}</p>
${fieldList(c, a)}<div class="body">${raw(a.body ?? "")}</div>${attachmentList(m, a)}</article>
${related.length ? html`<section class="box" aria-labelledby="rel"><h2 id="rel">相关文章</h2>${entryList(related)}</section>` : ""}`;
  return layout(m, { title: a.title, wap, path, current: c }, content);
}

export function notFoundPage(m: SiteModel) {
  return layout(m, { title: "页面不存在", wap: false, path: "404.html" }, html`<section class="box"><h1>页面不存在</h1><p>您访问的页面不存在或已撤下。<a href="${prefix(m, false)}">返回首页</a></p></section>`);
}

export function searchPage(m: SiteModel, q: string, total: number, hits: { title: string; href: string; date: Date | null; highlight: string }[], page: number, pages: number) {
  const base = siteUrl(m.code, "search");
  const content = html`<section class="box"><h1>站内检索</h1><form class="search" role="search" action="${base}" method="get"><label class="sr" for="q2">检索词</label><input id="q2" name="q" type="search" maxlength="50" value="${q}"><button type="submit">检索</button></form>
${q ? html`<p role="status">检索“${q}”，共找到 ${total} 篇文章</p>` : ""}<ul class="list">${hits.map((h) => html`<li><div><a href="${h.href}">${h.title}</a><p>${raw(h.highlight)}</p></div>${h.date ? html`<time datetime="${isoDay(h.date)}">${isoDay(h.date)}</time>` : ""}</li>`)}</ul>
${pages > 1 ? html`<nav class="pages" aria-label="分页">${Array.from({ length: Math.min(pages, 20) }, (_, i) => i + 1).map((n) => (n === page ? html`<span aria-current="page">${n}</span>` : html`<a href="${base}?q=${encodeURIComponent(q)}&amp;page=${n}">${n}</a>`))}</nav>` : ""}</section>`;
  return layout(m, { title: q ? `检索：${q}` : "站内检索", wap: false, path: "index.html" }, content);
}
