import { Field, Float, Int, ObjectType } from "type-graphql";
import { SessionRef } from "./members.types";

@ObjectType({ description: "统计中的一类：如 党派=中国共产党" })
export class StatBucket {
  @Field(() => String, { description: "字典项 id、枚举值或年龄段键；未填写的为空串" }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: "占本届委员总数的百分比，保留两位小数（如 33.33）" }) percent!: number;
}

@ObjectType({ description: "届内委员统计" })
export class MemberStatistics {
  @Field(() => SessionRef) session!: SessionRef;
  @Field(() => String, { description: "计算年龄的基准日 YYYY-MM-DD" }) asOf!: string;
  @Field(() => Int, { description: "本届委员总数" }) total!: number;
  @Field(() => [StatBucket], { description: "按党派（含 0 人的党派）" }) byParty!: StatBucket[];
  @Field(() => [StatBucket], { description: "按界别（含 0 人的界别）" }) bySector!: StatBucket[];
  @Field(() => [StatBucket], { description: "按专委会（届内机构；未分配的单列）" }) bySpecialCommittee!: StatBucket[];
  @Field(() => [StatBucket], { description: "按委员类型（常委、委员）" }) byMemberType!: StatBucket[];
  @Field(() => [StatBucket], { description: "按性别" }) byGender!: StatBucket[];
  @Field(() => [StatBucket], { description: "按年龄段" }) byAgeBand!: StatBucket[];
  @Field(() => [StatBucket], { description: "按学历（含 0 人的学历）" }) byEducation!: StatBucket[];
  @Field(() => [StatBucket], { description: "按民族（仅列有委员的民族）" }) byEthnicGroup!: StatBucket[];
}
