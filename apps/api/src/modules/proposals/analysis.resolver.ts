import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { FileDownload } from "../organisation/files.types";
import { RoutingSuggestion, SimilarProposal, SimilarProposalsInput } from "./analysis.types";
import { ProposalFilter, ProposalSort, UploadProposalAttachmentInput } from "./inputs.types";
import { ProposalAttachmentFile, ProposalAttachmentType, ProposalReminderType } from "./proposals.types";
import { ProposalFeedbackArgs, ProposalFeedbackPage, ProposalStatistics, ProposalTrackingArgs, ProposalTrackingPage, ProposalUnitStatRow } from "./statistics.types";
import { exportProposals, exportProposalStatistics } from "./use-cases/export-proposals";
import { exportProposalDocx } from "./use-cases/export-proposal-docx";
import { findSimilarProposals, suggestProposalRouting } from "./use-cases/find-similar-proposals";
import { getProposalStatistics, unitStatistics, parseScope } from "./use-cases/get-proposal-statistics";
import { listProposalReminders } from "./use-cases/list-proposal-reminders";
import { deleteProposalAttachment, getProposalAttachment, uploadProposalAttachment } from "./use-cases/proposal-attachments";
import { listProposalFeedbacks, trackProposals } from "./use-cases/track-proposals";

/** Tracking, statistics, exports, 查重 and routing help, documents, reminders. */
@Resolver()
export class ProposalAnalysisResolver {
  @Authorized("proposal:read")
  @Query(() => ProposalStatistics, { description: "提案统计：分类×状态、提案人类型、承办单位、委员评价（可按届次、会议）" })
  proposalStatistics(
    @Arg("sessionId", () => ID, { nullable: true }) sessionId: string | null,
    @Arg("meetingId", () => ID, { nullable: true }) meetingId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProposalStatistics> {
    return getProposalStatistics(ctx, { sessionId, meetingId });
  }

  @Authorized("proposal:read")
  @Query(() => FileDownload, { description: "提案统计导出为 Excel（分类×状态、提案人类型、界别、承办单位、委员评价五个工作表）" })
  exportProposalStatistics(
    @Arg("sessionId", () => ID, { nullable: true }) sessionId: string | null,
    @Arg("meetingId", () => ID, { nullable: true }) meetingId: string | null,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportProposalStatistics(ctx, { sessionId, meetingId });
  }

  /** A mutation, not a query: it writes an audit row. */
  @Authorized("proposal:read", "proposal:submit", "proposal:handle")
  @Mutation(() => FileDownload, { description: "提案表（Word）：提案人、工作人员、承办单位均可导出其可见的提案，留痕" })
  exportProposalDocx(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportProposalDocx(ctx, id);
  }

  @Authorized("proposal:read")
  @Mutation(() => FileDownload, { description: "按查询条件导出提案列表（.xlsx，最多 10000 条，留痕）" })
  exportProposals(
    @Arg("filter", () => ProposalFilter, { nullable: true }) filter: ProposalFilter | null,
    @Arg("sort", () => ProposalSort, { nullable: true }) sort: ProposalSort | null,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportProposals(ctx, { filter, sort });
  }

  @Authorized("proposal:read")
  @Query(() => ProposalTrackingPage, { description: "办理追踪：有效交办逐条（签收、剩余天数、超期、待审核申请），期限近的在前" })
  proposalTracking(@Args(() => ProposalTrackingArgs) args: ProposalTrackingArgs, @Ctx() ctx: Context): Promise<ProposalTrackingPage> {
    return trackProposals(ctx, args);
  }

  @Authorized("proposal:read")
  @Query(() => [ProposalUnitStatRow], { description: "办理追踪（按承办单位汇总）" })
  proposalUnitTracking(@Arg("sessionId", () => ID, { nullable: true }) sessionId: string | null, @Ctx() ctx: Context): Promise<ProposalUnitStatRow[]> {
    const scope = parseScope({ sessionId });
    const tenantId = ctx.tenantId;
    return ctx.uow(({ db }) => unitStatistics(db, tenantId, scope));
  }

  @Authorized("proposal:read")
  @Query(() => ProposalFeedbackPage, { description: "委员评价查询；undecidedOnly 为待审核的不满意" })
  proposalFeedbacks(@Args(() => ProposalFeedbackArgs) args: ProposalFeedbackArgs, @Ctx() ctx: Context): Promise<ProposalFeedbackPage> {
    return listProposalFeedbacks(ctx, args);
  }

  @Authorized("proposal:read", "proposal:submit")
  @Query(() => [SimilarProposal], { description: "查重：同届已提交提案中与给定标题、内容相似的，按相似度从高到低" })
  similarProposals(@Arg("input", () => SimilarProposalsInput) input: SimilarProposalsInput, @Ctx() ctx: Context): Promise<SimilarProposal[]> {
    return findSimilarProposals(ctx, input);
  }

  @Authorized("proposal:manage")
  @Query(() => RoutingSuggestion, { description: "立案交办辅助：按相似的已立案提案推荐分类与主办单位" })
  suggestProposalRouting(@Arg("proposalId", () => ID) proposalId: string, @Ctx() ctx: Context): Promise<RoutingSuggestion> {
    return suggestProposalRouting(ctx, proposalId);
  }

  @Authorized("proposal:read", "proposal:handle")
  @Query(() => [ProposalReminderType], { description: "催办记录：承办单位看本单位的，提案委看全部" })
  proposalReminders(@Arg("limit", () => Int, { defaultValue: 100 }) limit: number, @Ctx() ctx: Context): Promise<ProposalReminderType[]> {
    return listProposalReminders(ctx, limit);
  }

  @Authorized("proposal:read", "proposal:submit", "proposal:handle")
  @Query(() => ProposalAttachmentFile, { description: "下载附件（能查看该提案的人）" })
  proposalAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ProposalAttachmentFile> {
    return getProposalAttachment(ctx, id);
  }

  @Authorized("proposal:submit", "proposal:manage", "proposal:handle")
  @Mutation(() => ProposalAttachmentType, { description: "上传附件（提案附件或答复附件）" })
  uploadProposalAttachment(@Arg("input", () => UploadProposalAttachmentInput) input: UploadProposalAttachmentInput, @Ctx() ctx: Context): Promise<ProposalAttachmentType> {
    return uploadProposalAttachment(ctx, input);
  }

  @Authorized("proposal:submit", "proposal:manage", "proposal:handle")
  @Mutation(() => Boolean, { description: "删除尚未发出的附件" })
  deleteProposalAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteProposalAttachment(ctx, id);
  }
}
