import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { PageArgs } from "../../core/pagination";

@ObjectType({ description: "审计日志" })
export class AuditLogType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => String) result!: string;
  @Field(() => GraphQLJSON, { nullable: true }) detail!: unknown;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) hash!: string;
}

@ObjectType()
export class AuditLogPage {
  @Field(() => [AuditLogType]) items!: AuditLogType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@ObjectType({ description: "审计日志哈希链校验结果" })
export class AuditChainReport {
  @Field(() => Boolean, { description: "链条完整" }) intact!: boolean;
  @Field(() => Int, { description: "已校验条数" }) checked!: number;
  @Field(() => ID, { nullable: true, description: "第一条被篡改的记录" }) firstBrokenId!: string | null;
  @Field(() => String, { nullable: true, description: "content = 内容被改, link = 链接断开（记录被删或插入）" }) reason!: string | null;
}

@InputType({ description: "审计日志导出条件（与查询相同）" })
export class AuditExportFilter {
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true }) username?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@ObjectType({ description: "审计日志清理结果" })
export class AuditPurgeResult {
  @Field(() => Int, { description: "删除的条数" }) deleted!: number;
  @Field(() => Date, { description: "清理了此时间以前的记录" }) before!: Date;
}
