import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { DictKind } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { CreateDictItemInput, DictItemType, UpdateDictItemInput } from "./dictionaries.types";
import { FileDownload, ImportResult } from "./files.types";
import { DictKindEnum } from "./organisation.enums";
import { dictImportTemplate, importDictItems } from "./use-cases/import-dict-items";
import { createDictItem, deleteDictItem, listDictItems, updateDictItem } from "./use-cases/manage-dict-items";

@Resolver()
export class DictionariesResolver {
  @Authorized()
  @Query(() => [DictItemType], { description: "某类字典项（按排序）；表单下拉与统计使用" })
  dictItems(
    @Arg("kind", () => DictKindEnum) kind: DictKind,
    @Arg("includeDisabled", () => Boolean, { defaultValue: false }) includeDisabled: boolean,
    @Ctx() ctx: Context,
  ): Promise<DictItemType[]> {
    return listDictItems(ctx, kind, includeDisabled);
  }

  @Authorized("dict:manage")
  @Mutation(() => DictItemType, { description: "新增字典项" })
  createDictItem(@Arg("input", () => CreateDictItemInput) input: CreateDictItemInput, @Ctx() ctx: Context): Promise<DictItemType> {
    return createDictItem(ctx, input);
  }

  @Authorized("dict:manage")
  @Mutation(() => DictItemType, { description: "修改或停用字典项" })
  updateDictItem(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateDictItemInput) input: UpdateDictItemInput, @Ctx() ctx: Context): Promise<DictItemType> {
    return updateDictItem(ctx, id, input);
  }

  @Authorized("dict:manage")
  @Mutation(() => Boolean, { description: "删除字典项（已被委员记录使用的不能删除）" })
  deleteDictItem(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteDictItem(ctx, id);
  }

  @Authorized("dict:manage")
  @Mutation(() => ImportResult, { description: "从 Excel 导入字典项（已存在的名称跳过；有错误则全部不导入）" })
  importDictItems(
    @Arg("kind", () => DictKindEnum) kind: DictKind,
    @Arg("fileBase64", () => String) fileBase64: string,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return importDictItems(ctx, kind, fileBase64);
  }

  @Authorized("dict:manage")
  @Query(() => FileDownload, { description: "字典导入模板（.xlsx）" })
  dictImportTemplate(@Arg("kind", () => DictKindEnum) kind: DictKind): Promise<FileDownload> {
    return dictImportTemplate(kind);
  }
}
