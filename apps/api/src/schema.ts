import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { authChecker } from "./context/auth-checker";
import { AuditResolver } from "./modules/audit/audit.resolver";
import { IdentityResolver } from "./modules/identity/identity.resolver";
import { TenancyResolver } from "./modules/tenancy/tenancy.resolver";
import { UsersResolver } from "./modules/users/users.resolver";

export const resolvers = [IdentityResolver, TenancyResolver, UsersResolver, AuditResolver] as const;

/** Fields reachable without logging in. The schema-walk test fails for any other unauthorized field. */
export const PUBLIC_FIELDS = ["Query.me", "Mutation.login"];

let cached: Promise<GraphQLSchema> | undefined;
export function getSchema(): Promise<GraphQLSchema> {
  // Zod from packages/shared validates inputs; class-validator is not used.
  return (cached ??= buildSchema({ resolvers: [...resolvers], authChecker, validate: false }));
}
