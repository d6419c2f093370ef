import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { CosignStatus, InstructionKind, JournalIssueStatus, OpinionAction, OpinionOrigin, OpinionState, OpinionSubmitterKind } from "@zhzx/shared";
import {
  CosignStatusEnum,
  DiffLineKindEnum,
  InstructionKindEnum,
  JournalIssueStatusEnum,
  OpinionActionEnum,
  OpinionOriginEnum,
  OpinionStateEnum,
  OpinionSubmitterKindEnum,
  type DiffLineKind,
} from "./opinions.enums";

@ObjectType({ description: "社情民意附件" })
export class OpinionAttachmentType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) mime!: string;
  @Field(() => Int) size!: number;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "附件内容（base64）" })
export class OpinionAttachmentFile {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}

@InputType({ description: "上传社情民意附件" })
export class UploadOpinionAttachmentInput {
  @Field(() => ID) opinionId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "文件内容 base64" }) fileBase64!: string;
}

@InputType({ description: "上传批示反馈附件（批示件扫描件、答复函等）" })
export class UploadInstructionAttachmentInput {
  @Field(() => ID) instructionId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "文件内容 base64" }) fileBase64!: string;
}

@ObjectType({ description: "所在刊物期次" })
export class OpinionIssueRef {
  @Field(() => ID) id!: string;
  @Field(() => ID) typeId!: string;
  @Field(() => String, { description: "刊物名称，如“社情民意”" }) journalName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: "如“2025年第12期”" }) label!: string;
  @Field(() => JournalIssueStatusEnum) status!: JournalIssueStatus;
}

@ObjectType({ description: "批示反馈" })
export class OpinionInstructionType {
  @Field(() => ID) id!: string;
  @Field(() => InstructionKindEnum) kind!: InstructionKind;
  @Field(() => String) kindLabel!: string;
  @Field(() => String, { description: "批示人或单位" }) authorName!: string;
  @Field(() => String, { nullable: true, description: "职务" }) authorTitle!: string | null;
  @Field(() => String, { description: "批示日期 YYYY-MM-DD" }) instructedAt!: string;
  @Field(() => String) content!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [OpinionAttachmentType], { description: "批示反馈的附件（上级政协回传的批示也带附件）" }) attachments!: OpinionAttachmentType[];
  @Field(() => String, { nullable: true, description: "上级政协回传的批示：上级政协名称；本级登记的为空" }) sourceTenantName?: string | null;
}

@ObjectType({ description: "上报上级政协后的办理情况（由上级政协回传，只读）" })
export class OpinionUpward {
  @Field(() => ID) parentTenantId!: string;
  @Field(() => String, { description: "上级政协名称" }) parentTenantName!: string;
  @Field(() => ID) parentOpinionId!: string;
  @Field(() => Date) forwardedAt!: Date;
  @Field(() => OpinionStateEnum, { description: "在上级政协的状态" }) state!: OpinionState;
  @Field(() => String) stateLabel!: string;
  @Field(() => Boolean, { description: "是否被上级政协采用" }) adopted!: boolean;
  @Field(() => Date, { nullable: true }) adoptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => String, { nullable: true }) discardReason!: string | null;
  @Field(() => String, { nullable: true, description: "如“《社情民意》2025年第3期”" }) issueLabel!: string | null;
  @Field(() => [OpinionInstructionType], { description: "上级政协登记的批示反馈" }) instructions!: OpinionInstructionType[];
}

@ObjectType({ description: "县区上报件的来源" })
export class OpinionSource {
  @Field(() => ID) tenantId!: string;
  @Field(() => String) tenantName!: string;
  @Field(() => ID) opinionId!: string;
}

@ObjectType({ description: "社情民意（列表行）" })
export class OpinionListItem {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => OpinionStateEnum) state!: OpinionState;
  @Field(() => String) stateLabel!: string;
  @Field(() => OpinionOriginEnum) origin!: OpinionOrigin;
  @Field(() => String, { description: "来源标记，如“提案转来”“县区上报”" }) originLabel!: string;
  @Field(() => OpinionSubmitterKindEnum) submitterKind!: OpinionSubmitterKind;
  @Field(() => String, { description: "报送者：委员姓名、集体名称或县区政协" }) submitterName!: string;
  @Field(() => String, { nullable: true, description: "县区上报件：来源县区政协" }) sourceTenantName!: string | null;
  @Field(() => Int, { description: "联名人数（不含谢绝）" }) cosignerCount!: number;
  @Field(() => Boolean, { description: "已批示（红色标记）：本级或上级政协有批示反馈" }) instructed!: boolean;
  @Field(() => Int, { description: "本级登记的批示反馈条数" }) instructionCount!: number;
  @Field(() => OpinionIssueRef, { nullable: true }) issue!: OpinionIssueRef | null;
  @Field(() => Int, { nullable: true, description: "在期刊中的顺序" }) issueOrder!: number | null;
  @Field(() => Boolean, { description: "已上报上级政协" }) forwarded!: boolean;
  @Field(() => OpinionUpward, { nullable: true, description: "上报后的上级办理情况" }) upward!: OpinionUpward | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) adoptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int, { description: "乐观锁版本：每个修改或流转操作都须带上" }) version!: number;
}

