import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload } from "../organisation/files.types";
import { exportChartData } from "./chart-export";
import { ChartDataInput, CommitteeFigures, DashboardRollup } from "./dashboard.types";
import { dashboardRollup, myCommitteeFigures } from "./dashboard.use-cases";

@Resolver()
export class DashboardResolver {
  @Authorized("proposal:read")
  @Query(() => CommitteeFigures, { description: "本委员会本届的主要数字（驾驶舱卡片）" })
  committeeFigures(@Ctx() ctx: Context): Promise<CommitteeFigures> {
    return myCommitteeFigures(ctx);
  }

  @Authorized("proposal:read")
  @Query(() => DashboardRollup, { description: "全市汇总：市本级与各县区并列及合计（仅市级政协；留痕）" })
  dashboardRollup(@Ctx() ctx: Context): Promise<DashboardRollup> {
    return dashboardRollup(ctx);
  }

  @Authorized("proposal:read")
  @Mutation(() => FileDownload, { description: "驾驶舱图表数据导出为 Excel（带导出水印，留痕）" })
  exportChartData(@Arg("input", () => ChartDataInput) input: ChartDataInput, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportChartData(ctx, input);
  }
}
