import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { CmsArticleType } from "./articles.types";
import { CmsAssetType } from "./assets.types";
import { CMS_USERS } from "./channels.resolver";
import { deleteArticleAsset, listArticleAssets, setArticleCover } from "./use-cases/article-assets";

/** 文章图片与附件: upload is POST /files/cms/articles/:articleId/assets (assets-route.ts); rights per channel. */
@Resolver()
export class CmsAssetsResolver {
  @Authorized(...CMS_USERS)
  @Query(() => [CmsAssetType], { description: "文章的图片和附件（每篇至多 60 个）" })
  cmsArticleAssets(@Arg("articleId", () => ID) articleId: string, @Ctx() ctx: Context) {
    return listArticleAssets(ctx, articleId);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => Boolean, { description: "删除图片或附件（须能修改该文章）" })
  deleteCmsAsset(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return deleteArticleAsset(ctx, id);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "设置或清除封面图片（文章自己的图片）" })
  setCmsArticleCover(@Arg("id", () => ID) id: string, @Arg("assetId", () => ID, { nullable: true }) assetId: string | null, @Ctx() ctx: Context) {
    return setArticleCover(ctx, id, assetId ?? null);
  }
}
