import express from "express";
import cookieParser from "cookie-parser";
import helmet from "helmet";
import { RateLimiterMemory } from "rate-limiter-flexible";
import type { Db } from "../../../db/prisma";
import { config } from "../../../core/config";
import { cmsConfig, siteUrl } from "../cms.config";
import { loadSiteModel } from "../publish/load-model";
import { indexModel } from "../publish/build-pages";
import { searchPage } from "../publish/templates";
import { runSearch } from "../use-cases/search-articles";
import { publicSiteWork } from "./public-work";
import { previewAsset } from "../assets-route";
import { contentDisposition } from "../../../core/file-route";

const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const PAGE_SIZE = 20;
const ASSET_FILE = /[\\/]assets[\\/][0-9a-f-]{36}[\\/]([^\\/]+)$/;
const IMAGE_FILE = /\.(png|jpe?g|gif|webp)$/i;

/**
 * The public websites at /site/<tenant-code>/…: the generated static files, and a server-rendered search
 * page. Its own strict headers: no script may run at all, styles and images from the site only (https
 * images in article bodies too), not framable, no referrer to other sites. Nothing else is reachable here.
 */
export function createSiteRouter(prisma: Db) {
  const router = express.Router();
  const limiter = new RateLimiterMemory({ points: config.siteSearchRateLimit, duration: 10 });
  router.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "https:", "data:"],
          formAction: ["'self'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          scriptSrc: ["'none'"],
        },
      },
      hsts: config.production,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      crossOriginEmbedderPolicy: false,
    }),
    (_req, res, next) => {
      res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
      next();
    },
  );

  router.get("/:code/search", async (req, res, next) => {
    try {
      const code = req.params.code;
      if (!CODE.test(code)) return notFound(res);
      try {
        await limiter.consume(req.ip ?? "unknown");
      } catch {
        res.status(429).type("text/plain; charset=utf-8").send("检索过于频繁，请稍后再试");
        return;
      }
      const tenant = await prisma.tenant.findUnique({ where: { code }, select: { id: true } });
      if (!tenant) return notFound(res);
      const q = String(req.query.q ?? "").trim().slice(0, 50);
      const page = Math.max(1, Math.min(50, Number.parseInt(String(req.query.page ?? "1"), 10) || 1));
      const body = await publicSiteWork(prisma, tenant.id, async (db) => {
        if (!(await db.cmsSite.findUnique({ where: { tenantId: tenant.id }, select: { id: true } }))) return null;
        // The page needs the channels (navigation) and its hits only: never the whole site's articles.
        if (!q) return searchPage(await loadSiteModel(db, tenant.id, []), "", 0, [], 1, 0);
        const { total, hits } = await runSearch(db, tenant.id, { q, states: ["PUBLISHED"] }, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        const model = await loadSiteModel(db, tenant.id, hits.map((h) => h.id));
        const ix = indexModel(model);
        const items = hits.map((h) => ix.articleById.get(h.id)).map((a, i) => a && { title: a.title, href: siteUrl(code, ix.homePath(a)), date: a.publishedAt, highlight: hits[i]!.highlight });
        return searchPage(model, q, total, items.filter((x): x is NonNullable<typeof x> => !!x), page, Math.ceil(total / PAGE_SIZE));
      });
      if (body === null) return notFound(res);
      res.setHeader("Cache-Control", "no-store");
      res.type("text/html; charset=utf-8").send(body);
    } catch (e) {
      next(e);
    }
  });

  router.use(
    express.static(cmsConfig.sitesDir(), {
      index: "index.html",
      dotfiles: "deny",
      redirect: true,
      maxAge: "5m",
      setHeaders: (res, file) => {
        if (file.endsWith(".html")) res.setHeader("Cache-Control", "public, max-age=60");
        if (file.endsWith(".xml")) res.setHeader("Content-Type", "application/xml; charset=utf-8");
        // An article's file: attachments always download (never rendered in the site's origin), images
        // show inline; helmet's nosniff holds the type to the extension the content was checked against.
        const asset = ASSET_FILE.exec(file);
        if (asset) {
          res.setHeader("Content-Disposition", contentDisposition(IMAGE_FILE.test(asset[1]!) ? "inline" : "attachment", asset[1]!));
          res.setHeader("Cache-Control", "public, max-age=86400");
        }
      },
    }),
  );
  // Not published (yet): staff preview, e.g. an image just placed in the editor; others get a 404.
  router.get("/:code/assets/:id/:name", cookieParser(), async (req, res) => {
    const code = String(req.params.code);
    if (!CODE.test(code) || !(await previewAsset(prisma, req, res, code, String(req.params.id)))) notFound(res);
  });
  router.use((_req, res) => notFound(res));
  return router;
}

function notFound(res: express.Response) {
  res.status(404).type("text/html; charset=utf-8").send('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>页面不存在</h1></body></html>');
}

/** On the public host name, only the sites exist: no GraphQL, no admin or portal SPA. */
export function publicHostGuard(req: express.Request, res: express.Response, next: express.NextFunction) {
  const host = cmsConfig.publicHost();
  if (host && req.hostname === host && !req.path.startsWith(`${cmsConfig.publicPrefix()}/`)) return notFound(res);
  next();
}
