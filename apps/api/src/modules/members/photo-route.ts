/**
 * 委员照片 over plain HTTP (an <img> wants a URL; uploads are raw bytes):
 *   GET    /files/member-photos/:memberId   staff (member:read) any member of the committee; a member only their own
 *   PUT    /files/member-photos/:memberId   member:manage; raw body ≤ 2 MB, Content-Type application/octet-stream;
 *                                           JPEG, PNG or WebP recognised by their magic bytes, not by a header
 *   DELETE /files/member-photos/:memberId   member:manage
 * Every change is a unit of work with its audit row. The octet-stream upload forces a CORS preflight, which
 * this server never grants: no cross-site form can post.
 */
import express from "express";
import { fileRouteContext, failFileRoute } from "../../core/file-route";
import { NotFound, ValidationFailed } from "../../core/errors";
import { parseId } from "../../core/ids";
import type { Db } from "../../db/prisma";
import { sniffImage } from "../meetings/file-types";
import { openPhoto, sealPhoto } from "./member-pii";
import { memberPhotoUrl } from "./members.presenter";

export const MEMBER_PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/** JPEG, PNG or WebP by the first bytes (meetings' sniffer, less GIF); anything else — an HTML page renamed .jpg, an SVG with script — is refused. */
function photoType(b: Buffer) {
  const t = sniffImage(b);
  return t && t.mime !== "image/gif" ? t.mime : null;
}

export function memberPhotoRouter(prisma: Db): express.Router {
  const router = express.Router();
  const path = "/files/member-photos/:memberId";

  router.get(path, async (req, res) => {
    try {
      const ctx = await fileRouteContext(prisma, req, res, ["member:read", "member:self"]);
      const memberId = parseId(req.params.memberId, "委员");
      const tenantId = ctx.tenantId;
      const photo = await ctx.uow(async ({ db }) => {
        if (!ctx.viewer!.permissions.has("member:read")) {
          const own = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: ctx.viewer!.userId } }, select: { id: true } });
          if (own?.id !== memberId) throw NotFound("照片不存在");
        }
        const p = await db.memberPhoto.findUnique({ where: { tenantId_memberId: { tenantId, memberId } } });
        if (!p) throw NotFound("照片不存在");
        return p;
      });
      res.setHeader("Content-Type", photo.mime);
      res.setHeader("Content-Length", String(photo.size));
      // The address carries ?v=<updatedAt>: a new upload is a new address, so a cached copy is never stale.
      res.setHeader("Cache-Control", "private, max-age=86400");
      res.setHeader("X-Content-Type-Options", "nosniff");
      res.end(openPhoto(photo.content));
    } catch (e) {
      failFileRoute(res, e);
    }
  });

  router.put(path, express.raw({ type: "application/octet-stream", limit: MEMBER_PHOTO_MAX_BYTES }), async (req, res) => {
    try {
      const ctx = await fileRouteContext(prisma, req, res, ["member:manage"]);
      const memberId = parseId(req.params.memberId, "委员");
      if (!req.is("application/octet-stream") || !Buffer.isBuffer(req.body) || req.body.length === 0) throw ValidationFailed("请选择照片文件");
      const content: Buffer = req.body;
      const mime = photoType(content);
      if (!mime) throw ValidationFailed("照片须为 JPG、PNG 或 WebP 图片");
      const tenantId = ctx.tenantId;
      const saved = await ctx.uow(async ({ db, audit }) => {
        const m = await db.memberProfile.findUnique({ where: { tenantId_id: { tenantId, id: memberId } }, select: { id: true, name: true } });
        if (!m) throw NotFound("委员不存在");
        const data = { mime, size: content.length, content: sealPhoto(content) };
        const p = await db.memberPhoto.upsert({
          where: { tenantId_memberId: { tenantId, memberId } },
          create: { tenantId, memberId, ...data },
          update: data,
          select: { updatedAt: true },
        });
        audit({ action: "member.photo.upload", targetType: "MemberProfile", targetId: memberId, detail: { name: m.name, mime, size: content.length } });
        return p;
      });
      res.status(200).json({ photoUrl: memberPhotoUrl(memberId, saved.updatedAt) });
    } catch (e) {
      failFileRoute(res, e);
    }
  });

  router.delete(path, async (req, res) => {
    try {
      const ctx = await fileRouteContext(prisma, req, res, ["member:manage"]);
      const memberId = parseId(req.params.memberId, "委员");
      const tenantId = ctx.tenantId;
      await ctx.uow(async ({ db, audit }) => {
        const { count } = await db.memberPhoto.deleteMany({ where: { tenantId, memberId } });
        if (count === 0) throw NotFound("照片不存在");
        audit({ action: "member.photo.remove", targetType: "MemberProfile", targetId: memberId });
      });
      res.status(204).end();
    } catch (e) {
      failFileRoute(res, e);
    }
  });

  // A body over the limit: the same JSON error shape, in Chinese.
  router.use(path, ((err, _req, res, next) => {
    if (err?.type === "entity.too.large") return res.status(413).json({ error: "VALIDATION_FAILED", message: "照片不能超过 2 MB" });
    next(err);
  }) as express.ErrorRequestHandler);
  return router;
}
