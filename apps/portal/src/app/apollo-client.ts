import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { ErrorLink } from "@apollo/client/link/error";
import { emitSessionEvent } from "./session/session-events";

// Login answers UNAUTHENTICATED for a wrong password: that is a form error, not an expired session.
const NOT_A_SESSION_FAILURE = new Set(["Login"]);

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error) || NOT_A_SESSION_FAILURE.has(operation.operationName ?? "")) return;
  const codes = new Set(error.errors.map((e) => e.extensions?.code));
  if (codes.has("UNAUTHENTICATED")) emitSessionEvent("unauthenticated");
  else if (codes.has("PASSWORD_CHANGE_REQUIRED")) emitSessionEvent("password-change-required");
});

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionLink,
      // Same origin: the httpOnly session cookie set by `login` rides along; CORS never enters.
      new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        ViewerType: { keyFields: ["userId"] },
        // Memberships have no id of their own; they live inside the viewer.
        MembershipOfMine: { keyFields: false },
      },
    }),
  });
}
