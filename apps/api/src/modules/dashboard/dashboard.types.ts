import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "一个委员会本届的主要数字（全市汇总的一行，也是各委员会驾驶舱的数字卡片）" })
export class CommitteeFigures {
  @Field(() => ID) tenantId!: string;
  @Field(() => String) tenantName!: string;
  @Field(() => String, { nullable: true, description: "本届" }) sessionName!: string | null;
  @Field(() => Int, { description: "提案（已提交）" }) proposals!: number;
  @Field(() => Int, { description: "立案" }) filed!: number;
  @Field(() => Int, { description: "办结" }) closed!: number;
  @Field(() => Int, { description: "办理超期（交办未答复且已过期限）" }) overdue!: number;
  @Field(() => Int, { description: "社情民意报送" }) opinions!: number;
  @Field(() => Int, { description: "社情民意采用" }) adopted!: number;
  @Field(() => Int, { description: "本届委员" }) members!: number;
  @Field(() => Int, { description: "已发布或已结束的会议活动" }) meetings!: number;
  @Field(() => Int, { description: "受邀人次" }) invited!: number;
  @Field(() => Int, { description: "出席人次" }) attended!: number;
  @Field(() => Float, { description: "出席率（%）：出席人次 / 受邀人次" }) attendanceRate!: number;
}

@ObjectType({ description: "全市汇总：市本级与各县区并列，合计" })
export class DashboardRollup {
  @Field(() => [CommitteeFigures]) committees!: CommitteeFigures[];
  @Field(() => CommitteeFigures) total!: CommitteeFigures;
}

@InputType({ description: "驾驶舱某个图表的数据（导出为 Excel）" })
export class ChartDataInput {
  @Field(() => String, { description: "图表名称，用作工作表名和文件名" }) title!: string;
  @Field(() => [String], { description: "列名" }) headers!: string[];
  @Field(() => [[String]], { description: "数据行，每行与列名一一对应" }) rows!: string[][];
}
