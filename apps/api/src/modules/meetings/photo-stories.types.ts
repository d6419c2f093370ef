import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { PhotoStoryStatus } from "@zhzx/shared";
import { PhotoStoryStatusEnum } from "./meetings.enums";
import { MeetingRef } from "./speeches.types";

@ObjectType({ description: "履职风采图片；url 为同源地址（需登录）" })
export class PhotoStoryImageType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) caption!: string | null;
  @Field(() => String) mime!: string;
  @Field(() => Int) size!: number;
  @Field(() => String) url!: string;
  @Field(() => Int) sortOrder!: number;
}

@ObjectType("PhotoStory", { description: "履职风采：委员履职活动的图文报道" })
export class PhotoStoryType {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => PhotoStoryStatusEnum) status!: PhotoStoryStatus;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => MeetingRef, { nullable: true, description: "所报道的会议活动" }) meeting!: MeetingRef | null;
  @Field(() => [PhotoStoryImageType]) images!: PhotoStoryImageType[];
  @Field(() => String, { nullable: true, description: "封面（第一张图片）" }) coverUrl!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType()
export class PhotoStoryPage {
  @Field(() => [PhotoStoryType]) items!: PhotoStoryType[];
  @Field(() => Int) total!: number;
}

@InputType()
export class PhotoStoryInput {
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
}

@InputType({ description: "只修改给出的字段" })
export class UpdatePhotoStoryInput {
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) body?: string;
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
}
