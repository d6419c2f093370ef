import { assetPath, siteUrl } from "../cms.config";
import { atomFeed, rssFeed, sitemap } from "./feeds";
import { SITE_CSS } from "./site-css";
import type { Entry, PubArticle, PubChannel, SiteModel } from "./site-model";
import { articlePage, homePage, listPage, notFoundPage, topChannels } from "./templates";

export interface Page {
  path: string;
  render: () => string;
  /** An article's file: its content hash is known, its bytes are read by the job only when written. */
  asset?: { id: string; hash: string };
}
const ASSET_PATH = /^assets\/([0-9a-f-]{36})\//;
export type Scope =
  | { kind: "FULL" }
  | { kind: "INCREMENTAL"; articleIds: Set<string>; nos: Set<number>; channelIds: Set<string>; all: boolean }
  | { kind: "SPECIFIED"; channelIds: Set<string>; articleIds: Set<string> };

const collator = new Intl.Collator("zh-CN-u-co-pinyin");
const SORTS: Record<string, (a: PubArticle, b: PubArticle) => number> = {
  PUBLISHED_DESC: (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime(),
  PUBLISHED_ASC: (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime(),
  WEIGHT_DESC: (a, b) => b.weight - a.weight || b.publishedAt.getTime() - a.publishedAt.getTime(),
  TITLE_ASC: (a, b) => collator.compare(a.title, b.title),
};

/** Indexes of the model, built once per job. */
export function indexModel(m: SiteModel) {
  const channelById = new Map(m.channels.map((c) => [c.id, c]));
  const articleById = new Map(m.articles.map((a) => [a.id, a]));
  const home = new Map<string, PubArticle[]>();
  for (const a of m.articles) home.set(a.channelId, [...(home.get(a.channelId) ?? []), a]);
  const linksIn = new Map<string, { a: PubArticle; kind: string }[]>();
  const mappingsOf = new Map<string, string[]>();
  for (const l of m.links) {
    const a = articleById.get(l.articleId);
    if (!a) continue;
    linksIn.set(l.channelId, [...(linksIn.get(l.channelId) ?? []), { a, kind: l.kind }]);
    if (l.kind === "MAPPING") mappingsOf.set(a.id, [...(mappingsOf.get(a.id) ?? []), l.channelId]);
  }
  /** Relative paths (from the site root) of an article's pages: its home channel and each mapping. */
  const articlePaths = (a: PubArticle) => [a.channelId, ...(mappingsOf.get(a.id) ?? [])].map((cid) => ({ channel: channelById.get(cid)!, path: `${channelById.get(cid)!.slug}/${a.no}.html` }));
  const homePath = (a: PubArticle) => `${channelById.get(a.channelId)!.slug}/${a.no}.html`;

  const memo = new Map<string, { a: PubArticle; rel: string }[]>();
  function entries(c: PubChannel): { a: PubArticle; rel: string }[] {
    if (memo.has(c.id)) return memo.get(c.id)!;
    let list: { a: PubArticle; rel: string }[];
    if (c.kind === "VIRTUAL") {
      const seen = new Set<string>();
      list = c.sourceChannelIds.flatMap((s) => (channelById.get(s) ? entries(channelById.get(s)!) : [])).filter((e) => !seen.has(e.a.id) && seen.add(e.a.id));
    } else {
      list = [
        ...(home.get(c.id) ?? []).map((a) => ({ a, rel: `${c.slug}/${a.no}.html` })),
        ...(linksIn.get(c.id) ?? []).map(({ a, kind }) => ({ a, rel: kind === "MAPPING" ? `${c.slug}/${a.no}.html` : homePath(a) })),
      ];
    }
    const sort = SORTS[c.sortRule] ?? SORTS.PUBLISHED_DESC!;
    list.sort((x, y) => Number(y.a.pinned) - Number(x.a.pinned) || sort(x.a, y.a));
    memo.set(c.id, list);
    return list;
  }
  const href = (rel: string, wap: boolean): string => siteUrl(m.code, (wap ? "m/" : "") + rel);
  const toEntries = (xs: { a: PubArticle; rel: string }[], wap: boolean): Entry[] => xs.map((x) => ({ a: x.a, href: href(x.rel, wap) }));

  // 相关文章 by keyword overlap; keywords shared by more than 300 articles carry no information and are skipped.
  const byKeyword = new Map<string, PubArticle[]>();
  for (const a of m.articles) for (const k of a.keywords) byKeyword.set(k, [...(byKeyword.get(k) ?? []), a]);
  function related(a: PubArticle): PubArticle[] {
    const score = new Map<PubArticle, number>();
    for (const k of a.keywords) {
      const list = byKeyword.get(k) ?? [];
      if (list.length > 300) continue;
      for (const b of list) if (b !== a) score.set(b, (score.get(b) ?? 0) + 1);
    }
    return [...score.entries()].sort((x, y) => y[1] - x[1] || y[0].publishedAt.getTime() - x[0].publishedAt.getTime()).slice(0, 5).map(([b]) => b);
  }
  return { channelById, articleById, entries, toEntries, articlePaths, homePath, related, href, linksIn };
}

/** The pages a job renders; and which paths it may delete when they are no longer produced. */
export function planPages(m: SiteModel, scope: Scope) {
  const ix = indexModel(m);
  const pages: Page[] = [];
  const both = (path: string, render: (wap: boolean) => string) => {
    pages.push({ path, render: () => render(false) }, { path: `m/${path}`, render: () => render(true) });
  };
  const addChannel = (c: PubChannel) => {
    const all = ix.entries(c);
    const pagesCount = Math.max(1, Math.ceil(all.length / c.listSize));
    for (let p = 1; p <= pagesCount; p++) {
      const slice = all.slice((p - 1) * c.listSize, p * c.listSize);
      both(`${c.slug}/${p === 1 ? "index.html" : `index_${p}.html`}`, (wap) => listPage(m, wap, c, ix.toEntries(slice, wap), p, pagesCount, c.template === "single" ? all[0]?.a : undefined));
    }
  };
  const addArticle = (a: PubArticle) => {
    for (const x of a.assets) pages.push({ path: assetPath(x.id, x.fileName), render: () => "", asset: { id: x.id, hash: x.sha256 } });
    for (const { channel, path } of ix.articlePaths(a)) {
      both(path, (wap) => articlePage(m, wap, channel, a, path, ix.related(a).map((b) => ({ a: b, href: ix.href(ix.homePath(b), wap) }))));
    }
  };
  const addSiteWide = () => {
    const sections = topChannels(m).filter((c) => c.template !== "single").map((channel) => ({ channel, rels: ix.entries(channel).slice(0, 8) }));
    both("index.html", (wap) => homePage(m, wap, sections.map((s) => ({ channel: s.channel, entries: ix.toEntries(s.rels, wap) }))));
    const latest = [...m.articles].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, 50).map((a) => ({ a, href: ix.href(ix.homePath(a), false) }));
    pages.push({ path: "rss.xml", render: () => rssFeed(m, latest) }, { path: "atom.xml", render: () => atomFeed(m, latest) });
    pages.push({
      path: "sitemap.xml",
      render: () => sitemap(m, [{ path: "" }, ...m.channels.map((c) => ({ path: `${c.slug}/` })), ...m.articles.flatMap((a) => ix.articlePaths(a).map((p) => ({ path: p.path, lastmod: a.updatedAt })))]),
    });
  };
  let deletable: (path: string) => boolean;
  let needBodies: Set<string>;

  if (scope.kind === "FULL" || (scope.kind === "INCREMENTAL" && scope.all)) {
    addSiteWide();
    pages.push({ path: "assets/site.css", render: () => SITE_CSS }, { path: "404.html", render: () => notFoundPage(m) });
    for (const c of m.channels) addChannel(c);
    for (const a of m.articles) addArticle(a);
    needBodies = new Set(m.articles.map((a) => a.id));
    deletable = () => true;
  } else if (scope.kind === "INCREMENTAL") {
    // Channels the dirty articles are or were listed in (home and links, whatever their state now).
    const affected = new Set<string>(scope.channelIds);
    for (const id of scope.articleIds) {
      const a = ix.articleById.get(id);
      if (a) {
        affected.add(a.channelId);
        addArticle(a);
      }
    }
    for (const l of m.links) if (scope.articleIds.has(l.articleId)) affected.add(l.channelId);
    for (const c of m.channels) if (c.kind === "VIRTUAL" && c.sourceChannelIds.some((s) => affected.has(s))) affected.add(c.id);
    for (const c of m.channels) if (affected.has(c.id)) addChannel(c);
    addSiteWide();
    needBodies = new Set([...scope.articleIds].filter((id) => ix.articleById.has(id)));
    const single = m.channels.filter((c) => affected.has(c.id) && c.template === "single");
    for (const c of single) if (ix.entries(c)[0]) needBodies.add(ix.entries(c)[0]!.a.id);
    const slugs = new Set(m.channels.filter((c) => affected.has(c.id)).map((c) => c.slug));
    const liveAssets = new Set(m.articles.flatMap((a) => a.assets.map((x) => assetPath(x.id, x.fileName))));
    deletable = (p) => {
      // A file of an article that is no longer published (or a file deleted from a live article).
      if (ASSET_PATH.test(p)) return !liveAssets.has(p);
      const m1 = /^(?:m\/)?([^/]+)\/(index(?:_\d+)?|\d+)\.html$/.exec(p);
      if (!m1) return false;
      return m1[2]!.startsWith("index") ? slugs.has(m1[1]!) : scope.nos.has(Number(m1[2]));
    };
  } else {
    for (const c of m.channels) if (scope.channelIds.has(c.id)) addChannel(c);
    const arts = m.articles.filter((a) => scope.articleIds.has(a.id) || scope.channelIds.has(a.channelId));
    for (const a of arts) addArticle(a);
    needBodies = new Set(arts.map((a) => a.id));
    for (const c of m.channels) if (scope.channelIds.has(c.id) && c.template === "single" && ix.entries(c)[0]) needBodies.add(ix.entries(c)[0]!.a.id);
    deletable = () => false;
  }
  return { pages, deletable, needBodies };
}
