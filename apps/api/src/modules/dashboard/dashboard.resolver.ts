import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { CommitteeFigures, DashboardRollup } from "./dashboard.types";
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
}
