import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { CMS_ADMIN, CMS_USERS } from "./channels.resolver";
import { addWords, deleteWord, listWords, scanArticles } from "./use-cases/sensitive-words";
import { CmsAddWordsInput, CmsAddWordsResult, CmsWordArgs, CmsWordPage, CmsWordScanPage } from "./words.types";

@Resolver()
export class CmsWordsResolver {
  @Authorized(...CMS_USERS)
  @Query(() => CmsWordPage, { description: "错敏词库" })
  cmsSensitiveWords(@Args(() => CmsWordArgs) args: CmsWordArgs, @Ctx() ctx: Context) {
    return listWords(ctx, args);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => CmsAddWordsResult, { description: "批量添加错敏词（每行一个；已存在的按新级别更新）" })
  addCmsSensitiveWords(@Arg("input", () => CmsAddWordsInput) input: CmsAddWordsInput, @Ctx() ctx: Context) {
    return addWords(ctx, input);
  }

  @Authorized(...CMS_ADMIN)
  @Mutation(() => Boolean, { description: "删除错敏词" })
  deleteCmsSensitiveWord(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return deleteWord(ctx, id);
  }

  @Authorized(...CMS_USERS)
  @Query(() => CmsWordScanPage, { description: "全站错敏词检查：含词库中词语的文章及命中的词" })
  cmsSensitiveWordScan(@Args(() => CmsWordArgs) args: CmsWordArgs, @Ctx() ctx: Context) {
    return scanArticles(ctx, args);
  }
}
