import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { PageArgs } from "../../core/pagination";
import { CmsPublishKindEnum, CmsSubmissionStateEnum } from "./cms.enums";
import { CMS_USERS } from "./channels.resolver";
import { CmsOutgoingSubmissionType, CmsPublishJobPage, CmsPublishJobType, CmsSubmissionType } from "./publishing.types";
import { getJob, listJobs, requestPublish } from "./use-cases/request-publish";
import { acceptSubmission, listIncoming, listOutgoing, rejectSubmission, submitToParent } from "./use-cases/submissions";

const DECIDERS = ["cms:review", "cms:admin"];

@Resolver()
export class CmsPublishingResolver {
  @Authorized(...CMS_USERS)
  @Mutation(() => CmsPublishJobType, { description: "提交发布任务（完全/增量由管理员或审核人员；指定发布须有相应栏目的发布权限）" })
  requestCmsPublish(
    @Arg("kind", () => CmsPublishKindEnum) kind: "FULL" | "INCREMENTAL" | "SPECIFIED",
    @Arg("channelIds", () => [ID], { defaultValue: [] }) channelIds: string[],
    @Arg("articleIds", () => [ID], { defaultValue: [] }) articleIds: string[],
    @Ctx() ctx: Context,
  ) {
    return requestPublish(ctx, kind, channelIds, articleIds);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsPublishJobPage, { description: "发布队列（新→旧）" })
  cmsPublishJobs(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return listJobs(ctx, page);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsPublishJobType, { description: "发布任务及进度" })
  cmsPublishJob(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return getJob(ctx, id);
  }

  @Authorized(...DECIDERS)
  @Mutation(() => CmsOutgoingSubmissionType, { description: "呈送到上级（市）政协网站" })
  submitCmsArticleToParent(@Arg("articleId", () => ID) articleId: string, @Arg("note", () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context) {
    return submitToParent(ctx, articleId, note ?? null);
  }

  @Authorized(...CMS_USERS)
  @Query(() => [CmsOutgoingSubmissionType], { description: "本委员会的呈送及处理结果" })
  cmsOutgoingSubmissions(@Ctx() ctx: Context) {
    return listOutgoing(ctx);
  }

  @Authorized(...DECIDERS)
  @Query(() => [CmsSubmissionType], { description: "下级委员会呈送来的文章" })
  cmsSubmissions(@Arg("state", () => CmsSubmissionStateEnum, { nullable: true }) state: string | null, @Ctx() ctx: Context) {
    return listIncoming(ctx, state ?? null);
  }

  @Authorized(...DECIDERS)
  @Mutation(() => CmsSubmissionType, { description: "采用呈送：在所选栏目发布（须有该栏目的发布权限）" })
  acceptCmsSubmission(@Arg("id", () => ID) id: string, @Arg("channelId", () => ID) channelId: string, @Ctx() ctx: Context) {
    return acceptSubmission(ctx, id, channelId);
  }

  @Authorized(...DECIDERS)
  @Mutation(() => CmsSubmissionType, { description: "不采用呈送" })
  rejectCmsSubmission(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context) {
    return rejectSubmission(ctx, id, reason);
  }
}
