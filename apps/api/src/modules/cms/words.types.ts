import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { PageArgs } from "../../core/pagination";

@ObjectType({ description: "错敏词" })
export class CmsWordType {
  @Field(() => ID) id!: string;
  @Field(() => String) word!: string;
  @Field(() => String, { description: "BLOCK 禁用（不得发布）/ WARN 提示" }) level!: string;
  @Field(() => String, { description: "建议用词" }) suggestion!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CmsWordPage {
  @Field(() => [CmsWordType]) items!: CmsWordType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class CmsWordArgs extends PageArgs {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => String, { nullable: true, description: "BLOCK 或 WARN" }) level?: "BLOCK" | "WARN" | null;
}

@InputType({ description: "批量添加错敏词：每行一个" })
export class CmsAddWordsInput {
  @Field(() => String) words!: string;
  @Field(() => String, { description: "BLOCK 或 WARN" }) level!: string;
  @Field(() => String, { nullable: true }) suggestion?: string | null;
}

@ObjectType()
export class CmsAddWordsResult {
  @Field(() => Int) added!: number;
  @Field(() => Int, { description: "已存在、已按新设置更新的词数" }) updated!: number;
}

@ObjectType({ description: "文章中命中的错敏词" })
export class CmsWordHitType {
  @Field(() => String) word!: string;
  @Field(() => String) level!: string;
  @Field(() => String) suggestion!: string;
}

@ObjectType({ description: "含错敏词的文章" })
export class CmsWordScanItem {
  @Field(() => ID) articleId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) state!: string;
  @Field(() => String) channel!: string;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [CmsWordHitType]) words!: CmsWordHitType[];
}

@ObjectType()
export class CmsWordScanPage {
  @Field(() => [CmsWordScanItem]) items!: CmsWordScanItem[];
  @Field(() => Int) total!: number;
}
