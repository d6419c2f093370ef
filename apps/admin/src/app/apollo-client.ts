import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";

export interface SessionEvents {
  /** The session is gone (expired, revoked, never was): the user has to log in again. */
  onUnauthenticated: () => void;
  /** Logged in with a bootstrap or reset password: nothing works until it is changed. */
  onPasswordChangeRequired: () => void;
  /** 两步验证 is required for the staff console and not yet enrolled: only enrolment works. */
  onTotpEnrolmentRequired?: () => void;
}

// `login` answers a wrong password with UNAUTHENTICATED too; that is the form's business, not a redirect.
const OPERATIONS_THAT_HANDLE_THEIR_OWN_AUTH_ERRORS = new Set(["Login", "Logout", "LoginSecondFactor"]);

export function createApolloClient(events: SessionEvents) {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (OPERATIONS_THAT_HANDLE_THEIR_OWN_AUTH_ERRORS.has(operation.operationName ?? "")) return;
    const codes = new Set(error.errors.map((e) => e.extensions?.code));
    if (codes.has("UNAUTHENTICATED")) events.onUnauthenticated();
    else if (codes.has("PASSWORD_CHANGE_REQUIRED")) events.onPasswordChangeRequired();
    else if (codes.has("MFA_ENROLMENT_REQUIRED")) events.onTotpEnrolmentRequired?.();
  });

  const http = new HttpLink({ uri: "/graphql", credentials: "same-origin" });

  return new ApolloClient({
    link: ApolloLink.from([sessionLink, http]),
    cache: new InMemoryCache({
      typePolicies: {
        // Ids are unique per user, but the roles of a UserType row belong to the active committee:
        // the cache is reset on every committee switch, so the plain id is a safe key.
        UserType: { keyFields: ["id"] },
        // One viewer per session; without an id field Apollo would not merge `me` with `switchTenant`.
        ViewerType: { keyFields: ["userId"] },
        TenantType: { keyFields: ["id"] },
        AuditLogType: { keyFields: ["id"] },
      },
    }),
  });
}
