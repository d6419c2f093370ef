import { CIRCLE_IMAGE_MAX_BYTES, CIRCLE_POST_MAX_IMAGES, circlePostInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { Forbidden, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import { checkedImage, decodeBase64Upload } from "../../meetings/file-types";
import { loadActor, loadReadableCircle, assertMayWrite, loadReadablePost } from "../circles.policy";
import { circleImageUrl, postInclude, presentPost } from "../circles.presenter";
import type { CircleImageType, CirclePostInput, CirclePostType } from "../circles.types";

/** Uploaded images not attached to a post within a day are dropped on the uploader's next upload. */
const PENDING_TTL_MS = 24 * 3600_000;
const PENDING_MAX = CIRCLE_POST_MAX_IMAGES * 2;

/**
 * One image per call (base64, ≤ 2 MB decoded): PNG, JPEG, GIF or WebP by its first bytes, whatever its
 * name says. It belongs to its uploader until a post takes it (createCirclePost's imageIds).
 */
export async function uploadCircleImage(ctx: Context, fileBase64: string): Promise<CircleImageType> {
  const buf = decodeBase64Upload(fileBase64, CIRCLE_IMAGE_MAX_BYTES);
  const type = checkedImage(buf);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    if (!actor.memberId) throw Forbidden("只有委员可以上传圈子图片");
    await db.circlePostImage.deleteMany({ where: { tenantId, uploaderId: actor.memberId, postId: null, createdAt: { lt: new Date(Date.now() - PENDING_TTL_MS) } } });
    const pending = await db.circlePostImage.count({ where: { tenantId, uploaderId: actor.memberId, postId: null } });
    if (pending >= PENDING_MAX) throw ValidationFailed("待发布的图片过多，请先发布帖子或稍后再试");
    const img = await db.circlePostImage.create({
      data: { tenantId, uploaderId: actor.memberId, mime: type.mime, size: buf.length, content: new Uint8Array(buf) },
      select: { id: true, mime: true, size: true },
    });
    audit({ action: "circle.image.upload", targetType: "CirclePostImage", targetId: img.id, detail: { mime: img.mime, size: img.size } });
    return { ...img, url: circleImageUrl(img.id) };
  });
}

export async function createCirclePost(ctx: Context, input: CirclePostInput): Promise<CirclePostType> {
  const data = parseInput(circlePostInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    const circle = await loadReadableCircle(db, tenantId, actor, data.circleId);
    const memberId = await assertMayWrite(db, tenantId, actor, circle);
    const images = data.imageIds.length
      ? await db.circlePostImage.findMany({ where: { tenantId, id: { in: data.imageIds }, uploaderId: memberId, postId: null }, select: { id: true } })
      : [];
    if (images.length !== data.imageIds.length) throw ValidationFailed("图片不存在或已被使用，请重新上传");
    const post = await db.circlePost.create({ data: { tenantId, circleId: circle.id, authorId: memberId, text: data.text }, select: { id: true } });
    for (const [i, id] of data.imageIds.entries()) {
      // postId: null in the condition: an image raced into another post is not taken twice.
      const r = await db.circlePostImage.updateMany({ where: { tenantId, id, postId: null }, data: { postId: post.id, sortOrder: i } });
      if (r.count !== 1) throw ValidationFailed("图片不存在或已被使用，请重新上传");
    }
    audit({ action: "circle.post.create", targetType: "CirclePost", targetId: post.id, detail: { circleId: circle.id, chars: data.text.length, images: data.imageIds.length } });
    const row = await db.circlePost.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: post.id } }, include: postInclude });
    return presentPost(db, tenantId, actor, row);
  });
}

/** The author takes their own post down (no reason needed; moderators use moderateCirclePost). */
export async function deleteMyCirclePost(ctx: Context, id: string): Promise<boolean> {
  const pid = parseId(id, "帖子");
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const actor = await loadActor(db, tenantId, ctx.viewer!);
    const post = await loadReadablePost(db, tenantId, { ...actor, moderator: false }, pid);
    if (post.authorId !== actor.memberId) throw Forbidden("只能删除本人发布的帖子");
    await db.circlePost.update({ where: { tenantId_id: { tenantId, id: pid } }, data: { status: "DELETED", pinnedAt: null, moderatedAt: new Date(), moderationReason: "作者删除" } });
    audit({ action: "circle.post.delete-own", targetType: "CirclePost", targetId: pid, detail: { circleId: post.circleId } });
    return true;
  });
}
