import { useApolloClient, useMutation } from "@apollo/client/react";
import { useNavigate } from "react-router";
import { LogoutMutation } from "../graphql/auth.graphql";

/** Ends the server session, forgets every cached answer, and returns to the login page. */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const run = async () => {
    // Even when the session had already expired (UNAUTHENTICATED), the user wants to be logged out.
    await logout().catch(() => undefined);
    await client.clearStore();
    await navigate("/login", { replace: true });
  };
  return { logout: run, loading };
}
