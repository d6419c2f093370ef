import { useCallback } from "react";
import { useNavigate } from "react-router";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App } from "antd";
import { errorMessage } from "../../../app/errors";
import type { InboxNotificationRowFragment, InboxTodoRowFragment } from "../../../gql/graphql";
import { InboxCountsQuery, MarkNotificationsReadMutation } from "../graphql/inbox.graphql";
import { emitInboxChanged } from "../live/inbox-signal";
import { dateTime } from "./inbox-labels";
import { resolveLink, type InboxTarget } from "./inbox-links";

/**
 * What clicking a to-do or a message does: a console link opens inside the SPA, a portal link in a new
 * tab; a message is marked read first, and one with nowhere to go is shown in full.
 */
export function useOpenInboxItem() {
  const navigate = useNavigate();
  const client = useApolloClient();
  const { message, modal } = App.useApp();
  const [markRead] = useMutation(MarkNotificationsReadMutation);

  const go = useCallback(
    (target: InboxTarget) => {
      if (target.kind === "admin") void navigate(target.to);
      else if (target.kind === "portal") window.open(target.href, "_blank", "noopener");
    },
    [navigate],
  );

  /** Marks read on screen at once, then on the server; the counts and open lists catch up after. */
  const markNotificationsRead = useCallback(
    async (ids?: string[]) => {
      const now = new Date().toISOString();
      for (const id of ids ?? []) {
        client.cache.modify({ id: client.cache.identify({ __typename: "NotificationType", id }), fields: { readAt: (v) => v ?? now } });
      }
      let ok = true;
      try {
        await markRead({ variables: { ids } });
      } catch (e) {
        message.error(errorMessage(e));
        ok = false;
      }
      // Either way the server's word is shown next: on failure this puts the unread marks back.
      void client.query({ query: InboxCountsQuery, fetchPolicy: "network-only" }).catch(() => undefined);
      emitInboxChanged();
      return ok;
    },
    [client, markRead, message],
  );

  const openTodo = useCallback((t: InboxTodoRowFragment) => go(resolveLink(t.link)), [go]);

  const openNotification = useCallback(
    (n: InboxNotificationRowFragment) => {
      if (!n.readAt) void markNotificationsRead([n.id]);
      const target = resolveLink(n.link);
      if (target.kind !== "none") return go(target);
      modal.info({
        title: n.title,
        content: (
          <div>
            {n.body && <p style={{ whiteSpace: "pre-wrap" }}>{n.body}</p>}
            <p style={{ color: "rgba(0,0,0,0.45)", marginBottom: 0 }}>{dateTime(n.createdAt)}</p>
          </div>
        ),
        okText: "知道了",
      });
    },
    [go, markNotificationsRead, modal],
  );

  return { openTodo, openNotification, markNotificationsRead };
}
