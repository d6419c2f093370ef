import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { MeetingCategory } from "@zhzx/shared";
import { MeetingCategoryEnum } from "./meetings.enums";

@ObjectType("MeetingKind", { description: "会议/活动类型（本委员会可增改、停用）" })
export class MeetingKindType {
  @Field(() => ID) id!: string;
  @Field(() => MeetingCategoryEnum) category!: MeetingCategory;
  @Field(() => String) name!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Boolean, { description: "停用后不再可选，已有会议活动保留" }) disabled!: boolean;
}

@InputType()
export class CreateMeetingKindInput {
  @Field(() => MeetingCategoryEnum) category!: MeetingCategory;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
}

@InputType({ description: "只修改给出的字段（类别不可改）" })
export class UpdateMeetingKindInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => Boolean, { nullable: true }) disabled?: boolean;
}

type KindRow = { id: string; category: MeetingCategory; name: string; sortOrder: number; disabled: boolean };
export const presentMeetingKind = (k: KindRow): MeetingKindType => ({ id: k.id, category: k.category, name: k.name, sortOrder: k.sortOrder, disabled: k.disabled });
