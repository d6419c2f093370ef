import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { PageArgs } from "../../core/pagination";
import {
  CmsArticleEventType, CmsArticleInput, CmsArticleListArgs, CmsArticlePage, CmsArticleType, CmsArticleVersionType, CmsSearchInput, CmsSearchPage, CmsTransitionInput, CmsVersionDiff,
} from "./articles.types";
import { CmsLinkKindEnum } from "./cms.enums";
import { CMS_USERS } from "./channels.resolver";
import { createArticle } from "./use-cases/create-article";
import { updateArticle } from "./use-cases/update-article";
import { getArticle } from "./use-cases/get-article";
import { listArticles } from "./use-cases/list-articles";
import { transitionArticle } from "./use-cases/transition-article";
import { diffVersions, listEvents, listVersions, restoreVersion } from "./use-cases/article-versions";
import { deleteArticle, reorderArticles, setPinned, setWithdrawAt } from "./use-cases/arrange-articles";
import { linkArticle, unlinkArticle } from "./use-cases/link-article";
import { searchArticles } from "./use-cases/search-articles";

/** Entry needs a cms permission; what the viewer may do to which article is the channel grants' call (cms.policy). */
@Resolver()
export class CmsArticlesResolver {
  @Authorized(...CMS_USERS)
  @Query(() => CmsArticlePage, { description: "文章列表（有查看权限的栏目）" })
  cmsArticles(@Args(() => CmsArticleListArgs) args: CmsArticleListArgs, @Ctx() ctx: Context) {
    return listArticles(ctx, args);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsArticleType)
  cmsArticle(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return getArticle(ctx, id);
  }

  @Authorized(...CMS_USERS)
  @Query(() => [CmsArticleVersionType], { description: "版本列表（新→旧）" })
  cmsArticleVersions(@Arg("articleId", () => ID) articleId: string, @Ctx() ctx: Context) {
    return listVersions(ctx, articleId);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsVersionDiff, { description: "两个版本的差异" })
  cmsArticleDiff(@Arg("articleId", () => ID) articleId: string, @Arg("fromVersion", () => Int) fromVersion: number, @Arg("toVersion", () => Int) toVersion: number, @Ctx() ctx: Context) {
    return diffVersions(ctx, articleId, fromVersion, toVersion);
  }

  @Authorized(...CMS_USERS)
  @Query(() => [CmsArticleEventType], { description: "流程记录" })
  cmsArticleEvents(@Arg("articleId", () => ID) articleId: string, @Ctx() ctx: Context) {
    return listEvents(ctx, articleId);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsSearchPage, { description: "工作人员检索（所有状态）" })
  cmsSearch(@Arg("input", () => CmsSearchInput) input: CmsSearchInput, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return searchArticles(ctx, input, page);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "新建文章（草稿）" })
  createCmsArticle(@Arg("input", () => CmsArticleInput) input: CmsArticleInput, @Ctx() ctx: Context) {
    return createArticle(ctx, input);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "保存文章（新版本；expectedVersion 不符时 CONFLICT）" })
  updateCmsArticle(@Arg("id", () => ID) id: string, @Arg("expectedVersion", () => Int) expectedVersion: number, @Arg("input", () => CmsArticleInput) input: CmsArticleInput, @Ctx() ctx: Context) {
    return updateArticle(ctx, id, expectedVersion, input);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => Boolean, { description: "删除从未发布过的草稿" })
  deleteCmsArticle(@Arg("id", () => ID) id: string, @Arg("expectedVersion", () => Int) expectedVersion: number, @Ctx() ctx: Context) {
    return deleteArticle(ctx, id, expectedVersion);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "流程操作：送审、审核、发布、撤稿……" })
  transitionCmsArticle(@Arg("id", () => ID) id: string, @Arg("expectedVersion", () => Int) expectedVersion: number, @Arg("input", () => CmsTransitionInput) input: CmsTransitionInput, @Ctx() ctx: Context) {
    return transitionArticle(ctx, id, expectedVersion, input);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "恢复到某一版本（作为新版本保存）" })
  restoreCmsArticleVersion(@Arg("id", () => ID) id: string, @Arg("expectedVersion", () => Int) expectedVersion: number, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return restoreVersion(ctx, id, expectedVersion, version);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "置顶或取消置顶" })
  setCmsArticlePinned(@Arg("id", () => ID) id: string, @Arg("expectedVersion", () => Int) expectedVersion: number, @Arg("pinned", () => Boolean) pinned: boolean, @Ctx() ctx: Context) {
    return setPinned(ctx, id, expectedVersion, pinned);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "设置或清除定时撤稿时间" })
  setCmsArticleWithdrawAt(@Arg("id", () => ID) id: string, @Arg("expectedVersion", () => Int) expectedVersion: number, @Arg("withdrawAt", () => Date, { nullable: true }) withdrawAt: Date | null, @Ctx() ctx: Context) {
    return setWithdrawAt(ctx, id, expectedVersion, withdrawAt ?? null);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => Boolean, { description: "栏目内文章手动排序（权重）" })
  reorderCmsArticles(@Arg("channelId", () => ID) channelId: string, @Arg("orderedIds", () => [ID]) orderedIds: string[], @Ctx() ctx: Context) {
    return reorderArticles(ctx, channelId, orderedIds);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "引用或映射到本站其他栏目（须有目标栏目的发布权限）" })
  linkCmsArticle(@Arg("id", () => ID) id: string, @Arg("channelId", () => ID) channelId: string, @Arg("kind", () => CmsLinkKindEnum) kind: "REFERENCE" | "MAPPING", @Ctx() ctx: Context) {
    return linkArticle(ctx, id, channelId, kind);
  }

  @Authorized(...CMS_USERS)
  @Mutation(() => CmsArticleType, { description: "取消引用或映射" })
  unlinkCmsArticle(@Arg("linkId", () => ID) linkId: string, @Ctx() ctx: Context) {
    return unlinkArticle(ctx, linkId);
  }
}
