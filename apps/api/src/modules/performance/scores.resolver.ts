import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, ObjectType, Field, Query, Resolver } from "type-graphql";
import type { AssessmentType } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { PageArgs } from "../../core/pagination";
import { AssessmentTypeEnum } from "./performance.enums";
import { PerformanceScoreRunType } from "./rules.types";
import { MemberScoreHistoryItem, PerformancePeriodInput, PerformanceScoreArgs, PerformanceScoreExplanation, PerformanceScorePage } from "./scores.types";
import { explainScore } from "./use-cases/explain-score";
import { listScoreRuns, memberScoreHistory } from "./use-cases/list-score-runs";
import { rankScores } from "./use-cases/rank-scores";
import { recomputeScores } from "./use-cases/recompute-scores";

@ObjectType()
export class PerformanceScoreRunPage {
  @Field(() => [PerformanceScoreRunType]) items!: PerformanceScoreRunType[];
  @Field(() => Int) total!: number;
}

/** 委员评分 / 履职档案 (the list is the same query), score explanations and stored runs. */
@Resolver()
export class PerformanceScoresResolver {
  @Authorized("performance:read")
  @Query(() => PerformanceScorePage, { description: "委员评分与排名（履职档案快速查询同此）：按届次、界别、党派、委员类型、性别、等级筛选，分页" })
  performanceScores(@Args(() => PerformanceScoreArgs) args: PerformanceScoreArgs, @Ctx() ctx: Context): Promise<PerformanceScorePage> {
    return rankScores(ctx, args);
  }

  @Authorized("performance:read")
  @Query(() => PerformanceScoreExplanation, { description: "一名委员的得分说明：逐条履职事项、所用规则、分值及上限削减" })
  performanceScoreExplanation(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("period", () => PerformancePeriodInput) period: PerformancePeriodInput,
    @Arg("runId", () => ID, { nullable: true, description: "按某次存档的规则版本说明" }) runId: string | null,
    @Ctx() ctx: Context,
  ): Promise<PerformanceScoreExplanation> {
    return explainScore(ctx, memberId, period, runId);
  }

  @Authorized("performance:read")
  @Query(() => PerformanceScoreRunPage, { description: "评分存档（新的在前）" })
  performanceScoreRuns(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("assessmentType", () => AssessmentTypeEnum, { nullable: true }) assessmentType: AssessmentType | null,
    @Arg("year", () => Int, { nullable: true }) year: number | null,
    @Arg("sessionId", () => ID, { nullable: true }) sessionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<PerformanceScoreRunPage> {
    return listScoreRuns(ctx, { assessmentType, year, sessionId }, page);
  }

  @Authorized("performance:read")
  @Query(() => [MemberScoreHistoryItem], { description: "一名委员历次存档的得分及所用考核办法版本" })
  performanceScoreHistory(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("assessmentType", () => AssessmentTypeEnum, { nullable: true }) assessmentType: AssessmentType | null,
    @Arg("year", () => Int, { nullable: true }) year: number | null,
    @Arg("sessionId", () => ID, { nullable: true }) sessionId: string | null,
    @Ctx() ctx: Context,
  ): Promise<MemberScoreHistoryItem[]> {
    return memberScoreHistory(ctx, memberId, { assessmentType, year, sessionId });
  }

  @Authorized("performance:manage")
  @Mutation(() => PerformanceScoreRunType, { description: "按当前规则计算并存档某考核期的得分（如年终考核结果）" })
  recomputePerformanceScores(
    @Arg("period", () => PerformancePeriodInput) period: PerformancePeriodInput,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<PerformanceScoreRunType> {
    return recomputeScores(ctx, period, note);
  }
}
