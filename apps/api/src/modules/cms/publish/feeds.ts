import { cmsConfig, siteUrl } from "../cms.config";
import { escapeHtml as x } from "../text/highlight";
import type { Entry, SiteModel } from "./site-model";

// XML 1.0 forbids most control characters even when escaped: drop them.
const clean = (s: string) => x(s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));
const abs = (path: string) => `${cmsConfig.publicOrigin()}${path}`;

export function rssFeed(m: SiteModel, entries: Entry[]) {
  const items = entries
    .map((e) => `<item><title>${clean(e.a.title)}</title><link>${clean(abs(e.href))}</link><guid isPermaLink="true">${clean(abs(e.href))}</guid><pubDate>${e.a.publishedAt.toUTCString()}</pubDate><description>${clean(e.a.summary)}</description></item>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${clean(m.site.name)}</title><link>${clean(abs(siteUrl(m.code)))}</link><description>${clean(m.site.description || m.site.name)}</description><language>zh-cn</language>
<atom:link href="${clean(abs(siteUrl(m.code, "rss.xml")))}" rel="self" type="application/rss+xml"/>
${items}
</channel></rss>
`;
}

export function atomFeed(m: SiteModel, entries: Entry[]) {
  const updated = entries.reduce((d, e) => (e.a.updatedAt > d ? e.a.updatedAt : d), new Date(0));
  const items = entries
    .map((e) => `<entry><title>${clean(e.a.title)}</title><link href="${clean(abs(e.href))}"/><id>urn:zhzx:${m.code}:article:${e.a.no}</id><published>${e.a.publishedAt.toISOString()}</published><updated>${e.a.updatedAt.toISOString()}</updated><summary>${clean(e.a.summary)}</summary></entry>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><title>${clean(m.site.name)}</title><id>urn:zhzx:${m.code}</id><updated>${updated.toISOString()}</updated>
<link href="${clean(abs(siteUrl(m.code)))}"/><link rel="self" href="${clean(abs(siteUrl(m.code, "atom.xml")))}"/><author><name>${clean(m.tenantName)}</name></author>
${items}
</feed>
`;
}

export function sitemap(m: SiteModel, paths: { path: string; lastmod?: Date }[]) {
  const urls = paths.map((p) => `<url><loc>${clean(abs(siteUrl(m.code, p.path)))}</loc>${p.lastmod ? `<lastmod>${p.lastmod.toISOString().slice(0, 10)}</lastmod>` : ""}</url>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}
