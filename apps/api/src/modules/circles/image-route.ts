/**
 * 圈子图片 over plain HTTP (an <img> wants a URL):
 *   GET /files/circle-images/:id   moderators: any; members: their own pending uploads, and images of
 *                                  visible posts in circles they may read.
 * Authenticated by the session cookie, run as a unit of work (RLS on). Uploads go through GraphQL
 * (uploadCircleImage, base64 ≤ 2 MB, type by magic bytes), so the stored MIME type is ours.
 */
import express from "express";
import { contentDisposition, failFileRoute, fileRouteContext } from "../../core/file-route";
import { NotFound } from "../../core/errors";
import { parseId } from "../../core/ids";
import type { Db } from "../../db/prisma";
import { loadActor, mayRead } from "./circles.policy";

export function circleImageRouter(prisma: Db): express.Router {
  const router = express.Router();
  router.get("/files/circle-images/:id", async (req, res) => {
    try {
      const ctx = await fileRouteContext(prisma, req, res, ["circle:use", "circle:moderate"]);
      const id = parseId(req.params.id, "图片");
      const tenantId = ctx.tenantId;
      const img = await ctx.uow(async ({ db }) => {
        const actor = await loadActor(db, tenantId, ctx.viewer!);
        const i = await db.circlePostImage.findUnique({
          where: { tenantId_id: { tenantId, id } },
          include: { post: { select: { status: true, circle: { select: { id: true, kind: true, name: true, dictItemId: true, archived: true } } } } },
        });
        if (!i) throw NotFound("图片不存在");
        if (actor.moderator) return i;
        const ok = i.post ? i.post.status === "VISIBLE" && mayRead(actor, i.post.circle) : i.uploaderId === actor.memberId;
        if (!ok) throw NotFound("图片不存在");
        return i;
      });
      res.setHeader("Content-Type", img.mime);
      res.setHeader("Content-Length", String(img.size));
      res.setHeader("Content-Disposition", contentDisposition("inline", `${img.id}.${img.mime.split("/")[1]}`));
      // The bytes never change under an id, but visibility does (a post may be hidden): no shared caching,
      // and a private copy only briefly.
      res.setHeader("Cache-Control", "private, max-age=300");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.end(Buffer.from(img.content));
    } catch (e) {
      failFileRoute(res, e);
    }
  });
  return router;
}
