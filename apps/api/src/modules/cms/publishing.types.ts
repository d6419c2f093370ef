import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CmsJobStateEnum, CmsPublishKindEnum, CmsSubmissionStateEnum } from "./cms.enums";

@ObjectType({ description: "发布任务" })
export class CmsPublishJobType {
  @Field(() => ID) id!: string;
  @Field(() => CmsPublishKindEnum) kind!: string;
  @Field(() => CmsJobStateEnum) state!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) done!: number;
  @Field(() => Float, { description: "0–1" }) progress!: number;
  @Field(() => Int) written!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => Int) deleted!: number;
  @Field(() => [String], { description: "写入的文件（最多 500 个）" }) writtenFiles!: string[];
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ description: "下级委员会呈送的文章（本委员会收到）" })
export class CmsSubmissionType {
  @Field(() => ID) id!: string;
  @Field(() => String) sourceTenantName!: string;
  @Field(() => ID) sourceArticleId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) author!: string;
  @Field(() => String) source!: string;
  @Field(() => String) summary!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { nullable: true }) submittedByName!: string | null;
  @Field(() => String) note!: string;
  @Field(() => CmsSubmissionStateEnum) state!: string;
  @Field(() => String) reason!: string;
  @Field(() => ID, { nullable: true }) acceptedArticleId!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType({ description: "本委员会向上级呈送的文章及处理结果" })
export class CmsOutgoingSubmissionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) targetTenantId!: string;
  @Field(() => ID) sourceArticleId!: string;
  @Field(() => String) title!: string;
  @Field(() => CmsSubmissionStateEnum) state!: string;
  @Field(() => String) reason!: string;
  @Field(() => ID, { nullable: true }) acceptedArticleId!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CmsPublishJobPage {
  @Field(() => [CmsPublishJobType]) items!: CmsPublishJobType[];
  @Field(() => Int) total!: number;
}
