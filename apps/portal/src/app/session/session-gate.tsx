import { lazy, Suspense, useEffect, useRef } from "react";
import { Navigate, Outlet, useLocation, useMatches, useNavigate } from "react-router";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { useLiveInbox } from "../../modules/inbox/live/use-live-inbox";
import { PageLoading } from "../components/page-loading";
import { showToast } from "../toast";
import { onSessionEvent } from "./session-events";
import { ViewerContext } from "./viewer-context";
import { MyPrivacyConsentDocument, ViewerDocument } from "./viewer-documents";

/** Route `handle` flag: the page stays reachable while the user must still change a bootstrap password. */
export interface SessionRouteHandle {
  beforePasswordChange?: boolean;
}

export const CHANGE_PASSWORD_PATH = "/change-password";
export const PRIVACY_PATH = "/privacy";

const LoadFailed = lazy(() => import("../components/page-states").then((m) => ({ default: m.LoadFailed })));

/**
 * Every signed-in screen sits under this gate: no session → login (remembering where the user was
 * going); a bootstrap password → the change-password page. The server enforces both; this only steers.
 */
export function SessionGate() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const matches = useMatches();
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  const ready = !!data?.me && !data.me.mustChangePassword;
  const consent = useQuery(MyPrivacyConsentDocument, { skip: !ready });
  // Real-time inbox counts while a ready user is signed in to a committee; closed on logout.
  useLiveInbox(data?.me && !data.me.mustChangePassword ? (data.me.activeTenant?.id ?? null) : null);
  const here = useRef(location.pathname + location.search);
  useEffect(() => {
    here.current = location.pathname + location.search;
  });

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event === "unauthenticated") {
          void showToast({ content: "登录已失效，请重新登录" });
          // No clearStore here: the failing request is still in flight and would be rejected with a
          // confusing "store reset" error. The next login clears the cache before writing its viewer.
          client.writeQuery({ query: ViewerDocument, data: { me: null } });
          navigate("/login", { replace: true, state: { from: here.current } });
        } else {
          navigate(CHANGE_PASSWORD_PATH, { replace: true });
        }
      }),
    [client, navigate],
  );

  if (loading && !data) return <PageLoading />;
  if (error && !data) {
    return (
      <Suspense fallback={<PageLoading />}>
        <LoadFailed error={error} onRetry={() => void refetch()} />
      </Suspense>
    );
  }
  const me = data?.me;
  if (!me) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={from === "/" ? undefined : { from }} />;
  }
  const allowed = matches.some((m) => (m.handle as SessionRouteHandle | undefined)?.beforePasswordChange);
  if (me.mustChangePassword && !allowed) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  if (!me.mustChangePassword && consent.loading && !consent.data) return <PageLoading />;
  if (consent.data?.myPrivacyConsent.required && !allowed) {
    const from = location.pathname + location.search;
    return <Navigate to={PRIVACY_PATH} replace state={{ from }} />;
  }
  return (
    <ViewerContext value={me}>
      <Outlet />
    </ViewerContext>
  );
}
