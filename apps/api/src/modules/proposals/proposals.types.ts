import { Field, ID, Int, ObjectType } from "type-graphql";
import type {
  ProposalAssignmentRole, ProposalAssignmentStatus, ProposalCosignStatus, ProposalFeedbackDecision, NotFiledOutcome, ProposalState, ReplyResult, ProposalRequestKind, ProposalRequestStatus,
  ProposalReminderKind, ProposalSatisfaction, ProposalSubmitterType,
} from "@zhzx/shared";
import {
  AssignmentRoleEnum, AssignmentStatusEnum, CosignStatusEnum, FeedbackDecisionEnum, NotFiledDestinationEnum, ProposalStateEnum, ReplyResultEnum,
  ReminderKindEnum, RequestKindEnum, RequestStatusEnum, SatisfactionEnum, SubmitterTypeEnum,
} from "./proposals.enums";

@ObjectType({ description: "编号与名称（届次、会议、分类、承办单位等）" })
export class ProposalNamedRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "承办单位的一条申请：退回（RETURN）或延期（EXTENSION）" })
export class ProposalAssignmentRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) assignmentId!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => RequestKindEnum) kind!: ProposalRequestKind;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true, description: "申请延期至 YYYY-MM-DD" }) requestedDeadline!: string | null;
  @Field(() => RequestStatusEnum) status!: ProposalRequestStatus;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
}

@ObjectType({ description: "交办记录（办理追踪的一行）" })
export class ProposalAssignmentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => ProposalNamedRef) unit!: ProposalNamedRef;
  @Field(() => AssignmentRoleEnum) role!: ProposalAssignmentRole;
  @Field(() => AssignmentStatusEnum) status!: ProposalAssignmentStatus;
  @Field(() => String, { description: "办理期限 YYYY-MM-DD" }) deadline!: string;
  @Field(() => Date) assignedAt!: Date;
  @Field(() => Date, { nullable: true }) signedAt!: Date | null;
  @Field(() => Date, { nullable: true }) repliedAt!: Date | null;
  @Field(() => Int, { description: "距办理期限的天数（今天为 0，超期为负）" }) daysLeft!: number;
  @Field(() => Boolean, { description: "超期未答复" }) overdue!: boolean;
  @Field(() => String, { description: "可申请退回的最后一天 YYYY-MM-DD" }) returnUntil!: string;
  @Field(() => [ProposalAssignmentRequestType]) requests!: ProposalAssignmentRequestType[];
}

@ObjectType({ description: "提案（列表行）" })
export class ProposalSummary {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "乐观锁版本：每个流转操作须带上所见的版本，已被他人修改时返回 CONFLICT" }) version!: number;
  @Field(() => String) title!: string;
  @Field(() => ProposalStateEnum) state!: ProposalState;
  @Field(() => String, { description: "状态名称" }) stateLabel!: string;
  @Field(() => String, { nullable: true, description: "案号" }) caseNumber!: string | null;
  @Field(() => ProposalNamedRef, { description: "届次" }) session!: ProposalNamedRef;
  @Field(() => ProposalNamedRef, { nullable: true, description: "次会议" }) meeting!: ProposalNamedRef | null;
  @Field(() => ProposalNamedRef, { nullable: true }) category!: ProposalNamedRef | null;
  @Field(() => SubmitterTypeEnum) submitterType!: ProposalSubmitterType;
  @Field(() => String, { description: "提案人（委员姓名或集体名称）" }) submitterName!: string;
  @Field(() => ID, { nullable: true }) memberId!: string | null;
  @Field(() => ID, { nullable: true }) collectiveId!: string | null;
  @Field(() => Int, { description: "已确认的联名人数" }) cosignerCount!: number;
  @Field(() => Boolean, { description: "补录（工作人员代录入）" }) enteredByOffice!: boolean;
  @Field(() => Boolean, { description: "重点提案" }) isKey!: boolean;
  @Field(() => String, { nullable: true, description: "督办领导" }) keySupervisor!: string | null;
  @Field(() => ProposalNamedRef, { nullable: true, description: "主办单位（当前）" }) leadUnit!: ProposalNamedRef | null;
  @Field(() => [ProposalNamedRef], { description: "协办单位（当前）" }) coUnits!: ProposalNamedRef[];
  @Field(() => String, { nullable: true, description: "主办单位办理期限 YYYY-MM-DD" }) deadline!: string | null;
  @Field(() => Boolean, { description: "有超期未答复的交办" }) overdue!: boolean;
  @Field(() => ProposalAssignmentType, { nullable: true, description: "承办单位视角：本单位的交办记录" }) myAssignment!: ProposalAssignmentType | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) filedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class ProposalPage {
  @Field(() => [ProposalSummary]) items!: ProposalSummary[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: "联名人" })
export class ProposalCosignerType {
  @Field(() => ID) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => CosignStatusEnum) status!: ProposalCosignStatus;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date) invitedAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType({ description: "提案时间线上的一条记录" })
export class ProposalEventType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "操作（状态机动作或记录动作）" }) action!: string;
  @Field(() => String, { description: "操作名称" }) actionLabel!: string;
  @Field(() => ProposalStateEnum) fromState!: ProposalState;
  @Field(() => ProposalStateEnum) toState!: ProposalState;
  @Field(() => String) actorName!: string;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "附件（不含内容；内容用 proposalAttachment 查询）" })
