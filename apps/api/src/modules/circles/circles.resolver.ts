import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import {
  CircleCommentPage,
  CircleCommentType,
  CircleFeed,
  CircleImageType,
  CirclePage,
  CirclePostInput,
  CirclePostType,
  CircleReportInput,
  CircleType,
} from "./circles.types";
import { createCirclePost, deleteMyCirclePost, uploadCircleImage } from "./use-cases/create-circle-post";
import { commentCirclePost, deleteCircleComment, likeCirclePost, listCircleComments, reportCirclePost } from "./use-cases/interact-circle-post";
import { getCircle, listMyCircles } from "./use-cases/list-circles";
import { getCirclePost, listCircleFeed } from "./use-cases/list-circle-feed";
import { setCircleJoined } from "./use-cases/manage-circles";

/** The member's side of 圈子 (portal); moderators may read the same views. */
@Resolver()
export class CirclesResolver {
  @Authorized("circle:use")
  @Query(() => CirclePage, { description: "委员端圈子列表：本人所在圈子（本届专委会、界别，已加入的开放圈子）在前，其后为可加入的开放圈子" })
  myCircles(
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 50 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<CirclePage> {
    return listMyCircles(ctx, { page, pageSize });
  }

  @Authorized("circle:use", "circle:moderate")
  @Query(() => CircleType, { description: "圈子详情" })
  circle(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CircleType> {
    return getCircle(ctx, id);
  }

  @Authorized("circle:use", "circle:moderate")
  @Query(() => CircleFeed, { description: "圈子动态：置顶帖在前（仅第一页），其余按发布时间倒序，按游标翻页" })
  circleFeed(
    @Arg("circleId", () => ID) circleId: string,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<CircleFeed> {
    return listCircleFeed(ctx, circleId, { first, after });
  }

  @Authorized("circle:use", "circle:moderate")
  @Query(() => CirclePostType, { description: "帖子详情（委员只能看到正常显示的帖子；管理员可看隐藏、删除的帖子）" })
  circlePost(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<CirclePostType> {
    return getCirclePost(ctx, id);
  }

  @Authorized("circle:use", "circle:moderate")
  @Query(() => CircleCommentPage, { description: "帖子的评论，按时间正序，分页" })
  circleComments(
    @Arg("postId", () => ID) postId: string,
    @Arg("page", () => Int, { defaultValue: 1 }) page: number,
    @Arg("pageSize", () => Int, { defaultValue: 20 }) pageSize: number,
    @Ctx() ctx: Context,
  ): Promise<CircleCommentPage> {
    return listCircleComments(ctx, postId, { page, pageSize });
  }

  @Authorized("circle:use")
  @Mutation(() => CircleType, { description: "加入（joined: true）或退出开放圈子" })
  setCircleJoined(@Arg("id", () => ID) id: string, @Arg("joined", () => Boolean) joined: boolean, @Ctx() ctx: Context): Promise<CircleType> {
    return setCircleJoined(ctx, id, joined);
  }

  @Authorized("circle:use")
  @Mutation(() => CircleImageType, { description: "上传一张帖子图片（base64，PNG/JPEG/GIF/WebP，按文件头识别，≤ 2 MB），发帖时用其 id" })
  uploadCircleImage(@Arg("fileBase64", () => String) fileBase64: string, @Ctx() ctx: Context): Promise<CircleImageType> {
    return uploadCircleImage(ctx, fileBase64);
  }

  @Authorized("circle:use")
  @Mutation(() => CirclePostType, { description: "发帖（圈子成员，未被禁言）" })
  createCirclePost(@Arg("input", () => CirclePostInput) input: CirclePostInput, @Ctx() ctx: Context): Promise<CirclePostType> {
    return createCirclePost(ctx, input);
  }

  @Authorized("circle:use")
  @Mutation(() => Boolean, { description: "删除本人的帖子" })
  deleteMyCirclePost(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteMyCirclePost(ctx, id);
  }

  @Authorized("circle:use")
  @Mutation(() => CirclePostType, { description: "点赞（liked: true，每人每帖一次）或取消点赞" })
  likeCirclePost(@Arg("postId", () => ID) postId: string, @Arg("liked", () => Boolean) liked: boolean, @Ctx() ctx: Context): Promise<CirclePostType> {
    return likeCirclePost(ctx, postId, liked);
  }

  @Authorized("circle:use")
  @Mutation(() => CircleCommentType, { description: "评论（≤ 500 字；圈子成员，未被禁言）" })
  commentCirclePost(@Arg("postId", () => ID) postId: string, @Arg("text", () => String) text: string, @Ctx() ctx: Context): Promise<CircleCommentType> {
    return commentCirclePost(ctx, postId, text);
  }

  @Authorized("circle:use", "circle:moderate")
  @Mutation(() => Boolean, { description: "删除评论：本人的评论，或管理员删除任意评论（须填写理由，并通知评论人）" })
  deleteCircleComment(@Arg("id", () => ID) id: string, @Arg("reason", () => String, { nullable: true }) reason: string | null, @Ctx() ctx: Context): Promise<boolean> {
    return deleteCircleComment(ctx, id, reason);
  }

  @Authorized("circle:use")
  @Mutation(() => CirclePostType, { description: "举报帖子（每人每帖一次），生成管理员待办" })
  reportCirclePost(@Arg("postId", () => ID) postId: string, @Arg("input", () => CircleReportInput) input: CircleReportInput, @Ctx() ctx: Context): Promise<CirclePostType> {
    return reportCirclePost(ctx, postId, input);
  }
}
