import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { PerformanceEventKind, SortDirection } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { SortDirectionEnum } from "../members/members.enums";
import { FileDownload } from "../organisation/files.types";
import { KindCount, ParticipationArgs, ParticipationPage, ParticipationPeriodInput } from "./participation.types";
import { PerformanceEventKindEnum } from "./performance.enums";
import { PerformancePeriodInput, PerformanceScoreExplanation, PerformanceScoreFilter } from "./scores.types";
import { exportMemberArchive } from "./use-cases/export-member-archive";
import { exportArchiveList, exportParticipation } from "./use-cases/export-performance";
import { exportMyArchive, getMyPerformance } from "./use-cases/get-my-performance";
import { getParticipationStats } from "./use-cases/get-participation-stats";

@ObjectType({ description: "我的履职（委员端）" })
export class MyPerformance {
  @Field(() => PerformanceScoreExplanation, { description: "本人得分与明细；名次仅在考核办法允许时给出" }) score!: PerformanceScoreExplanation;
  @Field(() => [KindCount], { description: "各类履职事项次数" }) counts!: KindCount[];
  @Field(() => Boolean, { description: "委员会是否向委员显示名次" }) rankVisible!: boolean;
}

/** 履职详情统计, 履职档案 exports, and the portal's 我的履职. Exports are mutations: they write an audit row. */
@Resolver()
export class PerformanceFilesResolver {
  @Authorized("performance:read")
  @Query(() => ParticipationPage, { description: "履职详情统计：每名委员出席/请假/缺席会议与活动、提案、社情民意、发言等次数" })
  participationStatistics(@Args(() => ParticipationArgs) args: ParticipationArgs, @Ctx() ctx: Context): Promise<ParticipationPage> {
    return getParticipationStats(ctx, args);
  }

  @Authorized("performance:read")
  @Mutation(() => FileDownload, { description: "导出履职详情统计（.xlsx，留痕）" })
  exportParticipationStatistics(
    @Arg("period", () => ParticipationPeriodInput) period: ParticipationPeriodInput,
    @Arg("filter", () => PerformanceScoreFilter, { nullable: true }) filter: PerformanceScoreFilter | null,
    @Arg("sortBy", () => PerformanceEventKindEnum, { nullable: true }) sortBy: PerformanceEventKind | null,
    @Arg("direction", () => SortDirectionEnum, { defaultValue: "DESC" }) direction: SortDirection,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportParticipation(ctx, { period, filter, sortBy, direction });
  }

  @Authorized("performance:read")
  @Mutation(() => FileDownload, { description: "导出履职档案列表（.xlsx，与查询结果一致，留痕）" })
  exportPerformanceArchive(
    @Arg("period", () => PerformancePeriodInput) period: PerformancePeriodInput,
    @Arg("filter", () => PerformanceScoreFilter, { nullable: true }) filter: PerformanceScoreFilter | null,
    @Arg("direction", () => SortDirectionEnum, { defaultValue: "DESC" }) direction: SortDirection,
    @Arg("runId", () => ID, { nullable: true }) runId: string | null,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportArchiveList(ctx, { period, filter, direction, runId });
  }

  @Authorized("performance:read")
  @Mutation(() => FileDownload, { description: "导出一名委员的履职档案（Word .docx：基本情况、历届任职、评分明细、历年履职记录；留痕）" })
  exportMemberPerformanceArchive(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("period", () => PerformancePeriodInput) period: PerformancePeriodInput,
    @Ctx() ctx: Context,
  ): Promise<FileDownload> {
    return exportMemberArchive(ctx, memberId, period);
  }

  @Authorized("performance:self")
  @Query(() => MyPerformance, { description: "委员端我的履职：本人得分、明细与各类事项次数；默认本年度年度考核" })
  myPerformance(@Arg("period", () => PerformancePeriodInput, { nullable: true }) period: PerformancePeriodInput | null, @Ctx() ctx: Context): Promise<MyPerformance> {
    return getMyPerformance(ctx, period);
  }

  @Authorized("performance:self")
  @Mutation(() => FileDownload, { description: "委员端：导出本人履职档案（.docx）" })
  exportMyPerformanceArchive(@Arg("period", () => PerformancePeriodInput, { nullable: true }) period: PerformancePeriodInput | null, @Ctx() ctx: Context): Promise<FileDownload> {
    return exportMyArchive(ctx, period);
  }
}
