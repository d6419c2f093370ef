import crypto from "node:crypto";
import { canEditContent, CMS_ASSETS_PER_ARTICLE, CMS_ASSET_KINDS, type CmsArticleState, type CmsAssetKind } from "@zhzx/shared";
import type { Context } from "../../../context/context";
import type { Tx } from "../../../db/prisma";
import { Forbidden, NotFound, ValidationFailed } from "../../../core/errors";
import { parseId } from "../../../core/ids";
import { assertRight, rightsOn } from "../cms.policy";
import { checkCmsFile } from "../assets/file-check";
import { extractFileText } from "../assets/extract-text";
import { assetUrl } from "../cms.config";
import type { CmsAssetType } from "../assets.types";
import { enqueueIncremental, indexArticle } from "./article-content";
import { loadArticle } from "./load";
import { getArticle } from "./get-article";
import { tenantCode } from "./site";

export const assetSelect = { id: true, articleId: true, kind: true, fileName: true, mime: true, size: true, extractedText: true, createdAt: true } as const;
type AssetRow = { id: string; articleId: string; kind: string; fileName: string; mime: string; size: number; extractedText: string; createdAt: Date };

export const presentAsset = (a: AssetRow, code: string): CmsAssetType => ({
  id: a.id,
  articleId: a.articleId,
  kind: a.kind,
  fileName: a.fileName,
  mime: a.mime,
  size: a.size,
  hasText: a.extractedText.length > 0,
  createdAt: a.createdAt,
  url: assetUrl(code, a.id, a.fileName),
});

/** The article, with the viewer's rights on its channel; `edit` = may change its files (canEditContent). */
async function articleFor(db: Tx, ctx: Context, articleId: string, edit: boolean) {
  const a = await loadArticle(db, ctx.tenantId, articleId);
  const rights = await rightsOn(db, ctx.viewer!, ctx.tenantId, a.channelId);
  assertRight(rights, "view");
  if (edit && !canEditContent(a.state as CmsArticleState, rights)) throw Forbidden("当前状态下没有修改该文章附件的权限");
  return a;
}

/** After a change of files: the search columns include the attachments' text; a live article republishes. */
async function afterFilesChanged(db: Tx, tenantId: string, userId: string, a: Awaited<ReturnType<typeof loadArticle>>) {
  await indexArticle(db, tenantId, a.id, a);
  await db.cmsArticle.updateMany({ where: { tenantId, id: a.id }, data: { dirty: true } });
  if (a.state === "PUBLISHED") await enqueueIncremental(db, tenantId, userId);
}

/**
 * Stores an uploaded image or attachment of an article (POST /files/cms/articles/:id/assets): type by
 * content, size by kind, text of PDF/DOCX extracted (outside the transaction) for search.
 */
export async function uploadArticleAsset(ctx: Context, articleId: string, input: { kind: string; fileName: string; content: Buffer }): Promise<CmsAssetType> {
  if (!(CMS_ASSET_KINDS as readonly string[]).includes(input.kind)) throw ValidationFailed("文件类别无效");
  const kind = input.kind as CmsAssetKind;
  const tenantId = ctx.tenantId;
  const id = parseId(articleId, "文章");
  // Rights first, so nobody without them makes the server parse a document.
  await ctx.uow(({ db }) => articleFor(db, ctx, id, true));
  const file = checkCmsFile(kind, input.content, input.fileName);
  const extractedText = kind === "ATTACHMENT" ? await extractFileText(file.mime, input.content) : "";
  const sha256 = crypto.createHash("sha256").update(input.content).digest("hex");
  return ctx.uow(async ({ db, audit }) => {
    const a = await articleFor(db, ctx, id, true);
    if ((await db.cmsAsset.count({ where: { tenantId, articleId: a.id } })) >= CMS_ASSETS_PER_ARTICLE) throw ValidationFailed(`每篇文章最多 ${CMS_ASSETS_PER_ARTICLE} 个图片和附件`);
    const row = await db.cmsAsset.create({
      data: { tenantId, articleId: a.id, kind, fileName: file.fileName, mime: file.mime, size: input.content.length, sha256, content: new Uint8Array(input.content), extractedText, uploadedBy: ctx.viewer!.userId },
      select: assetSelect,
    });
    await afterFilesChanged(db, tenantId, ctx.viewer!.userId, a);
    audit({ action: "cms.asset.upload", targetType: "CmsArticle", targetId: a.id, detail: { assetId: row.id, kind, fileName: row.fileName, mime: row.mime, size: row.size, textChars: extractedText.length } });
    return presentAsset(row, await tenantCode(db, tenantId));
  });
}

/** An article's files (at most CMS_ASSETS_PER_ARTICLE), images first, then by upload time. */
export async function listArticleAssets(ctx: Context, articleId: string): Promise<CmsAssetType[]> {
  return ctx.uow(async ({ db }) => {
    const a = await articleFor(db, ctx, articleId, false);
    const rows = await db.cmsAsset.findMany({ where: { tenantId: ctx.tenantId, articleId: a.id }, select: assetSelect, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] });
    const code = await tenantCode(db, ctx.tenantId);
    return rows.map((r) => presentAsset(r, code));
  });
}

/** Removes a file while the article's content is editable by the viewer (the cover is cleared with it). */
export async function deleteArticleAsset(ctx: Context, assetId: string): Promise<boolean> {
  const tenantId = ctx.tenantId;
  return ctx.uow(async ({ db, audit }) => {
    const x = await db.cmsAsset.findUnique({ where: { tenantId_id: { tenantId, id: parseId(assetId, "附件") } }, select: { id: true, articleId: true, fileName: true, kind: true } });
    if (!x) throw NotFound("附件不存在");
    const a = await articleFor(db, ctx, x.articleId, true);
    await db.cmsAsset.delete({ where: { tenantId_id: { tenantId, id: x.id } } });
    await afterFilesChanged(db, tenantId, ctx.viewer!.userId, a);
    audit({ action: "cms.asset.delete", targetType: "CmsArticle", targetId: a.id, detail: { assetId: x.id, kind: x.kind, fileName: x.fileName, wasCover: a.coverAssetId === x.id } });
    return true;
  });
}

/** Sets (one of the article's images) or clears the cover shown in channel lists. */
export async function setArticleCover(ctx: Context, articleId: string, assetId: string | null) {
  const tenantId = ctx.tenantId;
  await ctx.uow(async ({ db, audit }) => {
    const a = await articleFor(db, ctx, articleId, true);
    if (assetId) {
      const x = await db.cmsAsset.findUnique({ where: { tenantId_id: { tenantId, id: parseId(assetId, "图片") } }, select: { articleId: true, kind: true } });
      if (!x || x.articleId !== a.id) throw NotFound("图片不存在");
      if (x.kind !== "IMAGE") throw ValidationFailed("封面须是图片");
    }
    await db.cmsArticle.updateMany({ where: { tenantId, id: a.id }, data: { coverAssetId: assetId, dirty: true, updatedBy: ctx.viewer!.userId } });
    // An incremental publish re-renders the channels listing a dirty article.
    if (a.state === "PUBLISHED") await enqueueIncremental(db, tenantId, ctx.viewer!.userId);
    audit({ action: "cms.article.cover", targetType: "CmsArticle", targetId: a.id, detail: { from: a.coverAssetId, to: assetId } });
  });
  return getArticle(ctx, articleId);
}
