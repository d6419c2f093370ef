import { Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { PROPOSAL_FILED_STATES } from "@zhzx/shared";
import type { Context } from "../../context/context";
import { articlePath, siteUrl } from "../cms/cms.config";

@ObjectType({ description: "工作台上的一条委员会新闻（网站已发布文章）" })
export class WorkbenchNewsItem {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) url!: string;
  @Field(() => Date) publishedAt!: Date;
}

@ObjectType({ description: "工作台上的下一场会议活动" })
export class WorkbenchMeeting {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => String) place!: string;
}

@ObjectType({ description: "委员工作台：本人履职数字一览（本届）" })
export class WorkbenchSummary {
  @Field(() => Boolean, { description: "是否为本委员会委员（有委员档案）" }) isMember!: boolean;
  @Field(() => Int, { description: "本届提交的提案（含联名）" }) proposals!: number;
  @Field(() => Int, { description: "其中已立案" }) proposalsFiled!: number;
  @Field(() => Int, { description: "本届报送的社情民意" }) opinions!: number;
  @Field(() => Int, { description: "其中被采用" }) opinionsAdopted!: number;
  @Field(() => Int, { description: "本届出席的会议活动" }) meetingsAttended!: number;
  @Field(() => Int, { description: "待参加的会议活动" }) meetingsUpcoming!: number;
  @Field(() => WorkbenchMeeting, { nullable: true }) nextMeeting!: WorkbenchMeeting | null;
  @Field(() => String, { nullable: true, description: "最近一次履职评分（分）" }) score!: string | null;
  @Field(() => Int, { nullable: true, description: "最近一次履职评分排名" }) rank!: number | null;
  @Field(() => Int, { description: "未读通知公告" }) unreadNotices!: number;
  @Field(() => [WorkbenchNewsItem], { description: "委员会新闻（网站最新 5 篇）" }) news!: WorkbenchNewsItem[];
}

/**
 * 工作台: the member's own numbers for the current session, each an aggregate count over an indexed
 * (tenant, member) path, in one unit of work — no lists are loaded to be counted.
 */
@Resolver()
export class WorkbenchResolver {
  @Authorized("portal:use")
  @Query(() => WorkbenchSummary, { description: "委员工作台数字一览" })
  async myWorkbench(@Ctx() ctx: Context): Promise<WorkbenchSummary> {
    const tenantId = ctx.tenantId;
    const userId = ctx.viewer!.userId;
    return ctx.uow(async ({ db }) => {
      const profile = await db.memberProfile.findUnique({ where: { tenantId_userId: { tenantId, userId } }, select: { id: true } });
      const session = await db.committeeSession.findFirst({ where: { tenantId, isCurrent: true }, select: { id: true } });
      const tenant = await db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { code: true } });
      const newsRows = await db.cmsArticle.findMany({
        where: { tenantId, state: "PUBLISHED" },
        orderBy: { publishedAt: "desc" },
        take: 5,
        select: { id: true, title: true, no: true, publishedAt: true, channel: { select: { slug: true } } },
      });
      const news = newsRows.map((a) => ({ id: a.id, title: a.title, url: siteUrl(tenant.code, articlePath(a.channel.slug, a.no)), publishedAt: a.publishedAt! }));
      const unreadNotices = await db.noticeReceipt.count({ where: { tenantId, userId, readAt: null, notice: { status: "PUBLISHED" } } });
      const empty = { proposals: 0, proposalsFiled: 0, opinions: 0, opinionsAdopted: 0, meetingsAttended: 0, meetingsUpcoming: 0, nextMeeting: null, score: null, rank: null };
      if (!profile) return { isMember: false, ...empty, unreadNotices, news };
      // One statement for all the member's numbers: each a count over an indexed (tenant, member) path.
      const [n] = await db.$queryRaw<{ proposals: number; filed: number; opinions: number; adopted: number; attended: number; upcoming: number }[]>`
        WITH mine AS (
          SELECT p.id, p.state::text AS state FROM proposal p
           WHERE p.tenant_id = ${tenantId}::uuid AND (${session?.id ?? null}::uuid IS NULL OR p.session_id = ${session?.id ?? null}::uuid)
             AND p.submitted_at IS NOT NULL
             AND (p.member_id = ${profile.id}::uuid OR EXISTS (SELECT 1 FROM proposal_cosigner c
                   WHERE c.tenant_id = p.tenant_id AND c.proposal_id = p.id AND c.member_id = ${profile.id}::uuid AND c.status = 'CONFIRMED'))
        )
        SELECT (SELECT count(*)::int FROM mine) AS proposals,
               (SELECT count(*)::int FROM mine WHERE state = ANY(${[...PROPOSAL_FILED_STATES]}::text[])) AS filed,
               (SELECT count(*)::int FROM opinion o WHERE o.tenant_id = ${tenantId}::uuid AND o.member_id = ${profile.id}::uuid AND o.submitted_at IS NOT NULL
                   AND (${session?.id ?? null}::uuid IS NULL OR o.session_id = ${session?.id ?? null}::uuid)) AS opinions,
               (SELECT count(*)::int FROM opinion o WHERE o.tenant_id = ${tenantId}::uuid AND o.member_id = ${profile.id}::uuid AND o.adopted_at IS NOT NULL
                   AND (${session?.id ?? null}::uuid IS NULL OR o.session_id = ${session?.id ?? null}::uuid)) AS adopted,
               (SELECT count(*)::int FROM meeting_invitation i JOIN meeting m ON m.tenant_id = i.tenant_id AND m.id = i.meeting_id
                 WHERE i.tenant_id = ${tenantId}::uuid AND i.member_id = ${profile.id}::uuid AND i.attendance = 'ATTENDED'
                   AND (${session?.id ?? null}::uuid IS NULL OR m.session_id = ${session?.id ?? null}::uuid)) AS attended,
               (SELECT count(*)::int FROM meeting_invitation i JOIN meeting m ON m.tenant_id = i.tenant_id AND m.id = i.meeting_id
                 WHERE i.tenant_id = ${tenantId}::uuid AND i.member_id = ${profile.id}::uuid AND m.status = 'PUBLISHED' AND m.ends_at >= now()) AS upcoming`;
      const proposals = n!.proposals, proposalsFiled = n!.filed, opinions = n!.opinions, opinionsAdopted = n!.adopted;
      const meetingsAttended = n!.attended, meetingsUpcoming = n!.upcoming;
      const memberId = profile.id;
      const upcoming = { tenantId, memberId, meeting: { status: "PUBLISHED" as const, endsAt: { gte: new Date() } } };
      const next = meetingsUpcoming
        ? await db.meetingInvitation.findFirst({ where: upcoming, orderBy: { meeting: { startsAt: "asc" } }, select: { meeting: { select: { id: true, title: true, startsAt: true, place: true } } } })
        : null;
      const score = await db.performanceScore.findFirst({ where: { tenantId, memberId }, orderBy: { run: { computedAt: "desc" } }, select: { total: true, rank: true } });
      return {
        isMember: true,
        proposals,
        proposalsFiled,
        opinions,
        opinionsAdopted,
        meetingsAttended,
        meetingsUpcoming,
        nextMeeting: next?.meeting ?? null,
        score: score ? score.total.toString() : null,
        rank: score?.rank ?? null,
        unreadNotices,
        news,
      };
    });
  }
}
