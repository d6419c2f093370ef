import { List, Tag } from "antd-mobile";
import type { NotificationFieldsFragment } from "../../../gql/graphql";
import { kindCategory } from "../kinds";
import { resolveLink } from "../links";
import { arrivedAt } from "../times";
import styles from "./inbox-list.module.css";

/** One message: unread ones in bold with a red dot; the arrow only when there is something to open. */
export function NotificationItem({ n, onOpen }: { n: NotificationFieldsFragment; onOpen: (n: NotificationFieldsFragment) => void }) {
  const unread = !n.readAt;
  const category = kindCategory(n.kind);
  const opens = resolveLink(n.link).kind !== "none";
  return (
    <List.Item className={styles.item} arrow={opens} onClick={() => onOpen(n)} data-unread={unread || undefined}>
      <div className={styles.row}>
        <span className={unread ? styles.dot : styles.dotRead} aria-hidden />
        <div className={styles.text}>
          <div className={unread ? styles.unread : styles.read}>
            {unread && <span className={styles.srOnly}>未读：</span>}
            {n.title}
          </div>
          {n.body && <div className={styles.body}>{n.body}</div>}
          <div className={styles.meta}>
            {category && (
              <Tag color="default" fill="outline">
                {category}
              </Tag>
            )}
            <time dateTime={n.createdAt}>{arrivedAt(n.createdAt)}</time>
          </div>
        </div>
      </div>
    </List.Item>
  );
}
