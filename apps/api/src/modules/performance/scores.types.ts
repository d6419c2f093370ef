import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { AssessmentType, Gender, PerformanceEventKind, ScoreCapReason, SortDirection } from "@zhzx/shared";
import { PageArgs } from "../../core/pagination";
import { GenderEnum, SortDirectionEnum } from "../members/members.enums";
import { SessionRef } from "../members/members.types";
import { AssessmentTypeEnum, PerformanceEventKindEnum, ScoreCapReasonEnum } from "./performance.enums";
import { GradeBandType, PerformanceScoreRunType, RuleSetVersionRef } from "./rules.types";

@InputType({ description: "考核期：年度考核须给出 year（sessionId 可选，决定参评委员，默认该年所属届次）；届内考核须给出 sessionId" })
export class PerformancePeriodInput {
  @Field(() => AssessmentTypeEnum) assessmentType!: AssessmentType;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => ID, { nullable: true }) sessionId?: string | null;
}

@InputType({ description: "委员评分/履职档案查询条件：界别、党派、委员类型、专委会按该届任职；各项之间为“且”" })
export class PerformanceScoreFilter {
  @Field(() => [ID], { nullable: true }) sectorIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) partyIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) memberTypeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) specialCommitteeIds?: string[] | null;
  @Field(() => GenderEnum, { nullable: true }) gender?: Gender | null;
  @Field(() => [String], { nullable: true, description: "等级名称，如 优秀" }) grades?: string[] | null;
  @Field(() => String, { nullable: true, description: "姓名（包含）或拼音" }) name?: string | null;
}

@ArgsType()
export class PerformanceScoreArgs extends PageArgs {
  @Field(() => PerformancePeriodInput) period!: PerformancePeriodInput;
  @Field(() => PerformanceScoreFilter, { nullable: true }) filter?: PerformanceScoreFilter | null;
  @Field(() => SortDirectionEnum, { defaultValue: "DESC", description: "按总分排序：DESC 从高到低，ASC 从低到高；同分按姓名拼音" })
  direction!: SortDirection;
  @Field(() => ID, { nullable: true, description: "读取某次存档的分数（默认按当前规则与事项实时计算）" }) runId?: string | null;
}

@ObjectType({ description: "字典项（简要）" })
export class NamedRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: "参评委员（简要）" })
export class PerformanceMemberRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => GenderEnum) gender!: Gender;
  @Field(() => String, { description: "工作单位职务" }) workUnitTitle!: string;
}

@ObjectType({ description: "委员在考核期内的得分与排名" })
export class PerformanceScoreRow {
  @Field(() => PerformanceMemberRef) member!: PerformanceMemberRef;
  @Field(() => NamedRef) sector!: NamedRef;
  @Field(() => NamedRef) party!: NamedRef;
  @Field(() => NamedRef) memberType!: NamedRef;
  @Field(() => NamedRef, { nullable: true }) specialCommittee!: NamedRef | null;
  @Field(() => Float, { description: "总分（已按上限削减）" }) total!: number;
  @Field(() => Float, { description: "未计上限时的分数" }) rawTotal!: number;
  @Field(() => Float, { description: "因上限未计入的分数（rawTotal − total）" }) cappedPoints!: number;
  @Field(() => Int, { description: "计分的履职事项数" }) eventCount!: number;
  @Field(() => Int, { description: "名次（1 为最高；同分同名次；在筛选后的委员中排名）" }) rank!: number;
  @Field(() => String, { nullable: true, description: "等级；未设置等级时为空" }) grade!: string | null;
}

@ObjectType({ description: "考核期" })
export class PerformancePeriodType {
  @Field(() => AssessmentTypeEnum) assessmentType!: AssessmentType;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => SessionRef) session!: SessionRef;
  @Field(() => String) firstDay!: string;
  @Field(() => String) lastDay!: string;
}

@ObjectType()
export class PerformanceScorePage {
  @Field(() => [PerformanceScoreRow]) items!: PerformanceScoreRow[];
  @Field(() => Int) total!: number;
  @Field(() => PerformancePeriodType) period!: PerformancePeriodType;
  @Field(() => [RuleSetVersionRef], { description: "计分所依据的考核办法版本" }) ruleSetVersions!: RuleSetVersionRef[];
  @Field(() => [GradeBandType], { description: "本考核期的等级（筛选项）" }) grades!: GradeBandType[];
  @Field(() => PerformanceScoreRunType, { nullable: true, description: "读取存档时为该存档" }) run!: PerformanceScoreRunType | null;
}

