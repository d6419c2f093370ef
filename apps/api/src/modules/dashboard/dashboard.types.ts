import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType({ description: "驾驶舱筛选：届次（默认本届）与期间（北京时间日期，含首尾）" })
export class DashboardFilterInput {
  @Field(() => ID, { nullable: true, description: "届次；不填为本届。全市汇总按届次序号（第N届）对应各县区的届次" }) sessionId?: string | null;
  @Field(() => String, { nullable: true, description: "期间起 YYYY-MM-DD（提案、社情民意按提交日期，会议活动按开始日期）" }) from?: string | null;
  @Field(() => String, { nullable: true, description: "期间止 YYYY-MM-DD" }) to?: string | null;
}

@ObjectType({ description: "驾驶舱中一项分组计数" })
export class DashboardCount {
  @Field(() => String, { description: "分组键：状态代码或字典、分类的 ID；未填写为空串（汇总合计中为名称）" }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "承办单位的交办、答复与超期件数（现行交办）" })
export class DashboardUnitRow {
  @Field(() => String, { description: "承办单位 ID（汇总合计中为名称）" }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) assigned!: number;
  @Field(() => Int) replied!: number;
  @Field(() => Int) overdue!: number;
}

@ObjectType({ description: "办理时效：现行交办按是否按期答复分类" })
export class DashboardHandling {
  @Field(() => Int, { description: "现行交办件数" }) assignments!: number;
  @Field(() => Int, { description: "按期答复" }) onTime!: number;
  @Field(() => Int, { description: "逾期答复" }) late!: number;
  @Field(() => Int, { description: "超期未答复（与办理追踪“只看超期未答复”一致）" }) overdue!: number;
  @Field(() => Int, { description: "期限内办理中" }) pending!: number;
  @Field(() => Float, { description: "按期答复率（%）：按期答复 / 已答复" }) onTimeRate!: number;
}

@ObjectType({ description: "提案数字" })
export class DashboardProposals {
  @Field(() => Int, { description: "提案（已提交，不含草稿与联名中）" }) total!: number;
  @Field(() => Int, { description: "立案（含已交办、办理、答复、办结）" }) filed!: number;
  @Field(() => Int, { description: "不予立案" }) notFiled!: number;
  @Field(() => Int, { description: "办结" }) closed!: number;
  @Field(() => [DashboardCount], { description: "按状态" }) byState!: DashboardCount[];
  @Field(() => [DashboardCount], { description: "按分类（件数多的在前）" }) byCategory!: DashboardCount[];
  @Field(() => [DashboardUnitRow], { description: "按承办单位（交办件数多的在前）" }) byUnit!: DashboardUnitRow[];
  @Field(() => DashboardHandling) handling!: DashboardHandling;
  @Field(() => [DashboardCount], { description: "委员评价（各提案最近一次）" }) satisfaction!: DashboardCount[];
  @Field(() => Int, { description: "已评价件数" }) rated!: number;
  @Field(() => Float, { description: "满意率（%）：满意与基本满意 / 已评价" }) satisfactionRate!: number;
}

@ObjectType({ description: "社情民意数字" })
export class DashboardOpinions {
  @Field(() => Int) submitted!: number;
  @Field(() => Int) adopted!: number;
  @Field(() => Int) inJournal!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int, { description: "获批示篇数" }) instructed!: number;
  @Field(() => Float, { description: "采用率（%）" }) adoptionRate!: number;
}

@ObjectType({ description: "委员构成（届内）" })
export class DashboardMembers {
  @Field(() => Int) total!: number;
  @Field(() => [DashboardCount]) bySector!: DashboardCount[];
  @Field(() => [DashboardCount]) byParty!: DashboardCount[];
}

@ObjectType({ description: "会议活动出席（已发布或已结束的会议活动）" })
export class DashboardMeetings {
  @Field(() => Int) meetings!: number;
  @Field(() => Int, { description: "受邀人次" }) invited!: number;
  @Field(() => Int) attended!: number;
  @Field(() => Int) leave!: number;
  @Field(() => Int) absent!: number;
  @Field(() => Float, { description: "出席率（%）：出席 / (出席 + 请假 + 缺席)，与出勤统计一致" }) attendanceRate!: number;
}

@ObjectType({ description: "履职得分靠前的委员（届内考核，按现行考核办法实时计分）" })
export class DashboardPerformer {
  @Field(() => ID) memberId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) sector!: string;
  @Field(() => String) party!: string;
  @Field(() => Float) total!: number;
  @Field(() => Int) rank!: number;
  @Field(() => Int) eventCount!: number;
}

@ObjectType({ description: "届次（驾驶舱所统计的）" })
export class DashboardSession {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) number!: number;
}

@ObjectType({ description: "领导驾驶舱：一个委员会一届（及期间）的数字，全部来自聚合查询" })
export class Dashboard {
  @Field(() => ID, { description: "委员会 ID；全市合计为 total" }) tenantId!: string;
  @Field(() => String) tenantName!: string;
  @Field(() => DashboardSession, { nullable: true }) session!: DashboardSession | null;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => DashboardProposals) proposals!: DashboardProposals;
  @Field(() => DashboardOpinions) opinions!: DashboardOpinions;
  @Field(() => DashboardMembers) members!: DashboardMembers;
  @Field(() => DashboardMeetings) meetings!: DashboardMeetings;
  @Field(() => [DashboardPerformer], { description: "履职前十（本委员会驾驶舱；全市汇总中为空）" }) topPerformers!: DashboardPerformer[];
}

@ObjectType({ description: "全市汇总：市本级与各县区并列，及全市合计" })
export class DashboardRollup {
  @Field(() => [Dashboard]) committees!: Dashboard[];
  @Field(() => Dashboard) total!: Dashboard;
}
