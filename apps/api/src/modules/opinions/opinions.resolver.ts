import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { MyOpinionListArgs, OpinionDraftInputType, OpinionListArgs } from "./opinions.inputs";
import {
  CosignerCandidate, OpinionAttachmentFile, OpinionAttachmentType, OpinionCosignRequest, OpinionDetail, OpinionDiff, OpinionInstructionType, OpinionPage, OpinionVersionType,
  UploadOpinionAttachmentInput,
} from "./opinions.types";
import { getInstructionAttachment } from "./use-cases/instruction-attachments";
import { deleteOpinionAttachment, getOpinionAttachment, uploadOpinionAttachment } from "./use-cases/opinion-attachments";
import { MyOpinionStatistics } from "./statistics.types";
import { getOpinion } from "./use-cases/get-opinion";
import { getMyOpinionStatistics } from "./use-cases/get-opinion-statistics";
import { listCosignerCandidates, listMyCosignRequests, listMyOpinions, listOpinions } from "./use-cases/list-opinions";
import { createOpinionDraft, deleteOpinionDraft, updateOpinionDraft } from "./use-cases/manage-opinion-draft";
import { diffOpinionVersions, listOpinionVersions } from "./use-cases/opinion-versions";
import { listOpinionInstructions } from "./use-cases/record-instruction";
import { cancelOpinionCosign, respondOpinionCosign, submitOpinion } from "./use-cases/submit-opinion";

/** 社情民意: reading, and the submitter's side (委员端 我的社情民意, 联名). */
@Resolver()
export class OpinionsResolver {
  @Authorized("opinion:read")
  @Query(() => OpinionPage, { description: "社情民意列表（审核、采编、全部信息）：不含报送者的草稿；每行带来源、已批示标记" })
  opinions(@Args(() => OpinionListArgs) args: OpinionListArgs, @Ctx() ctx: Context): Promise<OpinionPage> {
    return listOpinions(ctx, args);
  }

  @Authorized("opinion:read", "opinion:submit")
  @Query(() => OpinionDetail, { description: "社情民意详情：工作人员，或报送者本人及联名委员" })
  opinion(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return getOpinion(ctx, id);
  }

  @Authorized("opinion:submit")
  @Query(() => OpinionPage, { description: "我的社情民意（本人或本集体报送的，含草稿）" })
  myOpinions(@Args(() => MyOpinionListArgs) args: MyOpinionListArgs, @Ctx() ctx: Context): Promise<OpinionPage> {
    return listMyOpinions(ctx, args);
  }

  @Authorized("opinion:submit")
  @Query(() => [OpinionCosignRequest], { description: "邀请我联名的社情民意；pendingOnly 时只列待我确认的" })
  myOpinionCosignRequests(@Arg("pendingOnly", () => Boolean, { defaultValue: true }) pendingOnly: boolean, @Ctx() ctx: Context): Promise<OpinionCosignRequest[]> {
    return listMyCosignRequests(ctx, pendingOnly);
  }

  @Authorized("opinion:submit")
  @Query(() => [CosignerCandidate], { description: "选择联名委员：按姓名或拼音查找本委员会委员（最多 20 人）" })
  opinionCosignerCandidates(@Arg("search", () => String) search: string, @Ctx() ctx: Context): Promise<CosignerCandidate[]> {
    return listCosignerCandidates(ctx, search);
  }

  @Authorized("opinion:submit")
  @Query(() => MyOpinionStatistics, { description: "我的社情民意统计（委员端）" })
  myOpinionStatistics(@Ctx() ctx: Context): Promise<MyOpinionStatistics> {
    return getMyOpinionStatistics(ctx);
  }