@ObjectType({ description: "得分明细的一行：一条履职事项如何计分" })
export class ScoreLineType {
  @Field(() => ID) eventId!: string;
  @Field(() => PerformanceEventKindEnum) kind!: PerformanceEventKind;
  @Field(() => String) kindLabel!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String, { description: "发生日 YYYY-MM-DD（北京时间）" }) day!: string;
  @Field(() => Int, { description: "所属自然年（上限按年计）" }) year!: number;
  @Field(() => String, { description: "来源类型，如 Proposal、Meeting、Bonus、Material" }) sourceType!: string;
  @Field(() => String) sourceId!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true }) ruleId!: string | null;
  @Field(() => ID, { nullable: true }) ruleSetId!: string | null;
  @Field(() => String, { nullable: true }) ruleSetName!: string | null;
  @Field(() => Int, { nullable: true }) ruleSetVersion!: number | null;
  @Field(() => String, { nullable: true }) ruleDescription!: string | null;
  @Field(() => Float, { nullable: true, description: "规则每项分值；为空为按录入分值" }) rulePoints!: number | null;
  @Field(() => Float, { nullable: true, description: "事项自带分值（其他考核）" }) eventPoints!: number | null;
  @Field(() => Int, { nullable: true }) maxItems!: number | null;
  @Field(() => Float, { nullable: true }) maxPointsPerYear!: number | null;
  @Field(() => Int, { nullable: true, description: "当年同一规则下的第几项" }) itemIndex!: number | null;
  @Field(() => Float, { description: "按规则应得（未计上限）" }) rawPoints!: number;
  @Field(() => Float, { description: "实得" }) points!: number;
  @Field(() => Float, { description: "因上限未计入（rawPoints − points）" }) cappedPoints!: number;
  @Field(() => ScoreCapReasonEnum, { nullable: true }) capReason!: ScoreCapReason | null;
  @Field(() => String, { nullable: true, description: "削减或不计分的说明" }) capNote!: string | null;
}

@ObjectType({ description: "按年度与事项类别汇总" })
export class ScoreSummaryType {
  @Field(() => Int) year!: number;
  @Field(() => PerformanceEventKindEnum) kind!: PerformanceEventKind;
  @Field(() => String) kindLabel!: string;
  @Field(() => Int, { description: "事项数" }) count!: number;
  @Field(() => Int, { description: "计分事项数" }) countedCount!: number;
  @Field(() => Float) rawPoints!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) cappedPoints!: number;
}

@ObjectType({ description: "一名委员的得分说明：逐条事项、所用规则、分值与上限削减；明细之和等于总分" })
export class PerformanceScoreExplanation {
  @Field(() => PerformanceMemberRef) member!: PerformanceMemberRef;
  @Field(() => PerformancePeriodType) period!: PerformancePeriodType;
  @Field(() => Float) total!: number;
  @Field(() => Float) rawTotal!: number;
  @Field(() => Float) cappedPoints!: number;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => Int, { nullable: true, description: "在本届参评委员中的名次（委员端按考核办法设置决定是否显示）" }) rank!: number | null;
  @Field(() => Int, { nullable: true, description: "参评委员人数" }) rankOf!: number | null;
  @Field(() => [RuleSetVersionRef]) ruleSetVersions!: RuleSetVersionRef[];
  @Field(() => [ScoreLineType]) lines!: ScoreLineType[];
  @Field(() => [ScoreSummaryType]) summary!: ScoreSummaryType[];
  @Field(() => PerformanceScoreRunType, { nullable: true }) run!: PerformanceScoreRunType | null;
}

@ObjectType({ description: "一名委员在历次存档中的得分（每次均注明所用考核办法版本）" })
export class MemberScoreHistoryItem {
  @Field(() => PerformanceScoreRunType) run!: PerformanceScoreRunType;
  @Field(() => Float) total!: number;
  @Field(() => Float) rawTotal!: number;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => Int) rank!: number;
  @Field(() => Int) eventCount!: number;
}
