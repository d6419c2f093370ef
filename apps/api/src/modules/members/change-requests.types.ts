import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import type { ChangeRequestStatus } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { ChangeRequestStatusEnum } from "./members.enums";

@ObjectType({ description: "一个字段的修改：原值 → 新值（显示文本）" })
export class FieldChangeType {
  @Field(() => String, { description: "字段名，如 mobile" }) field!: string;
  @Field(() => String, { description: "字段中文名，如 手机号码" }) label!: string;
  @Field(() => String, { nullable: true, description: "原值（工作人员看到的原手机号为掩码）" }) from!: string | null;
  @Field(() => String, { nullable: true, description: "新值" }) to!: string | null;
}

@ObjectType({ description: "委员本人提交的信息修改申请" })
export class MemberChangeRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => String) memberName!: string;
  @Field(() => ChangeRequestStatusEnum) status!: ChangeRequestStatus;
  @Field(() => [FieldChangeType]) changes!: FieldChangeType[];
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "审核人姓名" }) reviewerName!: string | null;
  @Field(() => String, { nullable: true, description: "驳回理由" }) rejectReason!: string | null;
}

@ObjectType()
export class MemberChangeRequestPage {
  @Field(() => [MemberChangeRequestType]) items!: MemberChangeRequestType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class ChangeRequestListArgs extends PageArgs {
  @Field(() => ChangeRequestStatusEnum, { nullable: true, description: "默认全部；待审核的按提交时间先后" }) status?: ChangeRequestStatus | null;
  @Field(() => ID, { nullable: true }) memberId?: string | null;
}
