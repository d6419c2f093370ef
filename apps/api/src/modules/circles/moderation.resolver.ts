import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { CirclePostAction } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { CirclePostActionEnum } from "./circles.enums";
import {
  CircleBanPage,
  CircleBanType,
  CircleFilter,
  CircleInput,
  CircleModerationPage,
  CirclePage,
  CirclePostFilter,
  CirclePostPage,
  CirclePostType,
  CircleReportPage,
  CircleType,
  UpdateCircleInput,
} from "./circles.types";
import { listCircles } from "./use-cases/list-circles";
import { listCircleBans, listModerationLog, listModerationPosts, listPostReports } from "./use-cases/list-moderation";
import { createCircle, updateCircle } from "./use-cases/manage-circles";
import { banCircleMember, liftCircleBan, moderateCirclePost } from "./use-cases/moderate-circle-post";

/** 圈子管理 and 内容审核 (admin): circle:moderate only. */
@Resolver()
export class CircleModerationResolver {
  @Authorized("circle:moderate")
  @Query(() => CirclePage, { description: "圈子管理：全部圈子（专委会、界别圈子随字典自动建立），含成员数、帖子数、被举报帖子数" })
  circles(
    @Arg("filter", () => CircleFilter, { nullable: true }) filter: CircleFilter | null,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<CirclePage> {
    return listCircles(ctx, { filter, page, pageSize });
  }

  @Authorized("circle:moderate")
  @Query(() => CirclePostPage, { description: "内容审核：帖子（含隐藏、删除），reportedOnly 为有待处理举报的帖子（举报多的在前）" })
  circleModerationPosts(
    @Arg("filter", () => CirclePostFilter, { nullable: true }) filter: CirclePostFilter | null,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<CirclePostPage> {
    return listModerationPosts(ctx, { filter, page, pageSize });
  }

  @Authorized("circle:moderate")
  @Query(() => CircleReportPage, { description: "帖子的举报（待处理在前）" })
  circlePostReports(
    @Arg("postId", () => ID) postId: string,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<CircleReportPage> {
    return listPostReports(ctx, postId, { page, pageSize });
  }

  @Authorized("circle:moderate")
  @Query(() => CircleModerationPage, { description: "处理记录（可按圈子或帖子筛选），新的在前" })
  circleModerationLog(
    @Arg("circleId", () => ID, { nullable: true }) circleId: string | null,
    @Arg("postId", () => ID, { nullable: true }) postId: string | null,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<CircleModerationPage> {
    return listModerationLog(ctx, { circleId, postId, page, pageSize });
  }

  @Authorized("circle:moderate")
  @Query(() => CircleBanPage, { description: "禁言记录（activeOnly 只看禁言中的）" })
  circleBans(
    @Arg("circleId", () => ID, { nullable: true }) circleId: string | null,
    @Arg("activeOnly", () => Boolean, { defaultValue: false }) activeOnly: boolean,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<CircleBanPage> {
    return listCircleBans(ctx, { circleId, activeOnly, page, pageSize });
  }

  @Authorized("circle:moderate")
  @Mutation(() => CircleType, { description: "新建开放圈子" })
  createCircle(@Arg("input", () => CircleInput) input: CircleInput, @Ctx() ctx: Context): Promise<CircleType> {
    return createCircle(ctx, input);
  }

  @Authorized("circle:moderate")
  @Mutation(() => CircleType, { description: "修改圈子（名称仅开放圈子可改）、归档或恢复" })
  updateCircle(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateCircleInput) input: UpdateCircleInput, @Ctx() ctx: Context): Promise<CircleType> {
    return updateCircle(ctx, id, input);
  }

  @Authorized("circle:moderate")
  @Mutation(() => CirclePostType, { description: "处理帖子：隐藏、取消隐藏、删除、置顶、取消置顶、驳回举报；须填写理由，通知作者（及举报人）" })
  moderateCirclePost(
    @Arg("postId", () => ID) postId: string,
    @Arg("action", () => CirclePostActionEnum) action: CirclePostAction,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<CirclePostType> {
    return moderateCirclePost(ctx, postId, action, reason);
  }

  @Authorized("circle:moderate")
  @Mutation(() => CircleBanType, { description: "在圈子中禁言委员 N 天（1—365），须填写理由，通知该委员" })
  banCircleMember(
    @Arg("circleId", () => ID) circleId: string,
    @Arg("memberId", () => ID) memberId: string,
    @Arg("days", () => Int) days: number,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<CircleBanType> {
    return banCircleMember(ctx, circleId, memberId, days, reason);
  }

  @Authorized("circle:moderate")
  @Mutation(() => CircleBanType, { description: "提前解除禁言，须填写理由" })
  liftCircleBan(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<CircleBanType> {
    return liftCircleBan(ctx, id, reason);
  }
}
