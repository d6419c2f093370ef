import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload } from "../organisation/files.types";
import { OpinionStatisticsFilterInput } from "./opinions.inputs";
import { OpinionSubmissionStatistics, OpinionSummaryStatistics } from "./statistics.types";
import { exportOpinionStatistics } from "./use-cases/export-opinion-statistics";
import { getSubmissionStatistics, getSummaryStatistics } from "./use-cases/get-opinion-statistics";

@Resolver()
export class OpinionStatisticsResolver {
  @Authorized("opinion:read")
  @Query(() => OpinionSummaryStatistics, { description: "社情民意统计总表：按状态、来源、批示类型、月份" })
  opinionSummaryStatistics(@Arg("filter", () => OpinionStatisticsFilterInput, { nullable: true }) filter: OpinionStatisticsFilterInput | null, @Ctx() ctx: Context): Promise<OpinionSummaryStatistics> {
    return getSummaryStatistics(ctx, filter);
  }

  @Authorized("opinion:read")
  @Query(() => OpinionSubmissionStatistics, { description: "社情民意报送统计表：按报送者、党派、集体" })
  opinionSubmissionStatistics(@Arg("filter", () => OpinionStatisticsFilterInput, { nullable: true }) filter: OpinionStatisticsFilterInput | null, @Ctx() ctx: Context): Promise<OpinionSubmissionStatistics> {
    return getSubmissionStatistics(ctx, filter);
  }

  @Authorized("opinion:read")
  @Query(() => FileDownload, { description: "两张统计表导出为 Excel（同一查询条件）" })
  exportOpinionStatistics(@Arg("filter", () => OpinionStatisticsFilterInput, { nullable: true }) filter: OpinionStatisticsFilterInput | null, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportOpinionStatistics(ctx, filter);
  }
}
