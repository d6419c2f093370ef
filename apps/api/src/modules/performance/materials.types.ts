import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { MaterialStatus } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { MaterialStatusEnum } from "./performance.enums";

@ObjectType({ description: "委员（简要）" })
export class MemberNameRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "其他考核：工作人员录入的加分或扣分" })
export class PerformanceBonusType {
  @Field(() => ID) id!: string;
  @Field(() => MemberNameRef) member!: MemberNameRef;
  @Field(() => Float, { description: "分值（负数为扣分）" }) points!: number;
  @Field(() => String) reason!: string;
  @Field(() => String, { description: "日期 YYYY-MM-DD（计入该日所在年度）" }) occurredOn!: string;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Boolean) revoked!: boolean;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokedByName!: string | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
}

@ObjectType()
export class PerformanceBonusPage {
  @Field(() => [PerformanceBonusType]) items!: PerformanceBonusType[];
  @Field(() => Int) total!: number;
}

@InputType()
export class PerformanceBonusInput {
  @Field(() => ID) memberId!: string;
  @Field(() => Float, { description: "加分为正、扣分为负，最多两位小数，绝对值不超过 100" }) points!: number;
  @Field(() => String) reason!: string;
  @Field(() => String, { description: "YYYY-MM-DD" }) occurredOn!: string;
}

@ArgsType()
export class PerformanceBonusListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) memberId?: string | null;
  @Field(() => Int, { nullable: true, description: "年度" }) year?: number | null;
  @Field(() => Boolean, { defaultValue: false, description: "含已撤销的" }) includeRevoked!: boolean;
}

@ObjectType({ description: "履职材料附件（仅登记文件信息）" })
export class MaterialAttachmentType {
  @Field(() => String) name!: string;
  @Field(() => Int, { description: "字节数" }) size!: number;
  @Field(() => String, { nullable: true }) contentType!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
}

@InputType()
export class MaterialAttachmentInput {
  @Field(() => String) name!: string;
  @Field(() => Int) size!: number;
  @Field(() => String, { nullable: true }) contentType?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
}

@ObjectType({ description: "委员履职材料" })
export class PerformanceMaterialType {
  @Field(() => ID) id!: string;
  @Field(() => MemberNameRef) member!: MemberNameRef;
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => String, { description: "履职日期 YYYY-MM-DD（采纳后计入该日所在年度）" }) occurredOn!: string;
  @Field(() => [MaterialAttachmentType]) attachments!: MaterialAttachmentType[];
  @Field(() => MaterialStatusEnum) status!: MaterialStatus;
  @Field(() => String) statusLabel!: string;
  @Field(() => Boolean, { description: "由工作人员代为录入" }) enteredByStaff!: boolean;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => String, { nullable: true }) reviewerName!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class PerformanceMaterialPage {
  @Field(() => [PerformanceMaterialType]) items!: PerformanceMaterialType[];
  @Field(() => Int) total!: number;
}

@InputType()
export class PerformanceMaterialInput {
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => String, { description: "履职日期 YYYY-MM-DD" }) occurredOn!: string;
  @Field(() => [MaterialAttachmentInput], { nullable: true }) attachments?: MaterialAttachmentInput[] | null;
}

@ArgsType()
export class PerformanceMaterialListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) memberId?: string | null;
  @Field(() => MaterialStatusEnum, { nullable: true }) status?: MaterialStatus | null;
  @Field(() => Int, { nullable: true, description: "履职日期所在年度" }) year?: number | null;
  @Field(() => String, { nullable: true, description: "委员姓名或标题（包含）" }) search?: string | null;
}
