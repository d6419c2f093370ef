import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { MeetingCategory, MeetingSpeechStatus } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { MeetingCategoryEnum, MeetingSpeechStatusEnum } from "./meetings.enums";
import { MeetingMemberRef } from "./meetings.types";

@ObjectType({ description: "会议活动（简要）" })
export class MeetingRef {
  @Field(() => ID) id!: string;
  @Field(() => MeetingCategoryEnum) category!: MeetingCategory;
  @Field(() => String) title!: string;
  @Field(() => Date) startsAt!: Date;
}

@ObjectType("MeetingSpeech", { description: "大会发言（书面发言稿）" })
export class MeetingSpeechType {
  @Field(() => ID) id!: string;
  @Field(() => MeetingRef) meeting!: MeetingRef;
  @Field(() => MeetingMemberRef) member!: MeetingMemberRef;
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => MeetingSpeechStatusEnum) status!: MeetingSpeechStatus;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => String, { nullable: true }) reviewerName!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewNote!: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class MeetingSpeechPage {
  @Field(() => [MeetingSpeechType]) items!: MeetingSpeechType[];
  @Field(() => Int) total!: number;
}

@InputType()
export class MeetingSpeechInput {
  @Field(() => String, { description: "发言题目" }) title!: string;
  @Field(() => String, { description: "发言内容" }) content!: string;
}

@ArgsType()
export class MeetingSpeechListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
  @Field(() => [MeetingSpeechStatusEnum], { nullable: true }) statuses?: MeetingSpeechStatus[] | null;
}
