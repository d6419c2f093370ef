import { useCallback } from "react";
import { useNavigate } from "react-router";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { errorCode, toastError } from "../errors";
import { LogoutDocument, ViewerDocument } from "./viewer-documents";

/** Ends the session on the server, then forgets every cached record of this user before showing login. */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);
  const run = useCallback(async () => {
    try {
      await logout();
    } catch (e) {
      // An already-expired session is as good as logged out.
      if (errorCode(e) !== "UNAUTHENTICATED") {
        toastError(e);
        return;
      }
    }
    await client.clearStore();
    client.writeQuery({ query: ViewerDocument, data: { me: null } });
    navigate("/login", { replace: true });
  }, [client, logout, navigate]);
  return [run, loading] as const;
}
