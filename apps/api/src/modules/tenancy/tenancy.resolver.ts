import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { presentTenant, TenantType } from "./tenancy.types";

@Resolver()
export class TenancyResolver {
  @Authorized()
  @Query(() => [TenantType], { description: "全部委员会（市级在前）" })
  async tenants(@Ctx() ctx: Context): Promise<TenantType[]> {
    const rows = await ctx.uow(({ db }) => db.tenant.findMany({ orderBy: [{ level: "asc" }, { sortOrder: "asc" }] }));
    return rows.map(presentTenant);
  }
}
