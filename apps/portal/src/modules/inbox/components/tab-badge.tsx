import { useQuery } from "@apollo/client/react";
import { use } from "react";
import { ViewerContext } from "../../../app/session/viewer-context";
import { InboxCountsDocument } from "../graphql/inbox";
import styles from "./tab-badge.module.css";

type Counted = "unreadNotifications" | "openTodos";

/**
 * The number on a bottom tab. Both tabs read one `inboxCounts` query (Apollo shares it); the live
 * connection refetches it. Failing quietly is right here: a badge is not the place for an error.
 */
function CountBadge({ field, noun }: { field: Counted; noun: string }) {
  const viewer = use(ViewerContext);
  const { data } = useQuery(InboxCountsDocument, { fetchPolicy: "cache-and-network", skip: !viewer?.activeTenant });
  const n = data?.inboxCounts[field] ?? 0;
  if (n <= 0) return null;
  return (
    <>
      <span className={styles.badge} aria-hidden data-badge={field}>
        {n > 99 ? "99+" : n}
      </span>
      {/* Read after the tab's title: "消息，3 条未读". */}
      <span className={styles.srOnly}>，{n} {noun}</span>
    </>
  );
}

export const MessagesTabBadge = () => <CountBadge field="unreadNotifications" noun="条未读" />;
export const TodoTabBadge = () => <CountBadge field="openTodos" noun="项待办" />;
