import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import type {
  ProposalAttachmentKind, NotFiledDestination, ProposalList, ProposalSortField, ProposalState, ReplyResult, ProposalRequestKind, ProposalSatisfaction, SortDirection, ProposalSubmitterType,
} from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { SortDirectionEnum } from "../members/members.enums";
import {
  AttachmentKindEnum, NotFiledDestinationEnum, ProposalListEnum, ProposalSortFieldEnum, ProposalStateEnum, ReplyResultEnum, RequestKindEnum, SatisfactionEnum,
  SubmitterTypeEnum,
} from "./proposals.enums";

@InputType({ description: "提案分类" })
export class ProposalCategoryInput {
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true, description: "上级分类；空为顶级" }) parentId?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}

@InputType({ description: "只修改给出的字段" })
export class UpdateProposalCategoryInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
}

@InputType()
export class ProposalSettingsInput {
  @Field(() => Int) assignDeadlineMonths!: number;
  @Field(() => Int) returnWindowDays!: number;
  @Field(() => Int) reminderDaysBeforeDeadline!: number;
}

@InputType({ description: "新建提案（草稿）。委员/集体用户为本人提交；提案委补录时填 memberId 或 collectiveId" })
export class CreateProposalInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "富文本 HTML，服务器端清理" }) content!: string;
  @Field(() => String, { nullable: true, description: "案由" }) reasons?: string | null;
  @Field(() => String, { nullable: true, description: "办法建议" }) suggestions?: string | null;
  @Field(() => ID, { nullable: true, description: "补录：提案委员" }) memberId?: string | null;
  @Field(() => ID, { nullable: true, description: "补录：集体提案单位" }) collectiveId?: string | null;
}

@InputType({ description: "修改草稿或退回的提案：只修改给出的字段" })
export class UpdateProposalInput {
  @Field(() => ID, { nullable: true }) sessionId?: string;
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) content?: string;
  @Field(() => String, { nullable: true }) reasons?: string | null;
  @Field(() => String, { nullable: true }) suggestions?: string | null;
}

@InputType({ description: "一次状态流转：提案编号、所见的版本号、意见" })
export class ProposalTransitionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "提案的 version（乐观锁）" }) version!: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class InviteProposalCosignersInput extends ProposalTransitionInput {
  @Field(() => [ID], { description: "被邀请联名的委员（本委员会）" }) memberIds!: string[];
}

@InputType()
export class AnswerProposalCosignInput {
  @Field(() => ID) proposalId!: string;
  @Field(() => Boolean, { description: "true 确认联名，false 拒绝" }) accept!: boolean;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class ReturnProposalInput extends ProposalTransitionInput {
  @Field(() => String, { description: "退回理由" }) reason!: string;
}

@InputType()
export class DeclineProposalInput extends ProposalTransitionInput {
  @Field(() => NotFiledDestinationEnum) destination!: NotFiledDestination;
  @Field(() => String, { description: "不予立案理由" }) reason!: string;
}

@InputType({ description: "并案：把本提案并入同届次的另一件提案" })
export class MergeProposalInput extends ProposalTransitionInput {
  @Field(() => ID, { description: "并入的目标提案" }) intoId!: string;
  @Field(() => String, { nullable: true, description: "并案说明" }) reason?: string | null;
}

@InputType()
export class FileProposalInput extends ProposalTransitionInput {
  @Field(() => ID, { nullable: true, description: "立案时确定分类（未给出则用提案原分类）" }) categoryId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "重点提案" }) isKey?: boolean | null;
  @Field(() => String, { nullable: true, description: "督办领导（重点提案必填）" }) keySupervisor?: string | null;
}

@InputType()
export class SetKeyProposalInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean) isKey!: boolean;
  @Field(() => String, { nullable: true }) keySupervisor?: string | null;
}

@InputType()
export class AssignProposalInput extends ProposalTransitionInput {
  @Field(() => ID, { description: "主办单位" }) leadUnitId!: string;
  @Field(() => [ID], { nullable: true, description: "协办单位" }) coUnitIds?: string[] | null;
  @Field(() => String, { nullable: true, description: "办理期限 YYYY-MM-DD；默认今天起按设置的月数" }) deadline?: string | null;
}

