import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { authChecker } from "./context/auth-checker";
import { AuditResolver } from "./modules/audit/audit.resolver";
import { IdentityResolver } from "./modules/identity/identity.resolver";
import { TwoFactorResolver } from "./modules/identity/two-factor.resolver";
import { TenancyResolver } from "./modules/tenancy/tenancy.resolver";
import { UsersResolver } from "./modules/users/users.resolver";
import { ProposalsResolver } from "./modules/proposals/proposals.resolver";
import { ProposalWorkflowResolver } from "./modules/proposals/workflow.resolver";
import { ProposalHandlingResolver } from "./modules/proposals/handling.resolver";
import { ProposalConfigResolver } from "./modules/proposals/categories.resolver";
import { ProposalAnalysisResolver } from "./modules/proposals/analysis.resolver";
import { DictionariesResolver } from "./modules/organisation/dictionaries.resolver";
import { OrgUnitsResolver } from "./modules/organisation/org-units.resolver";
import { SessionsResolver } from "./modules/organisation/sessions.resolver";
import { MemberChangeRequestsResolver } from "./modules/members/change-requests.resolver";
import { MemberFilesResolver } from "./modules/members/member-files.resolver";
import { MembersResolver } from "./modules/members/members.resolver";
import { ContactsResolver } from "./modules/members/contacts.resolver";
import { InboxResolver } from "./modules/inbox/inbox.resolver";
import { PerformanceRulesResolver } from "./modules/performance/rules.resolver";
import { PerformanceScoresResolver } from "./modules/performance/scores.resolver";
import { PerformanceMaterialsResolver } from "./modules/performance/materials.resolver";
import { PerformanceFilesResolver } from "./modules/performance/files.resolver";
import { JournalsResolver } from "./modules/opinions/journals.resolver";
import { OpinionReviewResolver } from "./modules/opinions/opinion-review.resolver";
import { OpinionStatisticsResolver } from "./modules/opinions/opinion-statistics.resolver";
import { OpinionsResolver } from "./modules/opinions/opinions.resolver";
import { NoticesResolver } from "./modules/notices/notices.resolver";
import { PrivacyResolver } from "./modules/privacy/privacy.resolver";
import { WorkbenchResolver } from "./modules/workbench/workbench.resolver";
import { DashboardResolver } from "./modules/dashboard/dashboard.resolver";

import { MEETING_RESOLVERS } from "./modules/meetings";
import { CIRCLE_RESOLVERS } from "./modules/circles";
import { CmsChannelsResolver } from "./modules/cms/channels.resolver";
import { CmsArticlesResolver } from "./modules/cms/articles.resolver";
import { CmsAssetsResolver } from "./modules/cms/assets.resolver";
import { CmsPublishingResolver } from "./modules/cms/publishing.resolver";
import { CmsWordsResolver } from "./modules/cms/words.resolver";
import { CmsChecksResolver } from "./modules/cms/checks.resolver";

export const resolvers = [
  IdentityResolver,
  TwoFactorResolver,
  TenancyResolver,
  UsersResolver,
  AuditResolver,
  DictionariesResolver,
  SessionsResolver,
  OrgUnitsResolver,
  MembersResolver,
  MemberChangeRequestsResolver,
  MemberFilesResolver,
  ContactsResolver,
  ProposalConfigResolver,
  ProposalsResolver,
  ProposalWorkflowResolver,
  ProposalHandlingResolver,
  ProposalAnalysisResolver,
  InboxResolver,
  NoticesResolver,
  PrivacyResolver,
  WorkbenchResolver,
  DashboardResolver,
  PerformanceRulesResolver,
  PerformanceScoresResolver,
  PerformanceMaterialsResolver,
  PerformanceFilesResolver,
  OpinionsResolver,
  OpinionReviewResolver,
  JournalsResolver,
  OpinionStatisticsResolver,
  CmsChannelsResolver,
  CmsArticlesResolver,
  CmsAssetsResolver,
  CmsPublishingResolver,
  CmsWordsResolver,
  CmsChecksResolver,
  ...MEETING_RESOLVERS,
  ...CIRCLE_RESOLVERS,
] as const;

/** Fields reachable without logging in. The schema-walk test fails for any other unauthorized field. */
export const PUBLIC_FIELDS = ["Query.me", "Mutation.login", "Mutation.loginSecondFactor"];

let cached: Promise<GraphQLSchema> | undefined;
export function getSchema(): Promise<GraphQLSchema> {
  // Zod from packages/shared validates inputs; class-validator is not used.
  return (cached ??= buildSchema({ resolvers: [...resolvers], authChecker, validate: false }));
}
