import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { NOTICE_AUDIENCE_LABELS, NOTICE_KIND_LABELS, NOTICE_STATUS_LABELS, type NoticeAudience, type NoticeKind, type NoticeStatus } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";

export const NoticeAudienceEnum = { ALL_MEMBERS: "ALL_MEMBERS", MEMBERS_AND_COLLECTIVES: "MEMBERS_AND_COLLECTIVES", ALL_USERS: "ALL_USERS", SELECTED: "SELECTED" } as const;
export const NoticeKindEnum = { GENERAL: "GENERAL", PROPOSAL_CALL: "PROPOSAL_CALL", OPINION_CALL: "OPINION_CALL" } as const;
registerEnumType(NoticeKindEnum, {
  name: "NoticeKind",
  description: "通知类型：通知公告或征集通知",
  valuesConfig: Object.fromEntries(Object.entries(NOTICE_KIND_LABELS).map(([k, v]) => [k, { description: v }])),
});
export const NoticeStatusEnum = { DRAFT: "DRAFT", PUBLISHED: "PUBLISHED", WITHDRAWN: "WITHDRAWN" } as const;
registerEnumType(NoticeAudienceEnum, {
  name: "NoticeAudience",
  description: "通知公告发送范围",
  valuesConfig: Object.fromEntries(Object.entries(NOTICE_AUDIENCE_LABELS).map(([k, v]) => [k, { description: v }])),
});
registerEnumType(NoticeStatusEnum, {
  name: "NoticeStatus",
  description: "通知公告状态",
  valuesConfig: Object.fromEntries(Object.entries(NOTICE_STATUS_LABELS).map(([k, v]) => [k, { description: v }])),
});

@ObjectType({ description: "通知公告" })
export class NoticeType {
  @Field(() => ID) id!: string;
  @Field(() => NoticeKindEnum) kind!: NoticeKind;
  @Field(() => String, { nullable: true, description: "征集截止日期（YYYY-MM-DD）" }) deadline!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "正文（纯文本，含换行）" }) body!: string;
  @Field(() => NoticeAudienceEnum) audience!: NoticeAudience;
  @Field(() => [ID]) sectorIds!: string[];
  @Field(() => [ID]) partyIds!: string[];
  @Field(() => [ID]) specialCommitteeIds!: string[];
  @Field(() => Boolean, { description: "同时发送短信" }) sms!: boolean;
  @Field(() => NoticeStatusEnum) status!: NoticeStatus;
  @Field(() => Int, { description: "接收人数（发布时确定）" }) recipientCount!: number;
  @Field(() => Int, { description: "已读人数" }) readCount!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) publishedBy!: string | null;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true }) withdrawReason!: string | null;
  @Field(() => Date, { nullable: true, description: "最近一次提醒未读人员的时间" }) lastRemindedAt!: Date | null;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class NoticePage {
  @Field(() => [NoticeType]) items!: NoticeType[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "我收到的通知公告" })
export class MyNoticeType {
  @Field(() => ID) id!: string;
  @Field(() => NoticeKindEnum) kind!: NoticeKind;
  @Field(() => String, { nullable: true, description: "征集截止日期（YYYY-MM-DD）" }) deadline!: string | null;
  @Field(() => Boolean, { description: "征集中：征集通知且未过截止日期" }) open!: boolean;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String, { nullable: true }) publishedBy!: string | null;
  @Field(() => Date, { nullable: true, description: "本人阅读时间；未读为空" }) readAt!: Date | null;
}

@ObjectType()
export class MyNoticePage {
  @Field(() => [MyNoticeType]) items!: MyNoticeType[];
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: "未读条数" }) unread!: number;
}

@ObjectType({ description: "阅读回执" })
export class NoticeReceiptType {
  @Field(() => ID) userId!: string;
  @Field(() => String, { description: "姓名" }) name!: string;
  @Field(() => String) username!: string;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}

@ObjectType()
export class NoticeReceiptPage {
  @Field(() => [NoticeReceiptType]) items!: NoticeReceiptType[];
  @Field(() => Int) total!: number;
}

@InputType({ description: "通知公告内容与发送范围" })
export class NoticeInputType {
  @Field(() => NoticeKindEnum, { nullable: true, description: "不传为通知公告" }) kind?: NoticeKind | null;
  @Field(() => String, { nullable: true, description: "征集截止日期（YYYY-MM-DD），征集通知必填" }) deadline?: string | null;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => NoticeAudienceEnum) audience!: NoticeAudience;
  @Field(() => [ID], { nullable: true }) sectorIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) partyIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) specialCommitteeIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) sms?: boolean | null;
}

@ArgsType()
export class NoticeListArgs extends PageArgs {
  @Field(() => NoticeStatusEnum, { nullable: true }) status?: NoticeStatus | null;
  @Field(() => NoticeKindEnum, { nullable: true }) kind?: NoticeKind | null;
  @Field(() => String, { nullable: true, description: "标题关键字" }) keyword?: string | null;
}

@ArgsType()
export class MyNoticeArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false }) unreadOnly!: boolean;
  @Field(() => NoticeKindEnum, { nullable: true, description: "只看某类通知" }) kind?: NoticeKind | null;
  @Field(() => Boolean, { defaultValue: false, description: "只看征集中的征集通知（截止日期未过）" }) openCallsOnly!: boolean;
}

@ArgsType()
export class NoticeReceiptArgs extends PageArgs {
  @Field(() => ID) noticeId!: string;
  @Field(() => Boolean, { nullable: true, description: "true 只看已读，false 只看未读，不传为全部" }) read?: boolean | null;
}
