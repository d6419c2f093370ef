import { useEffect, useRef, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { ViewerQuery } from "../../../app/viewer";
import { InboxCountsQuery } from "../graphql/inbox.graphql";
import { emitInboxChanged } from "./inbox-signal";

/** Same origin as the console; the session cookie authenticates it (apps/api/src/modules/inbox/sse-route.ts). */
const EVENTS_URL = "/events";
/** A burst of signals costs one refetch. */
const SETTLE_MS = 300;
/** Pauses before reopening after the server refused the stream (EventSource gives up on a non-200). */
const RETRY_AFTER_REFUSAL_MS = [5_000, 15_000, 60_000, 300_000];
const retryDelay = (refusals: number) => (refusals === 0 ? 0 : RETRY_AFTER_REFUSAL_MS[Math.min(refusals, RETRY_AFTER_REFUSAL_MS.length) - 1]!);

/**
 * One EventSource for the console while it is shown for a committee (`tenantId`; the header that
 * calls this unmounts on logout, which closes it). `event: inbox` refetches the counts and tells open
 * lists; `event: logout` (session gone, or switched to another committee in another tab) reloads the
 * viewer — the console gate then goes to login, or the new committee reopens the stream. Network
 * drops are EventSource's own business (the server sends `retry`); only a catch-up refresh follows.
 */
export function useLiveInbox(tenantId: string | null) {
  const client = useApolloClient();
  const [generation, setGeneration] = useState(0);
  const refusals = useRef(0);
  /** The first open follows the bell's own first load; later opens follow a gap and catch up. */
  const openedBefore = useRef(false);

  useEffect(() => {
    if (!tenantId || typeof EventSource === "undefined") return;
    let closed = false;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const es = new EventSource(EVENTS_URL);

    const refresh = () => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        void client.query({ query: InboxCountsQuery, fetchPolicy: "network-only" }).catch(() => undefined);
        emitInboxChanged();
      }, SETTLE_MS);
    };
    const reopenLater = (ms: number) => {
      retry = setTimeout(() => setGeneration((g) => g + 1), ms);
    };
    const recheckSession = async () => {
      es.close();
      try {
        const { data } = await client.query({ query: ViewerQuery, fetchPolicy: "network-only" });
        // Signed out: the console gate sees `me: null` and shows the login page. Another committee:
        // the viewer's new committee changes `tenantId`, which reopens the stream.
        if (!closed && data?.me && data.me.activeTenant?.id === tenantId) reopenLater(retryDelay(refusals.current));
      } catch {
        if (!closed) reopenLater(retryDelay(Math.max(1, refusals.current)));
      }
    };

    es.addEventListener("open", () => {
      refusals.current = 0;
      if (openedBefore.current) refresh();
      openedBefore.current = true;
    });
    es.addEventListener("inbox", refresh);
    es.addEventListener("logout", () => void recheckSession());
    es.addEventListener("error", () => {
      if (es.readyState !== EventSource.CLOSED) return;
      refusals.current += 1;
      void recheckSession();
    });

    return () => {
      closed = true;
      clearTimeout(settle);
      clearTimeout(retry);
      es.close();
    };
  }, [client, tenantId, generation]);
}