@InputType({ description: "承办单位申请退回（交办后限定天数内、签收前）或延期" })
export class ProposalAssignmentRequestInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => RequestKindEnum) kind!: ProposalRequestKind;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true, description: "延期申请：申请延期至 YYYY-MM-DD" }) requestedDeadline?: string | null;
}

@InputType()
export class DecideProposalAssignmentRequestInput {
  @Field(() => ID) requestId!: string;
  @Field(() => Boolean, { description: "true 同意，false 驳回" }) approve!: boolean;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class ReplyProposalInput extends ProposalTransitionInput {
  @Field(() => ReplyResultEnum) result!: ReplyResult;
  @Field(() => String, { description: "答复函内容（HTML，服务器端清理）" }) content!: string;
}

@InputType({ description: "协办单位意见" })
export class ProposalCoReplyInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => String) content!: string;
}

@InputType()
export class RateProposalInput extends ProposalTransitionInput {
  @Field(() => SatisfactionEnum) satisfaction!: ProposalSatisfaction;
}

@InputType()
export class RehandleProposalInput extends ProposalTransitionInput {
  @Field(() => String, { nullable: true, description: "主办单位新的办理期限 YYYY-MM-DD（不填则不变）" }) deadline?: string | null;
}

@InputType({ description: "上传附件：PDF、Word（docx）、Excel（xlsx）、JPG、PNG，按内容识别，最大 5 MB" })
export class UploadProposalAttachmentInput {
  @Field(() => ID) proposalId!: string;
  @Field(() => AttachmentKindEnum, { description: "PROPOSAL 提案附件（提案人），REPLY 答复附件（承办单位，答复时关联）" }) kind!: ProposalAttachmentKind;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "文件内容 base64" }) fileBase64!: string;
}

@InputType({ description: "提案查询条件（各项之间为“且”）" })
export class ProposalFilter {
  @Field(() => ProposalListEnum, { nullable: true, description: "管理端列表（一审、二审、重点、不满意……）" }) list?: ProposalList | null;
  @Field(() => ID, { nullable: true, description: "届次" }) sessionId?: string | null;
  @Field(() => ID, { nullable: true, description: "次会议" }) meetingId?: string | null;
  @Field(() => ID, { nullable: true, description: "分类（含下级分类）" }) categoryId?: string | null;
  @Field(() => SubmitterTypeEnum, { nullable: true }) submitterType?: ProposalSubmitterType | null;
  @Field(() => String, { nullable: true, description: "标题（包含）" }) title?: string | null;
  @Field(() => String, { nullable: true, description: "案号（包含）" }) caseNumber?: string | null;
  @Field(() => String, { nullable: true, description: "提案人（包含）" }) submitterName?: string | null;
  @Field(() => [ProposalStateEnum], { nullable: true }) states?: ProposalState[] | null;
  @Field(() => ID, { nullable: true, description: "承办单位（当前交办）" }) unitId?: string | null;
  @Field(() => Boolean, { nullable: true }) isKey?: boolean | null;
  @Field(() => String, { nullable: true, description: "关键词（标题、内容、案号、提案人任一包含）" }) keyword?: string | null;
  @Field(() => String, { nullable: true, description: "提交日期起 YYYY-MM-DD（北京时间，含当天）" }) submittedFrom?: string | null;
  @Field(() => String, { nullable: true, description: "提交日期止 YYYY-MM-DD（北京时间，含当天）" }) submittedTo?: string | null;
}

@InputType()
export class ProposalSort {
  @Field(() => ProposalSortFieldEnum) field!: ProposalSortField;
  @Field(() => SortDirectionEnum, { defaultValue: "DESC" }) direction!: SortDirection;
}

@ArgsType()
export class ProposalListArgs extends PageArgs {
  @Field(() => ProposalFilter, { nullable: true }) filter?: ProposalFilter | null;
  @Field(() => ProposalSort, { nullable: true, description: "默认按创建时间倒序" }) sort?: ProposalSort | null;
}
