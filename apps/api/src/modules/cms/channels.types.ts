import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { CmsAclSubjectEnum, CmsArticleStateEnum, CmsChannelKindEnum, CmsFieldTypeEnum, CmsRightEnum, CmsSortRuleEnum, CmsTemplateEnum } from "./cms.enums";

@ObjectType({ description: "门户网站（每个委员会一个）" })
export class CmsSiteType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => String) footer!: string;
  @Field(() => Date, { nullable: true }) lastPublishedAt!: Date | null;
  @Field(() => String, { description: "公开访问地址" }) url!: string;
}

@InputType()
export class CmsSiteInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) footer?: string;
}

@ObjectType({ description: "栏目自定义字段定义" })
export class CmsFieldDefType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => CmsFieldTypeEnum) type!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => [String], { nullable: true }) options?: string[];
  @Field(() => Int, { nullable: true }) maxLength?: number;
}

@InputType()
export class CmsFieldDefInput {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => CmsFieldTypeEnum) type!: string;
  @Field(() => Boolean, { nullable: true }) required?: boolean;
  @Field(() => [String], { nullable: true }) options?: string[];
  @Field(() => Int, { nullable: true }) maxLength?: number;
}

@ObjectType({ description: "栏目" })
export class CmsChannelType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => String) slug!: string;
  @Field(() => CmsChannelKindEnum) kind!: string;
  @Field(() => CmsTemplateEnum) template!: string;
  @Field(() => Int) listSize!: number;
  @Field(() => Boolean) visible!: boolean;
  @Field(() => CmsSortRuleEnum) sortRule!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => String) description!: string;
  @Field(() => [ID]) sourceChannelIds!: string[];
  @Field(() => [CmsFieldDefType]) fieldDefs!: CmsFieldDefType[];
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => Int, { nullable: true, description: "要求的更新周期（天）" }) updateDays!: number | null;
  @Field(() => [CmsRightEnum], { description: "当前用户在此栏目的权限" }) myRights!: string[];
  @Field(() => String) url!: string;
  @Field(() => Date) updatedAt!: Date;
}

@InputType()
export class CmsChannelInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) slug?: string;
  @Field(() => CmsTemplateEnum, { nullable: true }) template?: string;
  @Field(() => Int, { nullable: true }) listSize?: number;
  @Field(() => Boolean, { nullable: true }) visible?: boolean;
  @Field(() => CmsSortRuleEnum, { nullable: true }) sortRule?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => [CmsFieldDefInput], { nullable: true }) fieldDefs?: CmsFieldDefInput[];
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => Int, { nullable: true }) updateDays?: number | null;
  @Field(() => [ID], { nullable: true, description: "虚拟栏目的来源栏目" }) sourceChannelIds?: string[];
}

@InputType()
export class CmsCreateChannelInput extends CmsChannelInput {
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => CmsChannelKindEnum, { nullable: true }) kind?: string;
}

@ObjectType()
export class CmsStateCount {
  @Field(() => CmsArticleStateEnum) state!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class CmsPeriodCount {
  @Field(() => String, { description: "YYYY-MM" }) period!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "栏目统计" })
export class CmsChannelStatsType {
  @Field(() => ID) channelId!: string;
  @Field(() => Int) subChannels!: number;
  @Field(() => Int) descendantChannels!: number;
  @Field(() => [CmsStateCount], { description: "本栏目文章（不含子栏目）按状态" }) articlesByState!: CmsStateCount[];
  @Field(() => Int, { description: "含子栏目的已发布文章" }) publishedWithDescendants!: number;
  @Field(() => Int) references!: number;
  @Field(() => Int) mappings!: number;
  @Field(() => [CmsPeriodCount], { description: "按月发布数" }) publishedByMonth!: CmsPeriodCount[];
  @Field(() => Date, { nullable: true }) lastPublishedAt!: Date | null;
  @Field(() => Boolean, { description: "超过更新周期未更新" }) stale!: boolean;
}

@ObjectType({ description: "栏目权限条目" })
export class CmsAclEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID) channelId!: string;
  @Field(() => CmsAclSubjectEnum) subjectKind!: string;
  @Field(() => String) subjectId!: string;
  @Field(() => String) subjectName!: string;
  @Field(() => Boolean) canView!: boolean;
  @Field(() => Boolean) canEdit!: boolean;
  @Field(() => Boolean) canReview!: boolean;
  @Field(() => Boolean) canPublish!: boolean;
}

@InputType()
export class CmsAclEntryInput {
  @Field(() => CmsAclSubjectEnum) subjectKind!: string;
  @Field(() => String, { description: "用户 id、角色名或部门 id" }) subjectId!: string;
  @Field(() => Boolean, { nullable: true }) canView?: boolean;
  @Field(() => Boolean, { nullable: true }) canEdit?: boolean;
  @Field(() => Boolean, { nullable: true }) canReview?: boolean;
  @Field(() => Boolean, { nullable: true }) canPublish?: boolean;
}

@ObjectType()
export class CmsUserRef {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType({ description: "栏目维护部门" })
export class CmsDepartmentType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => [CmsUserRef]) members!: CmsUserRef[];
}
