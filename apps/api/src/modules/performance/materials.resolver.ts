import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { PageArgs } from "../../core/pagination";
import {
  PerformanceBonusInput,
  PerformanceBonusListArgs,
  PerformanceBonusPage,
  PerformanceBonusType,
  PerformanceMaterialInput,
  PerformanceMaterialListArgs,
  PerformanceMaterialPage,
  PerformanceMaterialType,
} from "./materials.types";
import { addBonus, listBonuses, revokeBonus } from "./use-cases/manage-bonuses";
import { acceptMaterial, createMaterial, getMaterial, listMaterials, returnMaterial, updateMaterial } from "./use-cases/review-material";
import { deleteMyMaterial, listMyMaterials, submitMaterial, updateMyMaterial } from "./use-cases/submit-material";

/** 其他考核 (bonus/deduction) and 委员履职材料 (staff side and the member's own in the portal). */
@Resolver()
export class PerformanceMaterialsResolver {
  @Authorized("performance:read")
  @Query(() => PerformanceBonusPage, { description: "其他考核：加减分记录" })
  performanceBonuses(@Args(() => PerformanceBonusListArgs) args: PerformanceBonusListArgs, @Ctx() ctx: Context): Promise<PerformanceBonusPage> {
    return listBonuses(ctx, args);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceBonusType, { description: "其他考核：按实际履职加分或扣分（须填写理由，留痕）" })
  addPerformanceBonus(@Arg("input", () => PerformanceBonusInput) input: PerformanceBonusInput, @Ctx() ctx: Context): Promise<PerformanceBonusType> {
    return addBonus(ctx, input);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceBonusType, { description: "撤销一条加减分记录（须填写理由，记录保留）" })
  revokePerformanceBonus(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<PerformanceBonusType> {
    return revokeBonus(ctx, id, reason);
  }

  @Authorized("performance:read")
  @Query(() => PerformanceMaterialPage, { description: "委员履职材料（工作人员）" })
  performanceMaterials(@Args(() => PerformanceMaterialListArgs) args: PerformanceMaterialListArgs, @Ctx() ctx: Context): Promise<PerformanceMaterialPage> {
    return listMaterials(ctx, args);
  }

  @Authorized("performance:read")
  @Query(() => PerformanceMaterialType, { description: "履职材料详情" })
  performanceMaterial(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PerformanceMaterialType> {
    return getMaterial(ctx, id);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceMaterialType, { description: "工作人员代委员录入履职材料（待审核）" })
  createPerformanceMaterial(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("input", () => PerformanceMaterialInput) input: PerformanceMaterialInput,
    @Ctx() ctx: Context,
  ): Promise<PerformanceMaterialType> {
    return createMaterial(ctx, memberId, input);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceMaterialType, { description: "工作人员修改履职材料" })
  updatePerformanceMaterial(@Arg("id", () => ID) id: string, @Arg("input", () => PerformanceMaterialInput) input: PerformanceMaterialInput, @Ctx() ctx: Context): Promise<PerformanceMaterialType> {
    return updateMaterial(ctx, id, input);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceMaterialType, { description: "采纳履职材料：计入履职（履职材料通过）" })
  acceptPerformanceMaterial(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<PerformanceMaterialType> {
    return acceptMaterial(ctx, id);
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceMaterialType, { description: "退回履职材料（须填写理由）；已采纳的退回后不再计分" })
  returnPerformanceMaterial(@Arg("id", () => ID) id: string, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<PerformanceMaterialType> {
    return returnMaterial(ctx, id, reason);
  }

  @Authorized("performance:self")
  @Query(() => PerformanceMaterialPage, { description: "委员端：本人的履职材料" })
  myPerformanceMaterials(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<PerformanceMaterialPage> {
    return listMyMaterials(ctx, page);
  }

  @Authorized("performance:self")
  @Mutation(() => PerformanceMaterialType, { description: "委员端：提交履职材料" })
  submitPerformanceMaterial(@Arg("input", () => PerformanceMaterialInput) input: PerformanceMaterialInput, @Ctx() ctx: Context): Promise<PerformanceMaterialType> {
    return submitMaterial(ctx, input);
  }

  @Authorized("performance:self")
  @Mutation(() => PerformanceMaterialType, { description: "委员端：修改本人待审核或已退回的材料（已退回的即重新提交）" })
  updateMyPerformanceMaterial(@Arg("id", () => ID) id: string, @Arg("input", () => PerformanceMaterialInput) input: PerformanceMaterialInput, @Ctx() ctx: Context): Promise<PerformanceMaterialType> {
    return updateMyMaterial(ctx, id, input);
  }

  @Authorized("performance:self")
  @Mutation(() => Boolean, { description: "委员端：删除本人未采纳的材料" })
  deleteMyPerformanceMaterial(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteMyMaterial(ctx, id);
  }
}
