import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { PageArgs } from "../../core/pagination";
import { CmsArticleActionEnum, CmsArticleStateEnum, CmsLinkKindEnum } from "./cms.enums";

@ObjectType({ description: "文章被引用或映射到的栏目" })
export class CmsArticleLinkType {
  @Field(() => ID) id!: string;
  @Field(() => ID) articleId!: string;
  @Field(() => ID) channelId!: string;
  @Field(() => String) channelName!: string;
  @Field(() => CmsLinkKindEnum) kind!: string;
}

@ObjectType({ description: "文章（列表项）" })
export class CmsArticleListItem {
  @Field(() => ID) id!: string;
  @Field(() => Int) no!: number;
  @Field(() => ID) channelId!: string;
  @Field(() => String) channelName!: string;
  @Field(() => String) title!: string;
  @Field(() => String) author!: string;
  @Field(() => String) summary!: string;
  @Field(() => CmsArticleStateEnum) state!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean) pinned!: boolean;
  @Field(() => Int) weight!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) scheduledPublishAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => String, { nullable: true, description: "经本栏目引用/映射而列出时的方式" }) linkedAs!: string | null;
  @Field(() => String, { description: "公开页面地址（已发布时有效）" }) url!: string;
}

@ObjectType({ description: "文章" })
export class CmsArticleType extends CmsArticleListItem {
  @Field(() => String) subtitle!: string;
  @Field(() => String) source!: string;
  @Field(() => [String]) keywords!: string[];
  @Field(() => String, { description: "已按白名单净化的 HTML" }) body!: string;
  @Field(() => GraphQLJSONObject) customFields!: Record<string, unknown>;
  @Field(() => Date, { nullable: true }) scheduledWithdrawAt!: Date | null;
  @Field(() => String, { nullable: true, description: "呈送来源委员会" }) originTenantName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [CmsArticleActionEnum], { description: "当前用户可执行的流程操作" }) availableActions!: string[];
  @Field(() => Boolean) canEditContent!: boolean;
  @Field(() => ID, { nullable: true, description: "封面图片" }) coverAssetId!: string | null;
  @Field(() => [CmsArticleLinkType]) links!: CmsArticleLinkType[];
  @Field(() => [CmsArticleListItem], { description: "相关文章（关键词重合）" }) related!: CmsArticleListItem[];
}

@ObjectType()
export class CmsArticlePage {
  @Field(() => [CmsArticleListItem]) items!: CmsArticleListItem[];
  @Field(() => Int) total!: number;
}

@InputType()
export class CmsArticleFilter {
  @Field(() => ID, { nullable: true }) channelId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "含引用/映射到该栏目的文章" }) includeLinked?: boolean | null;
  @Field(() => CmsArticleStateEnum, { nullable: true }) state?: string | null;
  @Field(() => String, { nullable: true, description: "标题包含" }) title?: string | null;
}

@ArgsType()
export class CmsArticleListArgs extends PageArgs {
  @Field(() => CmsArticleFilter, { nullable: true }) filter?: CmsArticleFilter | null;
}

@InputType()
export class CmsArticleInput {
  @Field(() => ID, { nullable: true, description: "新建时必填" }) channelId?: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) subtitle?: string;
  @Field(() => String, { nullable: true }) author?: string;
  @Field(() => String, { nullable: true }) source?: string;
  @Field(() => String, { nullable: true, description: "留空则自动生成" }) summary?: string;
  @Field(() => [String], { nullable: true, description: "留空则自动提取" }) keywords?: string[];
  @Field(() => String, { nullable: true, description: "HTML，服务器按白名单净化" }) body?: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "栏目自定义字段的值" }) customFields?: Record<string, unknown>;
  @Field(() => String, { nullable: true, description: "修改说明（记入版本）" }) note?: string;
}

@InputType()
export class CmsTransitionInput {
  @Field(() => CmsArticleActionEnum) action!: string;
  @Field(() => String, { nullable: true }) comment?: string;
  @Field(() => Date, { nullable: true, description: "定时发布时间（approveScheduled / schedule）" }) publishAt?: Date | null;
}

@ObjectType({ description: "文章版本" })
export class CmsArticleVersionType {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) title!: string;
  @Field(() => String) note!: string;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CmsDiffPart {
  @Field(() => String, { description: "SAME | ADDED | REMOVED" }) kind!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ description: "两个版本的差异" })
export class CmsVersionDiff {
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field(() => [CmsDiffPart]) title!: CmsDiffPart[];
  @Field(() => [CmsDiffPart]) body!: CmsDiffPart[];
}

@ObjectType({ description: "流程记录" })
export class CmsArticleEventType {
  @Field(() => ID) id!: string;
  @Field(() => String) action!: string;
  @Field(() => CmsArticleStateEnum) fromState!: string;
  @Field(() => CmsArticleStateEnum) toState!: string;
  @Field(() => String) comment!: string;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@InputType()
export class CmsSearchInput {
  @Field(() => String) q!: string;
  @Field(() => ID, { nullable: true }) channelId?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
  @Field(() => [CmsArticleStateEnum], { nullable: true, description: "工作人员检索可按状态过滤（默认全部）" }) states?: string[] | null;
}

@ObjectType()
export class CmsSearchHit {
  @Field(() => CmsArticleListItem) article!: CmsArticleListItem;
  @Field(() => Float) rank!: number;
  @Field(() => String, { description: "摘录，命中词以 <mark> 标出，其余已转义" }) highlight!: string;
}

@ObjectType()
export class CmsSearchPage {
  @Field(() => [CmsSearchHit]) items!: CmsSearchHit[];
  @Field(() => Int) total!: number;
}
