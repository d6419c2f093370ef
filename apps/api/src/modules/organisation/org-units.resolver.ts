import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { OrgUnitKind } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { FileDownload, ImportResult } from "./files.types";
import { OrgUnitKindEnum } from "./organisation.enums";
import { OrgUnitInput, OrgUnitListArgs, OrgUnitPage, OrgUnitType, UpdateOrgUnitInput } from "./org-units.types";
import { importOrgUnits, orgUnitImportTemplate } from "./use-cases/import-org-units";
import { createOrgUnit, deleteOrgUnit, listOrgUnits, updateOrgUnit } from "./use-cases/manage-org-units";

@Resolver()
export class OrgUnitsResolver {
  @Authorized()
  @Query(() => OrgUnitPage, { description: "承办单位或集体用户列表" })
  orgUnits(@Args(() => OrgUnitListArgs) args: OrgUnitListArgs, @Ctx() ctx: Context): Promise<OrgUnitPage> {
    return listOrgUnits(ctx, args);
  }

  @Authorized("unit:manage")
  @Mutation(() => OrgUnitType, { description: "新增承办单位或集体用户（可关联已有账号）" })
  createOrgUnit(@Arg("kind", () => OrgUnitKindEnum) kind: OrgUnitKind, @Arg("input", () => OrgUnitInput) input: OrgUnitInput, @Ctx() ctx: Context): Promise<OrgUnitType> {
    return createOrgUnit(ctx, kind, input);
  }

  @Authorized("unit:manage")
  @Mutation(() => OrgUnitType, { description: "修改、停用承办单位或集体用户，或关联/解除账号" })
  updateOrgUnit(
    @Arg("kind", () => OrgUnitKindEnum) kind: OrgUnitKind,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateOrgUnitInput) input: UpdateOrgUnitInput,
    @Ctx() ctx: Context,
  ): Promise<OrgUnitType> {
    return updateOrgUnit(ctx, kind, id, input);
  }

  @Authorized("unit:manage")
  @Mutation(() => Boolean, { description: "删除承办单位或集体用户" })
  deleteOrgUnit(@Arg("kind", () => OrgUnitKindEnum) kind: OrgUnitKind, @Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteOrgUnit(ctx, kind, id);
  }

  @Authorized("unit:manage")
  @Mutation(() => ImportResult, { description: "从 Excel 导入承办单位或集体用户（已存在的名称跳过；有错误则全部不导入）" })
  importOrgUnits(@Arg("kind", () => OrgUnitKindEnum) kind: OrgUnitKind, @Arg("fileBase64", () => String) fileBase64: string, @Ctx() ctx: Context): Promise<ImportResult> {
    return importOrgUnits(ctx, kind, fileBase64);
  }

  @Authorized("unit:manage")
  @Query(() => FileDownload, { description: "承办单位 / 集体用户导入模板（.xlsx）" })
  orgUnitImportTemplate(@Arg("kind", () => OrgUnitKindEnum) kind: OrgUnitKind): Promise<FileDownload> {
    return orgUnitImportTemplate(kind);
  }
}
