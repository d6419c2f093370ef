import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { MyNoticeArgs, MyNoticePage, MyNoticeType, NoticeInputType, NoticeListArgs, NoticePage, NoticeReceiptArgs, NoticeReceiptPage, NoticeType } from "./notices.types";
import {
  createNotice, deleteNotice, getNotice, listMyNotices, listNotices, listReceipts, publishNotice, readMyNotice, remindUnread, updateNotice, withdrawNotice,
} from "./notices.use-cases";

@Resolver()
export class NoticesResolver {
  @Authorized("notice:manage")
  @Query(() => NoticePage, { description: "通知公告（管理端）：按状态、标题关键字筛选，含已读人数" })
  notices(@Args(() => NoticeListArgs) args: NoticeListArgs, @Ctx() ctx: Context): Promise<NoticePage> {
    return listNotices(ctx, args);
  }

  @Authorized("notice:manage")
  @Query(() => NoticeType, { description: "通知公告详情（管理端）" })
  notice(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<NoticeType> {
    return getNotice(ctx, id);
  }

  @Authorized("notice:manage")
  @Query(() => NoticeReceiptPage, { description: "阅读回执：已读在前；read 筛选已读/未读" })
  noticeReceipts(@Args(() => NoticeReceiptArgs) args: NoticeReceiptArgs, @Ctx() ctx: Context): Promise<NoticeReceiptPage> {
    return listReceipts(ctx, args);
  }

  @Authorized("notice:manage")
  @Mutation(() => NoticeType, { description: "新建通知（草稿）" })
  createNotice(@Arg("input", () => NoticeInputType) input: NoticeInputType, @Ctx() ctx: Context): Promise<NoticeType> {
    return createNotice(ctx, input);
  }

  @Authorized("notice:manage")
  @Mutation(() => NoticeType, { description: "修改草稿" })
  updateNotice(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("input", () => NoticeInputType) input: NoticeInputType, @Ctx() ctx: Context): Promise<NoticeType> {
    return updateNotice(ctx, id, version, input);
  }

  @Authorized("notice:manage")
  @Mutation(() => Boolean, { description: "删除草稿" })
  deleteNotice(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteNotice(ctx, id);
  }

  @Authorized("notice:manage")
  @Mutation(() => NoticeType, { description: "发布：确定接收人，逐人生成阅读回执并推送消息" })
  publishNotice(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context): Promise<NoticeType> {
    return publishNotice(ctx, id, version);
  }

  @Authorized("notice:manage")
  @Mutation(() => NoticeType, { description: "撤回已发布的通知（须填写原因）" })
  withdrawNotice(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<NoticeType> {
    return withdrawNotice(ctx, id, version, reason);
  }

  @Authorized("notice:manage")
  @Mutation(() => Int, { description: "提醒未读人员（每小时最多一次），返回提醒人数" })
  remindNoticeUnread(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<number> {
    return remindUnread(ctx, id);
  }

  @Authorized()
  @Query(() => MyNoticePage, { description: "我收到的通知公告" })
  myNotices(@Args(() => MyNoticeArgs) args: MyNoticeArgs, @Ctx() ctx: Context): Promise<MyNoticePage> {
    return listMyNotices(ctx, args);
  }

  @Authorized()
  @Mutation(() => MyNoticeType, { description: "阅读一条通知（首次阅读记入回执）" })
  readMyNotice(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<MyNoticeType> {
    return readMyNotice(ctx, id);
  }
}
