import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { CircleKind, CircleModerationAction, CirclePostStatus, CircleReportCategory, CircleReportStatus } from "@zhzx/shared";
import {
  CircleKindEnum,
  CircleModerationActionEnum,
  CirclePostStatusEnum,
  CircleReportCategoryEnum,
  CircleReportStatusEnum,
} from "./circles.enums";

@ObjectType("Circle", { description: "圈子：专委会、界别圈子（成员为本届任职委员，自动加入）或开放圈子（委员自愿加入）" })
export class CircleType {
  @Field(() => ID) id!: string;
  @Field(() => CircleKindEnum) kind!: CircleKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Boolean, { description: "已归档：只读，不再向委员列出" }) archived!: boolean;
  @Field(() => Int, { description: "成员数（专委会、界别按本届任职计算）" }) memberCount!: number;
  @Field(() => Int, { description: "正常显示的帖子数" }) postCount!: number;
  @Field(() => Int, { description: "有待处理举报的帖子数（仅管理员可见，委员为 0）" }) reportedPostCount!: number;
  @Field(() => Boolean, { description: "当前委员是否为成员" }) joined!: boolean;
  @Field(() => Boolean, { description: "当前委员能否发帖、评论（成员、未归档、未被禁言）" }) canPost!: boolean;
  @Field(() => Date, { nullable: true, description: "当前委员在本圈子的禁言截止时间" }) bannedUntil!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CirclePage {
  @Field(() => [CircleType]) items!: CircleType[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "圈子（简要）" })
export class CircleRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CircleKindEnum) kind!: CircleKind;
}

@ObjectType({ description: "发帖、评论的委员" })
export class CircleAuthor {
  @Field(() => ID, { description: "委员档案 id" }) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "帖子图片；url 为同源地址（需登录，按帖子可见性校验）" })
export class CircleImageType {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String) mime!: string;
  @Field(() => Int) size!: number;
}

@ObjectType("CirclePost", { description: "圈子帖子：纯文本（不含 HTML）与最多 9 张图片" })
export class CirclePostType {
  @Field(() => ID) id!: string;
  @Field(() => CircleRef) circle!: CircleRef;
  @Field(() => CircleAuthor) author!: CircleAuthor;
  @Field(() => String) text!: string;
  @Field(() => [CircleImageType]) images!: CircleImageType[];
  @Field(() => CirclePostStatusEnum) status!: CirclePostStatus;
  @Field(() => Boolean) pinned!: boolean;
  @Field(() => Int) likeCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field(() => Boolean) likedByMe!: boolean;
  @Field(() => Boolean) reportedByMe!: boolean;
  @Field(() => Boolean, { description: "是否本人所发" }) mine!: boolean;
  @Field(() => Int, { description: "待处理举报数（仅管理员可见，委员为 0）" }) openReportCount!: number;
  @Field(() => Date, { nullable: true }) moderatedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "最近一次处理理由（仅管理员可见）" }) moderationReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CirclePostPage {
  @Field(() => [CirclePostType]) items!: CirclePostType[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "圈子动态：置顶帖（仅第一页）与按时间倒序的帖子，按游标翻页" })
export class CircleFeed {
  @Field(() => [CirclePostType]) pinned!: CirclePostType[];
  @Field(() => [CirclePostType]) items!: CirclePostType[];
  @Field(() => String, { nullable: true, description: "下一页游标；为空表示没有更多" }) nextCursor!: string | null;
}

@ObjectType("CircleComment")
export class CircleCommentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) postId!: string;
  @Field(() => CircleAuthor) author!: CircleAuthor;
  @Field(() => String) text!: string;
  @Field(() => Boolean) mine!: boolean;
  @Field(() => Boolean, { description: "已删除（仅管理员能看到已删除的评论）" }) deleted!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CircleCommentPage {
  @Field(() => [CircleCommentType]) items!: CircleCommentType[];
  @Field(() => Int) total!: number;
}

@ObjectType("CircleReport")
export class CircleReportType {
  @Field(() => ID) id!: string;
  @Field(() => CircleAuthor, { description: "举报人" }) reporter!: CircleAuthor;
  @Field(() => CircleReportCategoryEnum) category!: CircleReportCategory;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => CircleReportStatusEnum) status!: CircleReportStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) handledAt!: Date | null;
}

@ObjectType()
export class CircleReportPage {
  @Field(() => [CircleReportType]) items!: CircleReportType[];
  @Field(() => Int) total!: number;
}

@ObjectType("CircleModerationEntry", { description: "处理记录" })
export class CircleModerationEntryType {
  @Field(() => ID) id!: string;
  @Field(() => CircleModerationActionEnum) action!: CircleModerationAction;
  @Field(() => String) reason!: string;
  @Field(() => Int, { nullable: true }) banDays!: number | null;
  @Field(() => String) actorName!: string;
  @Field(() => CircleAuthor, { nullable: true, description: "被处理的委员" }) member!: CircleAuthor | null;
  @Field(() => ID, { nullable: true }) postId!: string | null;
  @Field(() => CircleRef) circle!: CircleRef;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CircleModerationPage {
  @Field(() => [CircleModerationEntryType]) items!: CircleModerationEntryType[];
  @Field(() => Int) total!: number;
}

@ObjectType("CircleBan", { description: "禁言" })
export class CircleBanType {
  @Field(() => ID) id!: string;
  @Field(() => CircleRef) circle!: CircleRef;
  @Field(() => CircleAuthor) member!: CircleAuthor;
  @Field(() => Int) days!: number;
  @Field(() => String) reason!: string;
  @Field(() => Date) until!: Date;
  @Field(() => Boolean, { description: "仍在禁言期内且未解除" }) active!: boolean;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;
  @Field(() => String, { nullable: true }) liftReason!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CircleBanPage {
  @Field(() => [CircleBanType]) items!: CircleBanType[];
  @Field(() => Int) total!: number;
}

@InputType({ description: "发帖：文字（≤ 2000 字）与已上传的图片（≤ 9 张），至少其一" })
export class CirclePostInput {
  @Field(() => ID) circleId!: string;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [ID], { nullable: true, description: "uploadCircleImage 返回的图片 id，按显示顺序" }) imageIds?: string[] | null;
}

@InputType()
export class CircleReportInput {
  @Field(() => CircleReportCategoryEnum) category!: CircleReportCategory;
  @Field(() => String, { nullable: true, description: "说明（选“其他”时必填）" }) note?: string | null;
}

@InputType({ description: "新建开放圈子" })
export class CircleInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: "修改圈子：只改给出的字段；专委会、界别圈子的名称随字典同步，不能修改" })
export class UpdateCircleInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) archived?: boolean;
}

@InputType({ description: "圈子查询条件（管理端）" })
export class CircleFilter {
  @Field(() => CircleKindEnum, { nullable: true }) kind?: CircleKind | null;
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: "含已归档" }) includeArchived?: boolean | null;
}

@InputType({ description: "帖子查询条件（管理端）" })
export class CirclePostFilter {
  @Field(() => ID, { nullable: true }) circleId?: string | null;
  @Field(() => CirclePostStatusEnum, { nullable: true }) status?: CirclePostStatus | null;
  @Field(() => Boolean, { nullable: true, description: "只看有待处理举报的帖子（举报多的在前）" }) reportedOnly?: boolean | null;
  @Field(() => String, { nullable: true, description: "帖子内容或作者姓名" }) search?: string | null;
}

