import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload, ImportResult } from "../organisation/files.types";
import { MemberFilter, MemberSort } from "./members.types";
import { MemberStatistics } from "./statistics.types";
import { getMemberStatistics } from "./use-cases/get-member-statistics";
import { importMembers } from "./use-cases/import-members";
import { exportMembers, exportMemberStatistics, memberImportTemplate } from "./use-cases/member-files";

@Resolver()
export class MemberFilesResolver {
  @Authorized("member:read")
  @Query(() => MemberStatistics, { description: "届内委员统计：按党派、界别、专委会、委员类型、性别、年龄段、学历、民族" })
  memberStatistics(
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("asOf", () => String, { nullable: true, description: "年龄基准日 YYYY-MM-DD，默认今天" }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<MemberStatistics> {
    return getMemberStatistics(ctx, sessionId, asOf);
  }

  @Authorized("member:read")
  @Query(() => FileDownload, { description: "届内委员统计导出为 Excel" })
  exportMemberStatistics(
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportMemberStatistics(ctx, sessionId, asOf);
  }

  /** A mutation, not a query: it writes an audit row. */
  @Authorized("member:read")
  @Mutation(() => FileDownload, { description: "按查询条件导出委员名单（.xlsx，最多 10000 条，留痕）；revealPhones 需 member:reveal-pii" })
  exportMembers(
    @Arg("filter", () => MemberFilter, { nullable: true }) filter: MemberFilter | null,
    @Arg("sort", () => MemberSort, { nullable: true }) sort: MemberSort | null,
    @Arg("revealPhones", () => Boolean, { defaultValue: false }) revealPhones: boolean,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportMembers(ctx, { filter, sort, revealPhones });
  }

  @Authorized("member:manage")
  @Query(() => FileDownload, { description: "委员导入模板（下拉选项取自本委员会字典）" })
  memberImportTemplate(@Ctx() ctx: Context): Promise<FileDownload> {
    return memberImportTemplate(ctx);
  }

  @Authorized("member:manage")
  @Mutation(() => ImportResult, { description: "从 Excel 批量导入委员到某届：先校验全部行，有错误则一行也不导入；dryRun 只校验" })
  importMembers(
    @Arg("sessionId", () => ID) sessionId: string,
    @Arg("fileBase64", () => String) fileBase64: string,
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportResult> {
    return importMembers(ctx, sessionId, fileBase64, dryRun);
  }
}
