import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { InstructionInputType, OpinionTextEditInput } from "./opinions.inputs";
import { OpinionAttachmentType, OpinionDetail, OpinionInstructionType, UploadInstructionAttachmentInput } from "./opinions.types";
import { deleteInstructionAttachment, uploadInstructionAttachment } from "./use-cases/instruction-attachments";
import { forwardOpinionToParent } from "./use-cases/forward-opinion";
import { editOpinionText } from "./use-cases/opinion-versions";
import { deleteOpinionInstruction, recordOpinionInstruction } from "./use-cases/record-instruction";
import { discardOpinion, passFirstReview, passSecondReview, returnOpinion } from "./use-cases/review-opinion";

/** The editors' side: two-level review, 采编, 批示反馈, 上报. Every mutation carries the version it read. */
@Resolver()
export class OpinionReviewResolver {
  @Authorized("opinion:review")
  @Mutation(() => OpinionDetail, { description: "一审通过" })
  passOpinionFirstReview(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<OpinionDetail> {
    return passFirstReview(ctx, id, { version, comment });
  }

  @Authorized("opinion:review")
  @Mutation(() => OpinionDetail, { description: "二审通过（采用），进入待编辑" })
  passOpinionSecondReview(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<OpinionDetail> {
    return passSecondReview(ctx, id, { version, comment });
  }

  @Authorized("opinion:review")
  @Mutation(() => OpinionDetail, { description: "退回报送者（须填写理由）" })
  returnOpinion(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("reason", () => String) reason: string, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return returnOpinion(ctx, id, { version, reason });
  }

  @Authorized("opinion:review")
  @Mutation(() => OpinionDetail, { description: "转弃（不采用）" })
  discardOpinion(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<OpinionDetail> {
    return discardOpinion(ctx, id, { version, reason });
  }

  @Authorized("opinion:edit")
  @Mutation(() => OpinionDetail, { description: "审核或编辑中修改标题、正文（原稿保留，可查看差异）" })
  editOpinionText(@Arg("id", () => ID) id: string, @Arg("input", () => OpinionTextEditInput) input: OpinionTextEditInput, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return editOpinionText(ctx, id, input);
  }

  @Authorized("opinion:instruct")
  @Mutation(() => OpinionInstructionType, { description: "登记批示反馈（已刊发的信息）" })
  recordOpinionInstruction(
    @Arg("opinionId", () => ID) opinionId: string,
    @Arg("input", () => InstructionInputType) input: InstructionInputType,
    @Ctx() ctx: Context,
  ): Promise<OpinionInstructionType> {
    return recordOpinionInstruction(ctx, opinionId, input);
  }

  @Authorized("opinion:instruct")
  @Mutation(() => Boolean, { description: "删除误登记的批示反馈（留痕）" })
  deleteOpinionInstruction(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteOpinionInstruction(ctx, id);
  }

  @Authorized("opinion:instruct")
  @Mutation(() => OpinionAttachmentType, { description: "上传批示反馈附件（批示件、答复函等；PDF、Word、Excel、JPG、PNG，不超过 5 MB）" })
  uploadInstructionAttachment(@Arg("input", () => UploadInstructionAttachmentInput) input: UploadInstructionAttachmentInput, @Ctx() ctx: Context): Promise<OpinionAttachmentType> {
    return uploadInstructionAttachment(ctx, input);
  }

  @Authorized("opinion:instruct")
  @Mutation(() => Boolean, { description: "删除批示反馈附件（留痕）" })
  deleteInstructionAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteInstructionAttachment(ctx, id);
  }

  @Authorized("opinion:forward")
  @Mutation(() => OpinionDetail, { description: "上报上级政协（县区政协，已采用的信息）：进入上级政协审核列表，办理情况回传" })
  forwardOpinionToParent(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<OpinionDetail> {
    return forwardOpinionToParent(ctx, id);
  }
}
