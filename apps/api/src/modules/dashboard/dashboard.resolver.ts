import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload } from "../organisation/files.types";
import { exportDashboard, exportDashboardRollup } from "./dashboard-export";
import { Dashboard, DashboardFilterInput, DashboardRollup } from "./dashboard.types";
import { getDashboard, getDashboardRollup } from "./dashboard.use-cases";

const filterArg = () => Arg("filter", () => DashboardFilterInput, { nullable: true });

@Resolver()
export class DashboardResolver {
  @Authorized("dashboard:read")
  @Query(() => Dashboard, { description: "领导驾驶舱：本委员会一届（默认本届）及期间的数字，全部为聚合查询" })
  dashboard(@filterArg() filter: DashboardFilterInput | null, @Ctx() ctx: Context): Promise<Dashboard> {
    return getDashboard(ctx, filter);
  }

  @Authorized("dashboard:read")
  @Query(() => DashboardRollup, { description: "全市汇总：市本级与各县区并列及合计（仅市级政协；每次查看留痕）" })
  dashboardRollup(@filterArg() filter: DashboardFilterInput | null, @Ctx() ctx: Context): Promise<DashboardRollup> {
    return getDashboardRollup(ctx, filter);
  }

  @Authorized("dashboard:read")
  @Query(() => FileDownload, { description: "驾驶舱数据导出为 Excel：一张图表（chart）或全部" })
  exportDashboard(
    @filterArg() filter: DashboardFilterInput | null,
    @Arg("chart", () => String, { nullable: true, description: "overview | proposalState | proposalCategory | proposalUnit | handling | satisfaction | opinions | memberSector | memberParty | meetings | topPerformers；不填为全部" }) chart: string | null,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportDashboard(ctx, filter, chart);
  }

  @Authorized("dashboard:read")
  @Query(() => FileDownload, { description: "全市汇总导出为 Excel（仅市级政协；留痕）" })
  exportDashboardRollup(@filterArg() filter: DashboardFilterInput | null, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportDashboardRollup(ctx, filter);
  }
}
