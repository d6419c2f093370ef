import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { authChecker } from "./context/auth-checker";
import { AuditResolver } from "./modules/audit/audit.resolver";
import { IdentityResolver } from "./modules/identity/identity.resolver";
import { TenancyResolver } from "./modules/tenancy/tenancy.resolver";
import { UsersResolver } from "./modules/users/users.resolver";
import { DictionariesResolver } from "./modules/organisation/dictionaries.resolver";
import { OrgUnitsResolver } from "./modules/organisation/org-units.resolver";
import { SessionsResolver } from "./modules/organisation/sessions.resolver";
import { MemberChangeRequestsResolver } from "./modules/members/change-requests.resolver";
import { MemberFilesResolver } from "./modules/members/member-files.resolver";
import { MembersResolver } from "./modules/members/members.resolver";
import { InboxResolver } from "./modules/inbox/inbox.resolver";

export const resolvers = [
  IdentityResolver,
  TenancyResolver,
  UsersResolver,
  AuditResolver,
  DictionariesResolver,
  SessionsResolver,
  OrgUnitsResolver,
  MembersResolver,
  MemberChangeRequestsResolver,
  MemberFilesResolver,
  InboxResolver,
] as const;

/** Fields reachable without logging in. The schema-walk test fails for any other unauthorized field. */
export const PUBLIC_FIELDS = ["Query.me", "Mutation.login"];

let cached: Promise<GraphQLSchema> | undefined;
export function getSchema(): Promise<GraphQLSchema> {
  // Zod from packages/shared validates inputs; class-validator is not used.
  return (cached ??= buildSchema({ resolvers: [...resolvers], authChecker, validate: false }));
}
