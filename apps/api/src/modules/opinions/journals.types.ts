import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { JournalIssueStatus } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { JournalIssueStatusEnum } from "./opinions.enums";
import { OpinionListItem } from "./opinions.types";

@ObjectType({ description: "刊物类型，如《社情民意》《专报》" })
export class JournalTypeType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: "编印单位（空 = 本委员会办公室）" }) publisherName!: string | null;
  @Field(() => String, { nullable: true, description: "默认“报”送单位" }) reportTo!: string | null;
  @Field(() => String, { nullable: true, description: "默认“送”达单位" }) sendTo!: string | null;
  @Field(() => String, { nullable: true, description: "默认“发”放单位" }) distributeTo!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => Int, { description: "已有期数" }) issueCount!: number;
}

@InputType({ description: "刊物类型" })
export class JournalTypeInputType {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) publisherName?: string | null;
  @Field(() => String, { nullable: true }) reportTo?: string | null;
  @Field(() => String, { nullable: true }) sendTo?: string | null;
  @Field(() => String, { nullable: true }) distributeTo?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number | null;
  @Field(() => Boolean, { nullable: true, description: "停用后不能新建期刊，已有期刊不受影响" }) disabled?: boolean | null;
}

@ObjectType({ description: "期刊（某刊物某年第几期）" })
export class JournalIssueType {
  @Field(() => ID) id!: string;
  @Field(() => ID) typeId!: string;
  @Field(() => String) journalName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: "如“2025年第12期”" }) label!: string;
  @Field(() => String, { nullable: true, description: "本期标题（可空）" }) title!: string | null;
  @Field(() => JournalIssueStatusEnum) status!: JournalIssueStatus;
  @Field(() => String, { nullable: true, description: "刊发日期 YYYY-MM-DD" }) issueDate!: string | null;
  @Field(() => String, { nullable: true, description: "责任编辑" }) editorName!: string | null;
  @Field(() => String, { nullable: true, description: "签发人" }) signerName!: string | null;
  @Field(() => String, { nullable: true, description: "报" }) reportTo!: string | null;
  @Field(() => String, { nullable: true, description: "送" }) sendTo!: string | null;
  @Field(() => String, { nullable: true, description: "发" }) distributeTo!: string | null;
  @Field(() => Int) itemCount!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int, { description: "乐观锁版本" }) version!: number;
}

@ObjectType({ description: "期刊中的一篇（含正文）" })
export class JournalIssueItem extends OpinionListItem {
  @Field(() => String) content!: string;
}

@ObjectType({ description: "期刊详情：按编辑设定的顺序列出各篇" })
export class JournalIssueDetail extends JournalIssueType {
  @Field(() => String, { description: "编印单位" }) publisherName!: string;
  @Field(() => [JournalIssueItem]) items!: JournalIssueItem[];
}

@ObjectType()
export class JournalIssuePage {
  @Field(() => [JournalIssueType]) items!: JournalIssueType[];
  @Field(() => Int) total!: number;
}

@ArgsType()
export class JournalIssueListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) typeId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => JournalIssueStatusEnum, { nullable: true }) status?: JournalIssueStatus | null;
}

@InputType({ description: "新建期刊：期号为空时取该刊物当年下一期" })
export class JournalIssueCreateInputType {
  @Field(() => ID) typeId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: "指定期号（须未被使用），用于接续纸质刊物期号" }) number?: number | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) issueDate?: string | null;
  @Field(() => String, { nullable: true }) editorName?: string | null;
  @Field(() => String, { nullable: true }) signerName?: string | null;
  @Field(() => String, { nullable: true, description: "空 = 取刊物类型的默认值" }) reportTo?: string | null;
  @Field(() => String, { nullable: true }) sendTo?: string | null;
  @Field(() => String, { nullable: true }) distributeTo?: string | null;
}

@InputType({ description: "修改期刊版头与报送范围" })
export class JournalIssueUpdateInputType {
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) issueDate?: string | null;
  @Field(() => String, { nullable: true }) editorName?: string | null;
  @Field(() => String, { nullable: true }) signerName?: string | null;
  @Field(() => String, { nullable: true }) reportTo?: string | null;
  @Field(() => String, { nullable: true }) sendTo?: string | null;
  @Field(() => String, { nullable: true }) distributeTo?: string | null;
}