  @Authorized("opinion:read", "opinion:submit")
  @Query(() => [OpinionVersionType], { description: "正文版本：1 为报送原稿，之后每次采编修改一版" })
  opinionVersions(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<OpinionVersionType[]> {
    return listOpinionVersions(ctx, id);
  }

  @Authorized("opinion:read", "opinion:submit")
  @Query(() => OpinionDiff, { description: "两个版本的逐行差异；默认原稿对最新版本" })
  opinionDiff(
    @Arg("id", () => ID) id: string,
    @Arg("fromNo", () => Int, { nullable: true }) fromNo: number | null,
    @Arg("toNo", () => Int, { nullable: true }) toNo: number | null,
    @Ctx() ctx: Context,
  ): Promise<OpinionDiff> {
    return diffOpinionVersions(ctx, id, fromNo, toNo);
  }

  @Authorized("opinion:read", "opinion:submit")
  @Query(() => [OpinionInstructionType], { description: "点击“已批示”：本级批示反馈，及上报件在上级政协的批示" })
  opinionInstructions(@Arg("opinionId", () => ID) opinionId: string, @Ctx() ctx: Context): Promise<OpinionInstructionType[]> {
    return listOpinionInstructions(ctx, opinionId);
  }

  @Authorized("opinion:read", "opinion:submit")
  @Query(() => OpinionAttachmentFile, { description: "下载附件：能查看该信息的人" })
  opinionAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<OpinionAttachmentFile> {
    return getOpinionAttachment(ctx, id);
  }

  @Authorized("opinion:read", "opinion:submit")
  @Query(() => OpinionAttachmentFile, { description: "下载批示反馈附件：能查看该信息的人（上报件也可下载上级政协回传批示的附件）" })
  instructionAttachment(@Arg("opinionId", () => ID) opinionId: string, @Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<OpinionAttachmentFile> {
    return getInstructionAttachment(ctx, opinionId, id);
  }

  @Authorized("opinion:submit")
  @Mutation(() => OpinionAttachmentType, { description: "上传附件（报送者本人，草稿或被退回时；PDF、Word、Excel、JPG、PNG，不超过 5 MB）" })
  uploadOpinionAttachment(@Arg("input", () => UploadOpinionAttachmentInput) input: UploadOpinionAttachmentInput, @Ctx() ctx: Context): Promise<OpinionAttachmentType> {
    return uploadOpinionAttachment(ctx, input);
  }

  @Authorized("opinion:submit")
  @Mutation(() => Boolean, { description: "删除附件（报送者本人，提交前）" })
  deleteOpinionAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteOpinionAttachment(ctx, id);
  }

  @Authorized("opinion:submit")
  @Mutation(() => OpinionDetail, { description: "新建社情民意草稿（可同时选择联名委员）" })
  createOpinionDraft(@Arg("input", () => OpinionDraftInputType) input: OpinionDraftInputType, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return createOpinionDraft(ctx, input);
  }

  @Authorized("opinion:submit")
  @Mutation(() => OpinionDetail, { description: "修改草稿或被退回的信息" })
  updateOpinionDraft(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("input", () => OpinionDraftInputType) input: OpinionDraftInputType,
    @Ctx() ctx: Context,
  ): Promise<OpinionDetail> {
    return updateOpinionDraft(ctx, id, version, input);
  }

  @Authorized("opinion:submit")
  @Mutation(() => Boolean, { description: "删除从未提交的草稿" })
  deleteOpinionDraft(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context): Promise<boolean> {
    return deleteOpinionDraft(ctx, id, version);
  }

  @Authorized("opinion:submit")
  @Mutation(() => OpinionDetail, { description: "提交：无联名时进入一审；有联名时先等待联名委员确认（COSIGNING）" })
  submitOpinion(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return submitOpinion(ctx, id, version);
  }

  @Authorized("opinion:submit")
  @Mutation(() => OpinionDetail, { description: "撤回联名邀请，回到草稿" })
  cancelOpinionCosign(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return cancelOpinionCosign(ctx, id, version);
  }

  @Authorized("opinion:submit")
  @Mutation(() => OpinionDetail, { description: "联名委员确认或谢绝；最后一人答复后信息进入一审" })
  respondOpinionCosign(@Arg("id", () => ID) id: string, @Arg("accept", () => Boolean) accept: boolean, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return respondOpinionCosign(ctx, id, accept);
  }
}
