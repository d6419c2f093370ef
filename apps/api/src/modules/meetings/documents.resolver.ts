import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../context/context";
import { MeetingDocumentType } from "./meetings.types";
import { addMeetingDocument, deleteMeetingDocument, updateMeetingDocument } from "./use-cases/manage-meeting-documents";

@InputType({ description: "文字形式的会议文件；附件经 POST /files/meetings/:meetingId/documents 上传" })
export class MeetingDocumentInput {
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
}

@InputType({ description: "只修改给出的字段；body 为 null 清空正文（仅限有附件的文件）" })
export class UpdateMeetingDocumentInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) body?: string | null;
}

@Resolver()
export class MeetingDocumentsResolver {
  @Authorized("meeting:manage")
  @Mutation(() => MeetingDocumentType, { description: "添加文字会议文件（草稿或已发布的会议活动）" })
  addMeetingDocument(@Arg("meetingId", () => ID) meetingId: string, @Arg("input", () => MeetingDocumentInput) input: MeetingDocumentInput, @Ctx() ctx: Context): Promise<MeetingDocumentType> {
    return addMeetingDocument(ctx, meetingId, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => MeetingDocumentType, { description: "修改会议文件的标题或正文" })
  updateMeetingDocument(@Arg("id", () => ID) id: string, @Arg("input", () => UpdateMeetingDocumentInput) input: UpdateMeetingDocumentInput, @Ctx() ctx: Context): Promise<MeetingDocumentType> {
    return updateMeetingDocument(ctx, id, input);
  }

  @Authorized("meeting:manage")
  @Mutation(() => Boolean, { description: "删除会议文件" })
  deleteMeetingDocument(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return deleteMeetingDocument(ctx, id);
  }
}
