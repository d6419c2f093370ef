/** The circles module's resolvers, registered in schema.ts as one entry. */
import { CirclesResolver } from "./circles.resolver";
import { CircleModerationResolver } from "./moderation.resolver";

export const CIRCLE_RESOLVERS = [CirclesResolver, CircleModerationResolver] as const;
