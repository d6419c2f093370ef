import { Field, ID, Int, ObjectType } from "type-graphql";
import { CmsAssetKindEnum } from "./cms.enums";

@ObjectType({ description: "文章的图片或附件（内容经 POST /files/cms/articles/:articleId/assets 上传）" })
export class CmsAssetType {
  @Field(() => ID) id!: string;
  @Field(() => ID) articleId!: string;
  @Field(() => CmsAssetKindEnum) kind!: string;
  @Field(() => String, { description: "文件名（已清理，扩展名按内容识别）" }) fileName!: string;
  @Field(() => String, { description: "按文件内容识别的类型" }) mime!: string;
  @Field(() => Int) size!: number;
  @Field(() => Boolean, { description: "已提取文字（PDF、Word），可被检索" }) hasText!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { description: "网站上的地址（文章发布后公开；此前仅工作人员可预览）" }) url!: string;
}
