import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload, ImportResult } from "../organisation/files.types";
import { ProposalCategoryInput, ProposalSettingsInput, UpdateProposalCategoryInput } from "./inputs.types";
import { ProposalCategoryType, ProposalSettingsType } from "./proposals.types";
import { importProposalCategories, proposalCategoryImportTemplate } from "./use-cases/import-proposal-categories";
import { createProposalCategory, deleteProposalCategory, listProposalCategories, updateProposalCategory } from "./use-cases/manage-proposal-categories";
import { getProposalSettings, updateProposalSettings } from "./use-cases/manage-proposal-settings";

/** 配置: proposal categories and the committee's proposal settings. */
@Resolver()
export class ProposalConfigResolver {
  @Authorized("proposal:read", "proposal:submit", "proposal:handle")
  @Query(() => [ProposalCategoryType], { description: "提案分类（树序平铺）" })
  proposalCategories(@Ctx() ctx: Context): Promise<ProposalCategoryType[]> {
    return listProposalCategories(ctx);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalCategoryType, { description: "新增提案分类" })
  createProposalCategory(@Arg("input", () => ProposalCategoryInput) input: ProposalCategoryInput, @Ctx() ctx: Context): Promise<ProposalCategoryType> {
    return createProposalCategory(ctx, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalCategoryType, { description: "修改提案分类（名称、上级、排序）" })
  updateProposalCategory(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateProposalCategoryInput) input: UpdateProposalCategoryInput, @Ctx() ctx: Context): Promise<ProposalCategoryType> {
    return updateProposalCategory(ctx, id, input);
  }

  @Authorized("proposal:manage")
  @Mutation(() => Boolean, { description: "删除提案分类（已被提案使用或有下级分类时不能删除）" })
  deleteProposalCategory(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteProposalCategory(ctx, id);
  }

  @Authorized("proposal:manage")
  @Query(() => FileDownload, { description: "提案分类导入模板" })
  proposalCategoryImportTemplate(): Promise<FileDownload> {
    return proposalCategoryImportTemplate();
  }

  @Authorized("proposal:manage")
  @Mutation(() => ImportResult, { description: "从 Excel 导入提案分类（名称、上级分类、排序）：先校验全部行，有错误则一行也不导入" })
  importProposalCategories(
    @Arg("fileBase64", () => String) fileBase64: string,
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return importProposalCategories(ctx, fileBase64, dryRun);
  }

  @Authorized("proposal:read", "proposal:manage", "proposal:handle")
  @Query(() => ProposalSettingsType, { description: "提案工作设置（办理期限、退回时限、催办提前天数）" })
  proposalSettings(@Ctx() ctx: Context): Promise<ProposalSettingsType> {
    return getProposalSettings(ctx);
  }

  @Authorized("proposal:manage")
  @Mutation(() => ProposalSettingsType, { description: "修改提案工作设置" })
  updateProposalSettings(@Arg("input", () => ProposalSettingsInput) input: ProposalSettingsInput, @Ctx() ctx: Context): Promise<ProposalSettingsType> {
    return updateProposalSettings(ctx, input);
  }
}
