import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { parseId } from "../../core/ids";
import { ValidationFailed } from "../../core/errors";
import { InboxCounts, NotificationArgs, NotificationPage, TodoArgs, TodoPage } from "./inbox.types";
import { inboxCounts, listMyNotifications, listMyTodos, markNotificationsRead } from "./use-cases/read-inbox";

@Resolver()
export class InboxResolver {
  @Authorized()
  @Query(() => NotificationPage, { description: "我的消息" })
  myNotifications(@Args(() => NotificationArgs) args: NotificationArgs, @Ctx() ctx: Context): Promise<NotificationPage> {
    return listMyNotifications(ctx, args);
  }

  @Authorized()
  @Query(() => TodoPage, { description: "我的待办（含按岗位分派的待办）" })
  myTodos(@Args(() => TodoArgs) args: TodoArgs, @Ctx() ctx: Context): Promise<TodoPage> {
    return listMyTodos(ctx, args);
  }

  @Authorized()
  @Query(() => InboxCounts, { description: "未读消息与待办数" })
  inboxCounts(@Ctx() ctx: Context): Promise<InboxCounts> {
    return inboxCounts(ctx);
  }

  @Authorized()
  @Mutation(() => Int, { description: "标记消息已读；不传 ids 表示全部已读。返回标记条数" })
  markNotificationsRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context): Promise<number> {
    if (ids && ids.length > 500) throw ValidationFailed("一次最多标记 500 条");
    return markNotificationsRead(ctx, ids ? ids.map((id) => parseId(id, "消息")) : null);
  }
}
