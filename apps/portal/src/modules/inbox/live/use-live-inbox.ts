import { useEffect, useRef, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { emitSessionEvent } from "../../../app/session/session-events";
import { ViewerDocument } from "../../../app/session/viewer-documents";
import { InboxCountsDocument } from "../graphql/inbox";
import { emitInboxChanged } from "./inbox-signal";

/** Same origin as the portal; the session cookie authenticates it (apps/api/src/modules/inbox/sse-route.ts). */
const EVENTS_URL = "/events";
/** A burst of signals (a notice fanned out, several to-dos closed at once) costs one refetch. */
const SETTLE_MS = 300;
/** Pauses before reopening after the server refused the stream (EventSource gives up on a non-200). */
const RETRY_AFTER_REFUSAL_MS = [5_000, 15_000, 60_000, 300_000];
const retryDelay = (refusals: number) => (refusals === 0 ? 0 : RETRY_AFTER_REFUSAL_MS[Math.min(refusals, RETRY_AFTER_REFUSAL_MS.length) - 1]!);

function useOnline() {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

/**
 * Keeps the badge counts and the open inbox lists live: one EventSource while a ready user is signed in
 * (`tenantId` null closes it — signed out, bootstrap password, no committee). The stream carries no
 * content, only "changed": counts are refetched here and open lists through `onInboxChanged`.
 *
 * The server ends the stream with `event: logout` when the session is gone or now points at another
 * committee (switched in another tab). Which one it was is asked of the server, not guessed: a gone
 * session goes to login, a switched one reloads the viewer, whose new committee reopens the stream.
 * EventSource reconnects by itself after a network drop (the server sends `retry`); nothing is shown
 * for that, but counts and lists are refreshed once it is back, since signals may have been missed.
 */
export function useLiveInbox(tenantId: string | null) {
  const client = useApolloClient();
  const online = useOnline();
  const [generation, setGeneration] = useState(0);
  /** Refusals in a row, for the pause before the next try; reset by a successful open. */
  const refusals = useRef(0);
  /** The first open follows the badges' own first load; later opens follow a gap and catch up. */
  const openedBefore = useRef(false);

  useEffect(() => {
    if (!tenantId || !online || typeof EventSource === "undefined") return;
    let closed = false;
    let settle: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const es = new EventSource(EVENTS_URL);

    const refresh = () => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        void client.query({ query: InboxCountsDocument, fetchPolicy: "network-only" }).catch(() => undefined);
        emitInboxChanged();
      }, SETTLE_MS);
    };
    const reopenLater = (ms: number) => {
      retry = setTimeout(() => setGeneration((g) => g + 1), ms);
    };

    /** The stream was ended or refused: is this still the same signed-in user in the same committee? */
    const recheckSession = async () => {
      es.close();
      try {
        const { data } = await client.query({ query: ViewerDocument, fetchPolicy: "network-only" });
        if (closed) return;
        if (!data?.me) {
          emitSessionEvent("unauthenticated");
          return;
        }
        // Another committee: the new viewer in the cache changes `tenantId`, which reopens the stream.
        if (data.me.activeTenant?.id === tenantId) reopenLater(retryDelay(refusals.current));
      } catch {
        // The server is unreachable: try again later, quietly.
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
      // CONNECTING: the browser retries by itself (and `open` catches up). CLOSED: it gave up (401, a proxy's 502).
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
  }, [client, tenantId, online, generation]);
}
