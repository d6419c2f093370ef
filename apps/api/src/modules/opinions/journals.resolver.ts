import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload } from "../organisation/files.types";
import {
  JournalIssueCreateInputType,
  JournalIssueDetail,
  JournalIssueListArgs,
  JournalIssuePage,
  JournalIssueUpdateInputType,
  JournalTypeInputType,
  JournalTypeType,
} from "./journals.types";
import { OpinionRefInput } from "./opinions.inputs";
import { addOpinionsToIssue, removeOpinionFromIssue, reorderJournalIssue } from "./use-cases/compose-journal-issue";
import { exportJournalIssue } from "./use-cases/export-journal-issue";
import { createJournalIssue, deleteJournalIssue, getJournalIssue, listJournalIssues, updateJournalIssue } from "./use-cases/manage-journal-issues";
import { createJournalType, listJournalTypes, updateJournalType } from "./use-cases/manage-journal-types";
import { publishJournalIssue } from "./use-cases/publish-journal-issue";

/** 采编 / 刊物管理: journal types, numbered issues composed of adopted items, publishing, Word export. */
@Resolver()
export class JournalsResolver {
  @Authorized("opinion:read")
  @Query(() => [JournalTypeType], { description: "刊物类型" })
  journalTypes(@Arg("includeDisabled", () => Boolean, { defaultValue: false }) includeDisabled: boolean, @Ctx() ctx: Context): Promise<JournalTypeType[]> {
    return listJournalTypes(ctx, includeDisabled);
  }

  @Authorized("opinion:read")
  @Query(() => JournalIssuePage, { description: "全部期刊（可按刊物、年份、状态筛选）" })
  journalIssues(@Args(() => JournalIssueListArgs) args: JournalIssueListArgs, @Ctx() ctx: Context): Promise<JournalIssuePage> {
    return listJournalIssues(ctx, args);
  }

  @Authorized("opinion:read")
  @Query(() => JournalIssueDetail, { description: "期刊详情：各篇按编排顺序（打印页面据此排版）" })
  journalIssue(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<JournalIssueDetail> {
    return getJournalIssue(ctx, id);
  }

  @Authorized("opinion:read")
  @Query(() => FileDownload, { description: "导出期刊为 Word（.docx，公文简报版式），base64" })
  exportJournalIssue(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportJournalIssue(ctx, id);
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalTypeType, { description: "新建刊物类型" })
  createJournalType(@Arg("input", () => JournalTypeInputType) input: JournalTypeInputType, @Ctx() ctx: Context): Promise<JournalTypeType> {
    return createJournalType(ctx, input);
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalTypeType, { description: "修改或停用刊物类型" })
  updateJournalType(@Arg("id", () => ID) id: string, @Arg("input", () => JournalTypeInputType) input: JournalTypeInputType, @Ctx() ctx: Context): Promise<JournalTypeType> {
    return updateJournalType(ctx, id, input);
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalIssueDetail, { description: "新建期刊：期号默认为该刊物当年下一期" })
  createJournalIssue(@Arg("input", () => JournalIssueCreateInputType) input: JournalIssueCreateInputType, @Ctx() ctx: Context): Promise<JournalIssueDetail> {
    return createJournalIssue(ctx, input);
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalIssueDetail, { description: "修改期刊版头与报送范围（未刊发）" })
  updateJournalIssue(@Arg("id", () => ID) id: string, @Arg("input", () => JournalIssueUpdateInputType) input: JournalIssueUpdateInputType, @Ctx() ctx: Context): Promise<JournalIssueDetail> {
    return updateJournalIssue(ctx, id, input);
  }

  @Authorized("journal:manage")
  @Mutation(() => Boolean, { description: "删除空的未刊发期刊" })
  deleteJournalIssue(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context): Promise<boolean> {
    return deleteJournalIssue(ctx, id, version);
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalIssueDetail, { description: "编入刊物：已采用的信息按所给顺序追加到本期末尾" })
  addOpinionsToIssue(
    @Arg("issueId", () => ID) issueId: string,
    @Arg("opinions", () => [OpinionRefInput]) opinions: OpinionRefInput[],
    @Ctx() ctx: Context,
  ): Promise<JournalIssueDetail> {
    return addOpinionsToIssue(ctx, issueId, opinions);
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalIssueDetail, { description: "移出本期，回到待编辑" })
  removeOpinionFromIssue(@Arg("issueId", () => ID) issueId: string, @Arg("opinion", () => OpinionRefInput) opinion: OpinionRefInput, @Ctx() ctx: Context): Promise<JournalIssueDetail> {
    return removeOpinionFromIssue(ctx, issueId, opinion);
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalIssueDetail, { description: "调整本期各篇顺序（须列出本期全部信息）" })
  reorderJournalIssue(
    @Arg("issueId", () => ID) issueId: string,
    @Arg("version", () => Int) version: number,
    @Arg("opinionIds", () => [ID]) opinionIds: string[],
    @Ctx() ctx: Context,
  ): Promise<JournalIssueDetail> {
    return reorderJournalIssue(ctx, issueId, { version, opinionIds });
  }

  @Authorized("journal:manage")
  @Mutation(() => JournalIssueDetail, { description: "刊发：本期及其中各篇一并刊发" })
  publishJournalIssue(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context): Promise<JournalIssueDetail> {
    return publishJournalIssue(ctx, id, version);
  }
}
