import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import type { InstructionKind, OpinionOrigin, OpinionState } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { InstructionKindEnum, OpinionOriginEnum, OpinionStateEnum } from "./opinions.enums";

@InputType({ description: "社情民意正文（草稿）" })
export class OpinionDraftInputType {
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => [ID], { nullable: true, description: "联名委员（本委员会委员档案 id）；提交时等待他们确认" }) cosignerMemberIds?: string[] | null;
}

@InputType({ description: "审核中修改正文（原稿保留为版本）" })
export class OpinionTextEditInput {
  @Field(() => Int) version!: number;
  @Field(() => String) title!: string;
  @Field(() => String) content!: string;
  @Field(() => String, { nullable: true, description: "修改说明" }) note?: string | null;
}

@InputType({ description: "社情民意查询条件" })
export class OpinionFilter {
  @Field(() => [OpinionStateEnum], { nullable: true, description: "状态（如审核列表：SUBMITTED；待编辑：SECOND_REVIEWED）" }) states?: OpinionState[] | null;
  @Field(() => OpinionOriginEnum, { nullable: true }) origin?: OpinionOrigin | null;
  @Field(() => String, { nullable: true, description: "标题或报送者包含" }) search?: string | null;
  @Field(() => ID, { nullable: true, description: "届次" }) sessionId?: string | null;
  @Field(() => String, { nullable: true, description: "报送日期起 YYYY-MM-DD" }) from?: string | null;
  @Field(() => String, { nullable: true, description: "报送日期止 YYYY-MM-DD" }) to?: string | null;
  @Field(() => Boolean, { nullable: true, description: "只看已批示 / 未批示（本级）" }) instructed?: boolean | null;
  @Field(() => ID, { nullable: true, description: "所在期刊" }) issueId?: string | null;
}

@ArgsType()
export class OpinionListArgs extends PageArgs {
  @Field(() => OpinionFilter, { nullable: true }) filter?: OpinionFilter | null;
}

@ArgsType()
export class MyOpinionListArgs extends PageArgs {
  @Field(() => [OpinionStateEnum], { nullable: true }) states?: OpinionState[] | null;
}

@InputType({ description: "批示反馈" })
export class InstructionInputType {
  @Field(() => InstructionKindEnum) kind!: InstructionKind;
  @Field(() => String, { description: "批示人或单位" }) authorName!: string;
  @Field(() => String, { nullable: true, description: "职务" }) authorTitle?: string | null;
  @Field(() => String, { description: "批示日期 YYYY-MM-DD" }) instructedAt!: string;
  @Field(() => String) content!: string;
}

@InputType({ description: "带版本号的社情民意引用（乐观锁）" })
export class OpinionRefInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType({ description: "统计条件：届次、报送日期范围（均可空）" })
export class OpinionStatisticsFilterInput {
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
  @Field(() => String, { nullable: true, description: "报送日期起 YYYY-MM-DD" }) from?: string | null;
  @Field(() => String, { nullable: true, description: "报送日期止 YYYY-MM-DD" }) to?: string | null;
}
