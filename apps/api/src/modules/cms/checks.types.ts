import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { PageArgs } from "../../core/pagination";
import { CmsJobStateEnum } from "./cms.enums";

@ObjectType({ description: "站点检查（一次扫描）；计数只含当前用户可见栏目的问题" })
export class CmsCheckScanType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "MANUAL 手动 / SCHEDULED 定时" }) trigger!: string;
  @Field(() => CmsJobStateEnum) state!: string;
  @Field(() => Int, { description: "要检查的已发布文章数" }) total!: number;
  @Field(() => Int) done!: number;
  @Field(() => Float, { description: "0–1" }) progress!: number;
  @Field(() => Int) brokenLinks!: number;
  @Field(() => Int) brokenImages!: number;
  @Field(() => Int) externalLinks!: number;
  @Field(() => Int) sensitiveWords!: number;
  @Field(() => Int) staleChannels!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
export class CmsCheckScanPage {
  @Field(() => [CmsCheckScanType]) items!: CmsCheckScanType[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "站点检查报告：一个栏目的问题数" })
export class CmsCheckChannelType {
  @Field(() => ID) channelId!: string;
  @Field(() => String) channelName!: string;
  @Field(() => String) slug!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => Int) brokenLinks!: number;
  @Field(() => Int) brokenImages!: number;
  @Field(() => Int) externalLinks!: number;
  @Field(() => Int) sensitiveWords!: number;
  @Field(() => Int) staleChannels!: number;
  @Field(() => Int, { description: "需处理的问题数（不含外部链接）" }) problems!: number;
}

@ObjectType({ description: "站点检查发现的一个问题" })
export class CmsCheckFindingType {
  @Field(() => ID) id!: string;
  @Field(() => ID) channelId!: string;
  @Field(() => String) channelName!: string;
  @Field(() => ID, { nullable: true }) articleId!: string | null;
  @Field(() => String, { nullable: true }) articleTitle!: string | null;
  @Field(() => String, { description: "BROKEN_LINK / BROKEN_IMAGE / EXTERNAL_LINK / SENSITIVE_WORD / STALE_CHANNEL" }) kind!: string;
  @Field(() => String) target!: string;
  @Field(() => String) detail!: string;
}

@ObjectType()
export class CmsCheckFindingPage {
  @Field(() => [CmsCheckFindingType]) items!: CmsCheckFindingType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class CmsCheckFindingArgs extends PageArgs {
  @Field(() => ID) scanId!: string;
  @Field(() => ID, { nullable: true }) channelId?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
}

@ObjectType({ description: "导入时被拒绝的一行" })
export class CmsImportRowErrorType {
  @Field(() => Int, { description: "CSV：表格中的行号（表头为第 1 行）；JSON：第几条（从 1 起）" }) row!: number;
  @Field(() => String) message!: string;
}

@ObjectType({ description: "历史文章导入任务" })
export class CmsImportJobType {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: "CSV / JSON" }) format!: string;
  @Field(() => String, { description: "PUBLISHED / DRAFT" }) targetState!: string;
  @Field(() => CmsJobStateEnum) state!: string;
  @Field(() => Int, { description: "通过校验、待导入的行数" }) total!: number;
  @Field(() => Int) done!: number;
  @Field(() => Float, { description: "0–1" }) progress!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int) failed!: number;
  @Field(() => [CmsImportRowErrorType]) errors!: CmsImportRowErrorType[];
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
export class CmsImportJobPage {
  @Field(() => [CmsImportJobType]) items!: CmsImportJobType[];
  @Field(() => Int) total!: number;
}

@InputType({ description: "历史文章导入：CSV 或 JSON 文件（UTF-8，base64 编码）" })
export class CmsImportInput {
  @Field(() => String, { nullable: true }) fileName?: string | null;
  @Field(() => String, { description: "CSV 或 JSON" }) format!: string;
  @Field(() => String, { nullable: true, description: "PUBLISHED（默认，保留原发布时间）或 DRAFT" }) targetState?: string | null;
  @Field(() => String) fileBase64!: string;
}

@ObjectType({ description: "栏目考核：一个栏目" })
export class CmsChannelScoreType {
  @Field(() => ID) channelId!: string;
  @Field(() => String) channelName!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) departmentName!: string;
  @Field(() => Int, { nullable: true }) updateDays!: number | null;
  @Field(() => Int, { description: "考核期内发布（目前仍为已发布）的文章数" }) published!: number;
  @Field(() => Int, { description: "超过更新周期未更新的天数" }) staleDays!: number;
  @Field(() => Int) brokenLinks!: number;
  @Field(() => Int) brokenImages!: number;
  @Field(() => Int) sensitiveWords!: number;
  @Field(() => Float) timeliness!: number;
  @Field(() => Float) volume!: number;
  @Field(() => Float) quality!: number;
  @Field(() => Float) score!: number;
}

@ObjectType({ description: "栏目考核：一个维护部门" })
export class CmsDepartmentScoreType {
  @Field(() => String) departmentName!: string;
  @Field(() => Int) channels!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int) staleDays!: number;
  @Field(() => Int, { description: "失效链接和图片" }) brokenLinks!: number;
  @Field(() => Int) sensitiveWords!: number;
  @Field(() => Float, { description: "所属栏目的平均分" }) score!: number;
}

@ObjectType({ description: "栏目考核结果（计分方法见 packages/shared/src/cms/scores.ts 与用户手册）" })
export class CmsScoresType {
  @Field(() => Date) from!: Date;
  @Field(() => Date) to!: Date;
  @Field(() => Int) periodDays!: number;
  @Field(() => Date, { nullable: true, description: "所用站点检查的完成时间" }) scanFinishedAt!: Date | null;
  @Field(() => [CmsChannelScoreType]) channels!: CmsChannelScoreType[];
  @Field(() => [CmsDepartmentScoreType]) departments!: CmsDepartmentScoreType[];
}
