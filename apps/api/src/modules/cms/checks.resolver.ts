import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { PageArgs } from "../../core/pagination";
import { CMS_ADMIN, CMS_USERS } from "./channels.resolver";
import { CmsScoresType, CmsCheckChannelType, CmsCheckFindingArgs, CmsCheckFindingPage, CmsCheckScanPage, CmsCheckScanType, CmsImportInput, CmsImportJobPage, CmsImportJobType } from "./checks.types";
import { getScan, listScans, requestScan, scanChannels, scanFindings } from "./use-cases/site-checks";
import { getImport, listImports, startImport } from "./use-cases/import-articles";
import { channelScores, exportScores } from "./use-cases/channel-scores";
import { FileDownload } from "../organisation/files.types";

const DECIDERS = ["cms:review", "cms:admin"];

@Resolver()
export class CmsChecksResolver {
  @Authorized(...CMS_USERS)
  @Mutation(() => CmsCheckScanType, { description: "开始站点检查（已有排队或进行中的检查时返回该检查）" })
  requestCmsCheck(@Ctx() ctx: Context) {
    return requestScan(ctx);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsCheckScanPage, { description: "站点检查记录（新→旧）" })
  cmsCheckScans(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return listScans(ctx, page);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsCheckScanType, { description: "站点检查及进度" })
  cmsCheckScan(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return getScan(ctx, id);
  }

  @Authorized(...CMS_USERS)
  @Query(() => [CmsCheckChannelType], { description: "站点检查报告：按栏目汇总（部门编辑只看到可编辑栏目）" })
  cmsCheckChannels(@Arg("scanId", () => ID) scanId: string, @Ctx() ctx: Context) {
    return scanChannels(ctx, scanId);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsCheckFindingPage, { description: "站点检查发现的问题（部门编辑只看到可编辑栏目）" })
  cmsCheckFindings(@Args(() => CmsCheckFindingArgs) args: CmsCheckFindingArgs, @Ctx() ctx: Context) {
    return scanFindings(ctx, args);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => CmsImportJobType, { description: "历史文章导入：校验文件并排队导入（格式见用户手册）" })
  importCmsArticles(@Arg("input", () => CmsImportInput) input: CmsImportInput, @Ctx() ctx: Context) {
    return startImport(ctx, input);
  }

  @Authorized(...CMS_ADMIN)
  @Query(() => CmsImportJobType, { description: "历史文章导入任务及进度" })
  cmsImportJob(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return getImport(ctx, id);
  }

  @Authorized(...CMS_ADMIN)
  @Query(() => CmsImportJobPage, { description: "历史文章导入记录（新→旧）" })
  cmsImportJobs(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return listImports(ctx, page);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsScoresType, { description: "栏目考核：考核期内各栏目、各部门的得分" })
  cmsChannelScores(@Arg("from", () => Date) from: Date, @Arg("to", () => Date) to: Date, @Ctx() ctx: Context) {
    return channelScores(ctx, { from, to });
  }

  @Authorized(...DECIDERS)
  @Mutation(() => FileDownload, { description: "栏目考核导出为 Excel（带导出水印，留痕）" })
  exportCmsChannelScores(@Arg("from", () => Date) from: Date, @Arg("to", () => Date) to: Date, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportScores(ctx, { from, to });
  }
}
