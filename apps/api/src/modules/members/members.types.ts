import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { Gender, MemberSortField, SortDirection } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { DictItemType } from "../organisation/dictionaries.types";
import { GenderEnum, MemberSortFieldEnum, SortDirectionEnum } from "./members.enums";

@ObjectType({ description: "届次（简要）" })
export class SessionRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) number!: number;
  @Field(() => Boolean) isCurrent!: boolean;
}

@ObjectType({ description: "委员在某一届的任职：界别、党派、委员类型、专委会" })
export class MemberTermType {
  @Field(() => ID) id!: string;
  @Field(() => SessionRef) session!: SessionRef;
  @Field(() => DictItemType) sector!: DictItemType;
  @Field(() => DictItemType) party!: DictItemType;
  @Field(() => DictItemType) memberType!: DictItemType;
  @Field(() => DictItemType, { nullable: true }) specialCommittee!: DictItemType | null;
}

@ObjectType({ description: "委员档案" })
export class MemberType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => String, { nullable: true, description: "用户名（登录账号）" }) username!: string | null;
  @Field(() => String, { description: "姓名" }) name!: string;
  @Field(() => String, { description: "姓名全拼（无声调）" }) namePinyin!: string;
  @Field(() => String, { nullable: true, description: "曾用名" }) formerName!: string | null;
  @Field(() => GenderEnum, { description: "性别" }) gender!: Gender;
  @Field(() => String, { description: "出生日期 YYYY-MM-DD" }) birthDate!: string;
  @Field(() => Int, { description: "年龄（周岁，按今天计）" }) age!: number;
  @Field(() => DictItemType, { description: "民族" }) ethnicGroup!: DictItemType;
  @Field(() => String, { nullable: true, description: "籍贯" }) nativePlace!: string | null;
  @Field(() => DictItemType, { description: "学历" }) education!: DictItemType;
  @Field(() => String, { description: "工作单位职务" }) workUnitTitle!: string;
  @Field(() => String, { nullable: true, description: "单位联系地址" }) workAddress!: string | null;
  @Field(() => String, { description: "手机号码：管理端为掩码（138****5678），完整号码用 revealMemberPhone；本人查看为完整号码" })
  mobile!: string;
  @Field(() => Boolean, { description: "mobile 是否为掩码" }) mobileMasked!: boolean;
  @Field(() => MemberTermType, { nullable: true, description: "查询所指届次的任职；未指定届次时为最近一届" }) term!: MemberTermType | null;
  @Field(() => [MemberTermType], { description: "历届任职（新的在前）" }) terms!: MemberTermType[];
  @Field(() => Boolean, { description: "有待审核的本人修改申请" }) hasPendingChange!: boolean;
  @Field(() => String, { nullable: true, description: "照片地址（GET，凭登录会话）；无照片为空" }) photoUrl!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class MemberPage {
  @Field(() => [MemberType]) items!: MemberType[];
  @Field(() => Int) total!: number;
}

@InputType({ description: "委员查询条件：各项可任意组合（同一项内为“或”，各项之间为“且”）" })
export class MemberFilter {
  @Field(() => ID, { nullable: true, description: "届次；界别/党派/专委会/委员类型条件作用于该届的任职，未指定时作用于任一届" })
  sessionId?: string | null;
  @Field(() => [ID], { nullable: true }) sectorIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) partyIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) specialCommitteeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) memberTypeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) ethnicGroupIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) educationIds?: string[] | null;
  @Field(() => GenderEnum, { nullable: true }) gender?: Gender | null;
  @Field(() => String, { nullable: true, description: "姓名/曾用名：汉字按包含匹配；字母按拼音全拼（包含）或首字母（前缀）匹配，如 zhq" })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "工作单位职务（包含）" }) workUnit?: string | null;
  @Field(() => String, { nullable: true, description: "籍贯（包含）" }) nativePlace?: string | null;
  @Field(() => Boolean, { nullable: true, description: "是否已关联登录账号" }) hasAccount?: boolean | null;
}

@InputType()
export class MemberSort {
  @Field(() => MemberSortFieldEnum) field!: MemberSortField;
  @Field(() => SortDirectionEnum, { defaultValue: "ASC" }) direction!: SortDirection;
}

@ArgsType()
export class MemberListArgs extends PageArgs {
  @Field(() => MemberFilter, { nullable: true }) filter?: MemberFilter | null;
  @Field(() => MemberSort, { nullable: true, description: "默认按姓名拼音升序" }) sort?: MemberSort | null;
}

@InputType()
export class MemberTermInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) sectorId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => ID) memberTypeId!: string;
  @Field(() => ID, { nullable: true }) specialCommitteeId?: string | null;
}

@InputType({ description: "委员档案字段（部分）：未给出的字段不变，可选字段传 null 为清空" })
export class MemberProfilePatch {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) formerName?: string | null;
  @Field(() => GenderEnum, { nullable: true }) gender?: Gender;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) birthDate?: string;
  @Field(() => ID, { nullable: true }) ethnicGroupId?: string;
  @Field(() => String, { nullable: true }) nativePlace?: string | null;
  @Field(() => ID, { nullable: true }) educationId?: string;
  @Field(() => String, { nullable: true }) workUnitTitle?: string;
  @Field(() => String, { nullable: true }) workAddress?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string;
}

@InputType({ description: "工作人员修改委员档案" })
export class UpdateMemberInput extends MemberProfilePatch {
  @Field(() => String, { nullable: true, description: "关联登录账号（须有委员角色）；null 为解除关联" }) username?: string | null;
}

@InputType({ description: "新建委员档案" })
export class CreateMemberInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) formerName?: string | null;
  @Field(() => GenderEnum) gender!: Gender;
  @Field(() => String, { description: "YYYY-MM-DD" }) birthDate!: string;
  @Field(() => ID) ethnicGroupId!: string;
  @Field(() => String, { nullable: true }) nativePlace?: string | null;
  @Field(() => ID) educationId!: string;
  @Field(() => String) workUnitTitle!: string;
  @Field(() => String, { nullable: true }) workAddress?: string | null;
  @Field(() => String) mobile!: string;
  @Field(() => String, { nullable: true, description: "关联登录账号（须有委员角色）" }) username?: string | null;
  @Field(() => MemberTermInput, { nullable: true, description: "同时建立某一届的任职" }) term?: MemberTermInput | null;
}