export class ProposalAttachmentType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) mime!: string;
  @Field(() => Int) size!: number;
  @Field(() => ID, { nullable: true }) replyId!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "答复：主办单位（含办理结果）或协办单位意见" })
export class ProposalReplyType {
  @Field(() => ID) id!: string;
  @Field(() => ProposalNamedRef) unit!: ProposalNamedRef;
  @Field(() => Boolean) isLead!: boolean;
  @Field(() => ReplyResultEnum, { nullable: true }) result!: ReplyResult | null;
  @Field(() => String, { nullable: true }) resultLabel!: string | null;
  @Field(() => String, { description: "答复内容（已清理的 HTML）" }) content!: string;
  @Field(() => Int, { description: "办理轮次（重新办理后加 1）" }) round!: number;
  @Field(() => String) repliedByName!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [ProposalAttachmentType]) attachments!: ProposalAttachmentType[];
}

@ObjectType({ description: "委员评价及不满意审核" })
export class ProposalFeedbackType {
  @Field(() => ID) id!: string;
  @Field(() => Int) round!: number;
  @Field(() => SatisfactionEnum) satisfaction!: ProposalSatisfaction;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => FeedbackDecisionEnum, { nullable: true }) decision!: ProposalFeedbackDecision | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionComment!: string | null;
}

@ObjectType({ description: "并案所并入的提案" })
export class MergedProposalRef {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) caseNumber!: string | null;
}

@ObjectType({ description: "并入本提案的提案" })
export class MergedProposal extends MergedProposalRef {
  @Field(() => String) submitterName!: string;
  @Field(() => String, { description: "原提案内容（已清理的 HTML）" }) content!: string;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
}

@ObjectType({ description: "提案详情" })
export class ProposalDetail extends ProposalSummary {
  @Field(() => String, { description: "提案内容（已清理的 HTML）" }) content!: string;
  @Field(() => String, { nullable: true, description: "案由" }) reasons!: string | null;
  @Field(() => String, { nullable: true, description: "办法建议" }) suggestions!: string | null;
  @Field(() => String, { nullable: true, description: "最近一次退回理由" }) returnReason!: string | null;
  @Field(() => NotFiledDestinationEnum, { nullable: true }) notFiledDestination!: NotFiledOutcome | null;
  @Field(() => MergedProposalRef, { nullable: true, description: "并案：本提案已并入的提案" }) mergedInto!: MergedProposalRef | null;
  @Field(() => [MergedProposal], { description: "并案：并入本提案的提案（保留原文和提案人）" }) mergedProposals!: MergedProposal[];
  @Field(() => String, { nullable: true }) notFiledReason!: string | null;
  @Field(() => Int, { description: "办理轮次" }) round!: number;
  @Field(() => [ProposalCosignerType]) cosigners!: ProposalCosignerType[];
  @Field(() => [ProposalEventType], { description: "时间线（早的在前）" }) events!: ProposalEventType[];
  @Field(() => [ProposalAssignmentType], { description: "交办记录（含已退回的）" }) assignments!: ProposalAssignmentType[];
  @Field(() => [ProposalReplyType]) replies!: ProposalReplyType[];
  @Field(() => [ProposalFeedbackType]) feedbacks!: ProposalFeedbackType[];
  @Field(() => [ProposalAttachmentType], { description: "提案附件" }) attachments!: ProposalAttachmentType[];
  @Field(() => [String], { description: "当前用户现在可执行的状态机动作（用于显示按钮）" }) availableActions!: string[];
}

@ObjectType({ description: "联名邀请" })
export class ProposalCosignInvitation {
  @Field(() => ProposalSummary) proposal!: ProposalSummary;
  @Field(() => CosignStatusEnum) status!: ProposalCosignStatus;
  @Field(() => Date) invitedAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType({ description: "提案分类（平铺，按 parentId 组成树）" })
export class ProposalCategoryType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "完整路径，如“社会建设 / 教育”" }) path!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int, { description: "使用该分类的提案数（>0 时不能删除）" }) proposalCount!: number;
}

@ObjectType({ description: "提案工作设置（本委员会）" })
export class ProposalSettingsType {
  @Field(() => Int, { description: "默认办理期限（月）" }) assignDeadlineMonths!: number;
  @Field(() => Int, { description: "交办后可申请退回的天数" }) returnWindowDays!: number;
  @Field(() => Int, { description: "期限前多少天开始催办" }) reminderDaysBeforeDeadline!: number;
}

@ObjectType({ description: "附件内容" })
export class ProposalAttachmentFile {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}

@ObjectType({ description: "催办记录" })
export class ProposalReminderType {
  @Field(() => ID) id!: string;
  @Field(() => ID) proposalId!: string;
  @Field(() => ID) assignmentId!: string;
  @Field(() => ProposalNamedRef) unit!: ProposalNamedRef;
  @Field(() => ReminderKindEnum) kind!: ProposalReminderKind;
  @Field(() => String, { description: "YYYY-MM-DD" }) day!: string;
  @Field(() => String) message!: string;
  @Field(() => Date) createdAt!: Date;
}