@ObjectType({ description: "联名委员" })
export class OpinionCosignerType {
  @Field(() => ID) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => CosignStatusEnum) status!: CosignStatus;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
}

@ObjectType({ description: "流转记录" })
export class OpinionEventType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "动作（OpinionAction 之一，或 edit / forward / instruct / receiveFromCounty / createFromProposal）" }) action!: string;
  @Field(() => String) actionLabel!: string;
  @Field(() => OpinionStateEnum, { nullable: true }) fromState!: OpinionState | null;
  @Field(() => OpinionStateEnum) toState!: OpinionState;
  @Field(() => String) actorName!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "社情民意详情" })
export class OpinionDetail extends OpinionListItem {
  @Field(() => String) content!: string;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => String, { nullable: true }) discardReason!: string | null;
  @Field(() => ID, { nullable: true, description: "提案转来：原提案" }) sourceProposalId!: string | null;
  @Field(() => OpinionSource, { nullable: true }) source!: OpinionSource | null;
  @Field(() => ID, { nullable: true, description: "所属届次" }) sessionId!: string | null;
  @Field(() => Date, { nullable: true }) firstReviewedAt!: Date | null;
  @Field(() => [OpinionCosignerType]) cosigners!: OpinionCosignerType[];
  @Field(() => [OpinionEventType], { description: "流转记录，按时间" }) events!: OpinionEventType[];
  @Field(() => [OpinionInstructionType], { description: "本级批示反馈" }) instructions!: OpinionInstructionType[];
  @Field(() => [OpinionAttachmentType], { description: "附件" }) attachments!: OpinionAttachmentType[];
  @Field(() => Int, { description: "正文版本数（1 = 只有原稿）" }) versionCount!: number;
  @Field(() => [OpinionActionEnum], { description: "当前用户此刻可执行的流转动作（界面据此显示按钮）" }) availableActions!: OpinionAction[];
  @Field(() => Boolean, { description: "当前用户可修改正文（草稿或审核中采编）" }) canEdit!: boolean;
  @Field(() => Boolean, { description: "当前用户可上报上级政协" }) canForward!: boolean;
  @Field(() => Boolean, { description: "当前用户可登记批示反馈" }) canInstruct!: boolean;
}

@ObjectType()
export class OpinionPage {
  @Field(() => [OpinionListItem]) items!: OpinionListItem[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "待我确认的联名邀请" })
export class OpinionCosignRequest {
  @Field(() => OpinionListItem) opinion!: OpinionListItem;
  @Field(() => CosignStatusEnum) myStatus!: CosignStatus;
  @Field(() => Date) invitedAt!: Date;
}

@ObjectType({ description: "正文版本（1 = 报送原稿）" })
export class OpinionVersionType {
  @Field(() => Int) no!: number;
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => String) editorName!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "差异中的一行" })
export class DiffLine {
  @Field(() => DiffLineKindEnum) kind!: DiffLineKind;
  @Field(() => String) text!: string;
  @Field(() => Int, { nullable: true, description: "旧版本中的行号" }) oldLine!: number | null;
  @Field(() => Int, { nullable: true, description: "新版本中的行号" }) newLine!: number | null;
}

@ObjectType({ description: "两个版本之间的逐行差异" })
export class OpinionDiff {
  @Field(() => Int) fromNo!: number;
  @Field(() => Int) toNo!: number;
  @Field(() => String) fromTitle!: string;
  @Field(() => String) toTitle!: string;
  @Field(() => Boolean) titleChanged!: boolean;
  @Field(() => [DiffLine]) lines!: DiffLine[];
  @Field(() => Int) added!: number;
  @Field(() => Int) removed!: number;
}

@ObjectType({ description: "可邀请联名的委员（仅姓名）" })
export class CosignerCandidate {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}
