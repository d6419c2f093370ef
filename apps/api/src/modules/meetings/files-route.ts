/**
 * Binary files of the meetings module over plain HTTP (GraphQL carries base64 only up to the 8 MB JSON
 * limit, and an <img> wants a URL):
 *   GET  /files/meeting-documents/:id            会议文件 attachment (staff; members invited to the item)
 *   GET  /files/photo-story-images/:id           履职风采 image (staff; members: published stories only)
 *   POST /files/meetings/:meetingId/documents    upload an attachment (meeting:manage), raw body ≤ 10 MB,
 *        Content-Type: application/octet-stream, X-File-Name and X-Document-Title URL-encoded (UTF-8).
 * All authenticated by the session cookie and run as units of work (RLS on). The upload's content type
 * and custom headers force a CORS preflight, which this server never grants: no cross-site form can post.
 */
import express from "express";
import { MEETING_DOCUMENT_MAX_BYTES, type Permission } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { fileRouteContext as contextOf, failFileRoute as fail, contentDisposition as disposition, decodedHeader as header } from "../../core/file-route";
import { NotFound, ValidationFailed } from "../../core/errors";
import { parseId } from "../../core/ids";
import type { Db } from "../../db/prisma";
import { addMeetingDocumentFile } from "./use-cases/manage-meeting-documents";
import { findOwnProfileId } from "../members/members.policy";

const staff = (ctx: Context) => ctx.viewer!.permissions.has("meeting:read") || ctx.viewer!.permissions.has("meeting:manage");

export function meetingFilesRouter(prisma: Db): express.Router {
  const router = express.Router();
  const readers: Permission[] = ["meeting:read", "meeting:manage", "meeting:attend"];

  router.get("/files/meeting-documents/:id", async (req, res) => {
    try {
      const ctx = await contextOf(prisma, req, res, readers);
      const id = parseId(req.params.id, "会议文件");
      const tenantId = ctx.tenantId;
      const doc = await ctx.uow(async ({ db }) => {
        const d = await db.meetingDocument.findUnique({ where: { tenantId_id: { tenantId, id } } });
        if (!d?.content) throw NotFound("会议文件不存在");
        if (!staff(ctx)) {
          const memberId = await findOwnProfileId(db, tenantId, ctx.viewer!);
          const inv = await db.meetingInvitation.findUnique({ where: { tenantId_meetingId_memberId: { tenantId, meetingId: d.meetingId, memberId } } });
          if (!inv) throw NotFound("会议文件不存在");
        }
        return d;
      });
      res.setHeader("Content-Type", doc.mime!);
      res.setHeader("Content-Disposition", disposition("attachment", doc.fileName!));
      res.setHeader("Cache-Control", "private, no-cache");
      res.end(Buffer.from(doc.content!));
    } catch (e) {
      fail(res, e);
    }
  });

  router.get("/files/photo-story-images/:id", async (req, res) => {
    try {
      const ctx = await contextOf(prisma, req, res, readers);
      const id = parseId(req.params.id, "图片");
      const tenantId = ctx.tenantId;
      const img = await ctx.uow(async ({ db }) => {
        const i = await db.photoStoryImage.findUnique({ where: { tenantId_id: { tenantId, id } }, include: { story: { select: { status: true } } } });
        if (!i || (!staff(ctx) && i.story.status !== "PUBLISHED")) throw NotFound("图片不存在");
        return i;
      });
      res.setHeader("Content-Type", img.mime);
      res.setHeader("Content-Disposition", disposition("inline", `${img.id}.${img.mime.split("/")[1]}`));
      // An image never changes under its id (a replaced image is a new row).
      res.setHeader("Cache-Control", "private, max-age=86400, immutable");
      res.end(Buffer.from(img.content));
    } catch (e) {
      fail(res, e);
    }
  });

  router.post(
    "/files/meetings/:meetingId/documents",
    express.raw({ type: "application/octet-stream", limit: MEETING_DOCUMENT_MAX_BYTES }),
    async (req, res) => {
      try {
        const ctx = await contextOf(prisma, req, res, ["meeting:manage"]);
        if (!req.is("application/octet-stream") || !Buffer.isBuffer(req.body)) throw ValidationFailed("请以 application/octet-stream 上传文件内容");
        const doc = await addMeetingDocumentFile(ctx, String(req.params.meetingId), {
          title: header(req, "x-document-title"),
          fileName: header(req, "x-file-name"),
          content: req.body,
        });
        res.status(201).json(doc);
      } catch (e) {
        fail(res, e);
      }
    },
  );
  return router;
}
