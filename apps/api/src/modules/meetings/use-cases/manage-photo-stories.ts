import { PHOTO_STORY_MAX_IMAGES, PHOTO_STORY_IMAGE_MAX_BYTES, photoStoryImageCaption, photoStoryInput, updatePhotoStoryInput } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import { NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { parseInput } from "../../../core/validate";
import type { Tx } from "../../../db/prisma";
import { checkedImage, decodeBase64Upload } from "../file-types";
import { presentStory, storyInclude } from "../photo-stories.presenter";
import type { PhotoStoryInput, PhotoStoryType, UpdatePhotoStoryInput } from "../photo-stories.types";

async function loadStory(db: Tx, tenantId: string, id: string) {
  const s = await db.photoStory.findUnique({ where: { tenantId_id: { tenantId, id } }, include: storyInclude });
  if (!s) throw NotFound("履职风采不存在");
  return s;
}

async function assertMeeting(db: Tx, tenantId: string, meetingId: string | null | undefined) {
  if (!meetingId) return;
  if (!(await db.meeting.findUnique({ where: { tenantId_id: { tenantId, id: meetingId } }, select: { id: true } }))) throw NotFound("所选会议活动不存在");
}

export async function createPhotoStory(ctx: Context, input: PhotoStoryInput): Promise<PhotoStoryType> {
  const data = parseInput(photoStoryInput, input);
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    await assertMeeting(db, tenantId, data.meetingId);
    const s = await db.photoStory.create({ data: { tenantId, ...data, createdBy: ctx.viewer!.userId }, include: storyInclude });
    audit({ action: "photo-story.create", targetType: "PhotoStory", targetId: s.id, detail: { title: s.title, meetingId: s.meetingId } });
    return presentStory(s);
  });
}

export async function updatePhotoStory(ctx: Context, id: string, input: UpdatePhotoStoryInput): Promise<PhotoStoryType> {
  const data = parseInput(updatePhotoStoryInput, input);
  const tenantId = ctx.tenantId;
  const sid = parseId(id, "履职风采");
  return ctx.uow(async ({ db, audit }) => {
    await loadStory(db, tenantId, sid);
    await assertMeeting(db, tenantId, data.meetingId);
    const s = await db.photoStory.update({ where: { tenantId_id: { tenantId, id: sid } }, data, include: storyInclude });
    audit({ action: "photo-story.update", targetType: "PhotoStory", targetId: sid, detail: { fields: Object.keys(data) } });
    return presentStory(s);
  });
}

/** Publishing shows the story in the portal; it needs at least one image (a photo story without photos is an article). */
export async function setPhotoStoryPublished(ctx: Context, id: string, published: boolean): Promise<PhotoStoryType> {
  const tenantId = ctx.tenantId;
  const sid = parseId(id, "履职风采");
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadStory(db, tenantId, sid);
    if (published && before.images.length === 0) throw ValidationFailed("请先上传至少一张图片再发布");
    const s = await db.photoStory.update({
      where: { tenantId_id: { tenantId, id: sid } },
      data: published ? { status: "PUBLISHED", publishedAt: before.publishedAt ?? new Date() } : { status: "DRAFT" },
      include: storyInclude,
    });
    audit({ action: published ? "photo-story.publish" : "photo-story.unpublish", targetType: "PhotoStory", targetId: sid, detail: { title: s.title } });
    return presentStory(s);
  });
}

export async function deletePhotoStory(ctx: Context, id: string): Promise<boolean> {
  const tenantId = ctx.tenantId;
  const sid = parseId(id, "履职风采");
  return ctx.uow(async ({ db, audit }) => {
    const s = await loadStory(db, tenantId, sid);
    await db.photoStory.delete({ where: { tenantId_id: { tenantId, id: sid } } });
    audit({ action: "photo-story.delete", targetType: "PhotoStory", targetId: sid, detail: { title: s.title, images: s.images.length } });
    return true;
  });
}

/** One image per call (base64 ≤ 2 MB decoded): PNG, JPEG, GIF or WebP by its first bytes, whatever its name says. */
export async function addPhotoStoryImage(ctx: Context, storyId: string, fileBase64: string, caption: string | null): Promise<PhotoStoryType> {
  const text = parseInput(photoStoryImageCaption, caption);
  const buf = decodeBase64Upload(fileBase64, PHOTO_STORY_IMAGE_MAX_BYTES);
  const type = checkedImage(buf);
  const tenantId = ctx.tenantId;
  const sid = parseId(storyId, "履职风采");
  return ctx.uow(async ({ db, audit }) => {
    const before = await loadStory(db, tenantId, sid);
    if (before.images.length >= PHOTO_STORY_MAX_IMAGES) throw ValidationFailed(`每篇最多 ${PHOTO_STORY_MAX_IMAGES} 张图片`);
    const sortOrder = (before.images.at(-1)?.sortOrder ?? 0) + 10;
    const img = await db.photoStoryImage.create({ data: { tenantId, storyId: sid, caption: text, mime: type.mime, size: buf.length, content: new Uint8Array(buf), sortOrder }, select: { id: true } });
    audit({ action: "photo-story.image.add", targetType: "PhotoStory", targetId: sid, detail: { imageId: img.id, mime: type.mime, size: buf.length } });
    return presentStory(await loadStory(db, tenantId, sid));
  });
}

export async function deletePhotoStoryImage(ctx: Context, imageId: string): Promise<PhotoStoryType> {
  const tenantId = ctx.tenantId;
  const id = parseId(imageId, "图片");
  return ctx.uow(async ({ db, audit }) => {
    const img = await db.photoStoryImage.findUnique({ where: { tenantId_id: { tenantId, id } }, select: { storyId: true } });
    if (!img) throw NotFound("图片不存在");
    const story = await loadStory(db, tenantId, img.storyId);
    if (story.status === "PUBLISHED" && story.images.length === 1) throw ValidationFailed("已发布的履职风采至少保留一张图片");
    await db.photoStoryImage.delete({ where: { tenantId_id: { tenantId, id } } });
    audit({ action: "photo-story.image.delete", targetType: "PhotoStory", targetId: img.storyId, detail: { imageId: id } });
    return presentStory(await loadStory(db, tenantId, img.storyId));
  });
}
