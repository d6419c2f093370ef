import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "生成的文件（base64），浏览器端保存为下载" })
export class FileDownload {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String, { description: "文件内容，base64 编码" }) base64!: string;
  @Field(() => Int, { description: "数据行数（不含表头）" }) rowCount!: number;
}

@ObjectType({ description: "导入中某一行的错误" })
export class ImportRowError {
  @Field(() => Int, { description: "Excel 中的行号（表头为第 1 行）" }) row!: number;
  @Field(() => String, { nullable: true, description: "列名，如“手机号码”" }) column!: string | null;
  @Field(() => String, { nullable: true, description: "字段名，如 mobile" }) field!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "导入结果：有任何错误时一行也不导入" })
export class ImportResult {
  @Field(() => Boolean, { description: "是否全部通过校验（有错误时一行也不导入；试运行时只校验）" }) ok!: boolean;
  @Field(() => Int, { description: "文件中的数据行数" }) totalRows!: number;
  @Field(() => Int, { description: "已导入的行数" }) imported!: number;
  @Field(() => Int, { description: "已存在而跳过的行数" }) skipped!: number;
  @Field(() => [ImportRowError]) errors!: ImportRowError[];
}
