import fs from "node:fs";
import path from "node:path";
import express from "express";
import cookieParser from "cookie-parser";
import helmet from "helmet";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Db } from "./db/prisma";
import { config } from "./core/config";
import { formatError } from "./core/errors";
import { Context } from "./context/context";
import { loadViewer } from "./modules/identity/use-cases/load-viewer";
import { readSessionToken } from "./modules/identity/session-token";
import { getSchema } from "./schema";
import { repoRoot } from "./db/migrator";
import { createSiteRouter, publicHostGuard } from "./modules/cms/public/site-router";
import { cmsConfig } from "./modules/cms/cms.config";
import { appUrl } from "./db/urls";
import { InboxHub } from "./modules/inbox/realtime";
import { inboxEventsRoute } from "./modules/inbox/sse-route";
import { memberPhotoRouter } from "./modules/members/photo-route";
import { meetingFilesRouter } from "./modules/meetings/files-route";
import { cmsAssetUploadRouter } from "./modules/cms/assets-route";
import { circleImageRouter } from "./modules/circles/image-route";

/** Builds the HTTP app: GraphQL at /graphql, the built SPAs at /admin/ and /portal/. */
export async function createApp(prisma: Db) {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { n: 2000 },
    maxDirectives: { n: 10 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    ...protection,
    plugins: [...protection.plugins, ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    validationRules: [...protection.validationRules],
    introspection: !config.production,
    csrfPrevention: true,
    formatError,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY ?? "loopback");

  // ── Public websites (CMS, issue 9): static pages + search at /site/<tenant-code>/, with their own
  //    strict CSP and headers, mounted before the admin helmet; on CMS_PUBLIC_HOST nothing else answers.
  app.use(publicHostGuard);
  app.use(cmsConfig.publicPrefix(), createSiteRouter(prisma));
  // ──
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd's CSS-in-JS injects <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:", "blob:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.production ? [] : null,
        },
      },
      hsts: config.production,
    }),
  );
  app.use(cookieParser());
  app.get("/healthz", (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    "/graphql",
    // Excel imports arrive as base64 arguments (≤ 5 MB decoded, checked again in the use-case).
    express.json({ limit: "8mb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = readSessionToken(req);
        const ip = req.ip ?? null;
        const viewer = token ? await loadViewer(prisma, { token }, ip) : null;
        return new Context(prisma, viewer, ip, req, res);
      },
    }),
  );

  // Real-time inbox signals (server-sent events); see modules/inbox/realtime.ts.
  const inboxHub = new InboxHub(appUrl());
  app.get("/events", inboxEventsRoute(prisma, inboxHub));

  // Meeting documents and photo-story images: upload / download by session cookie (modules/meetings/files-route.ts).
  app.use(meetingFilesRouter(prisma));
  app.use(cmsAssetUploadRouter(prisma));
  app.use(circleImageRouter(prisma));
  // Member photos: GET / PUT / DELETE by session cookie (modules/members/photo-route.ts).
  app.use(memberPhotoRouter(prisma));

  for (const spa of ["admin", "portal"]) {
    // ADMIN_DIST / PORTAL_DIST let parallel work serve its own build; the default is the app's dist.
    const dist = process.env[`${spa.toUpperCase()}_DIST`] ?? path.join(repoRoot, "apps", spa, "dist");
    if (!fs.existsSync(dist)) continue;
    app.use(`/${spa}`, express.static(dist, { index: false, maxAge: "1h", setHeaders: noCacheHtml }));
    app.get(`/${spa}{/*rest}`, (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(path.join(dist, "index.html"));
    });
  }
  // The user manual, built from docs/manual by e2e/manual/build-manual.ts (npm run manual / npm test).
  const manual = path.join(repoRoot, "docs/manual/dist");
  // Mounted whether or not it is built yet (a build while the server runs is served at once); until then
  // the apps' 使用帮助 links land on a page that says how to build it.
  app.use("/help", express.static(manual, { index: "index.html", maxAge: "1h", setHeaders: noCacheHtml }));
  app.get("/help{/*rest}", (_req, res) => {
    res.status(404).type("html").send(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>使用手册</title></head>' +
        '<body><h1>使用手册尚未生成</h1>' +
        "<p>使用手册及其截图由自动化测试生成。请在项目目录运行 <code>npm run manual</code>（或 <code>npm test</code>）后刷新本页。</p></body></html>",
    );
  });
  app.get("/", (_req, res) => res.redirect("/admin/"));
  app.use((_req, res) => {
    res.status(404).json({ error: "NOT_FOUND", message: "页面不存在" });
  });
  app.use((err: any, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err?.status === 413 ? 413 : err?.status === 400 ? 400 : 500;
    res.status(status).json({ error: status === 413 ? "PAYLOAD_TOO_LARGE" : status === 400 ? "BAD_REQUEST" : "INTERNAL", message: status === 413 ? "请求过大" : status === 400 ? "请求格式错误" : "服务器内部错误" });
  });
  return { app, apollo, inboxHub };
}

function noCacheHtml(res: express.Response, file: string) {
  if (file.endsWith(".html")) res.setHeader("Cache-Control", "no-cache");
}
