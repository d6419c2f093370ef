/**
 * Files of CMS articles over plain HTTP (GraphQL carries base64 only up to the 8 MB JSON limit):
 *   POST /files/cms/articles/:articleId/assets?kind=IMAGE|ATTACHMENT   raw body ≤ 20 MB (images ≤ 5 MB,
 *        checked in the use-case), Content-Type application/octet-stream, X-File-Name URL-encoded (UTF-8).
 * The custom header and content type force a CORS preflight, which this server never grants.
 * Reading: published files are static files of the site; before publishing, staff preview them through
 * the site router's fallback (previewAsset below), so an image placed in the body shows in the editor.
 */
import express from "express";
import { CMS_ATTACHMENT_MAX_BYTES } from "@zhzx/shared";
import { fileRouteContext, failFileRoute, contentDisposition, decodedHeader } from "../../core/file-route";
import { NotFound, ValidationFailed } from "../../core/errors";
import { parseId } from "../../core/ids";
import type { Db } from "../../db/prisma";
import { assertRight, rightsOn } from "./cms.policy";
import { uploadArticleAsset } from "./use-cases/article-assets";
import { formatSize } from "../meetings/file-types";

const CMS_STAFF = ["cms:edit", "cms:review", "cms:admin"] as const;

export function cmsAssetUploadRouter(prisma: Db): express.Router {
  const router = express.Router();
  router.post(
    "/files/cms/articles/:articleId/assets",
    express.raw({ type: "application/octet-stream", limit: CMS_ATTACHMENT_MAX_BYTES }),
    async (req, res) => {
      try {
        const ctx = await fileRouteContext(prisma, req, res, [...CMS_STAFF]);
        if (!req.is("application/octet-stream") || !Buffer.isBuffer(req.body)) throw ValidationFailed("请以 application/octet-stream 上传文件内容");
        const asset = await uploadArticleAsset(ctx, String(req.params.articleId), { kind: String(req.query.kind ?? ""), fileName: decodedHeader(req, "x-file-name"), content: req.body });
        res.status(201).json(asset);
      } catch (e) {
        failFileRoute(res, e);
      }
    },
  );
  // Too large for the raw parser: the same Chinese answer as the use-case gives.
  router.use("/files/cms", ((err, _req, res, next) => {
    if ((err as { type?: string }).type === "entity.too.large") return res.status(413).json({ error: "VALIDATION_FAILED", message: `附件过大（最大 ${formatSize(CMS_ATTACHMENT_MAX_BYTES)}）` });
    next(err);
  }) as express.ErrorRequestHandler);
  return router;
}

/**
 * GET /site/<code>/assets/<id>/<name> when it is not (yet) a published file: staff of that committee who
 * may view the article's channel get it (private, not cached); everyone else a 404.
 */
export async function previewAsset(prisma: Db, req: express.Request, res: express.Response, tenantCodeInPath: string, assetId: string): Promise<boolean> {
  try {
    const ctx = await fileRouteContext(prisma, req, res, [...CMS_STAFF]);
    const id = parseId(assetId, "文件");
    const file = await ctx.uow(async ({ db }) => {
      const tenant = await db.tenant.findUniqueOrThrow({ where: { id: ctx.tenantId }, select: { code: true } });
      if (tenant.code !== tenantCodeInPath) throw NotFound();
      const x = await db.cmsAsset.findUnique({ where: { tenantId_id: { tenantId: ctx.tenantId, id } }, include: { article: { select: { channelId: true } } } });
      if (!x) throw NotFound();
      assertRight(await rightsOn(db, ctx.viewer!, ctx.tenantId, x.article.channelId), "view");
      return x;
    });
    res.setHeader("Content-Type", file.mime);
    res.setHeader("Content-Disposition", contentDisposition(file.kind === "IMAGE" ? "inline" : "attachment", file.fileName));
    res.setHeader("Cache-Control", "private, no-store");
    res.end(Buffer.from(file.content));
    return true;
  } catch {
    return false;
  }
}
