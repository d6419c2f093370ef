import { List, Tag } from "antd-mobile";
import type { TodoFieldsFragment } from "../../../gql/graphql";
import { kindCategory } from "../kinds";
import { resolveLink } from "../links";
import { arrivedAt, deadline } from "../times";
import styles from "./inbox-list.module.css";

/** One to-do: its deadline (red once passed), whether the whole post shares it, and when it was done. */
export function TodoItem({ t, onOpen }: { t: TodoFieldsFragment; onOpen: (t: TodoFieldsFragment) => void }) {
  const category = kindCategory(t.kind);
  const opens = resolveLink(t.link).kind !== "none";
  const overdue = !t.doneAt && !!t.dueAt && new Date(t.dueAt).getTime() < Date.now();
  return (
    <List.Item className={styles.item} arrow={opens} onClick={opens ? () => onOpen(t) : undefined}>
      <div className={t.doneAt ? styles.read : styles.title}>{t.title}</div>
      <div className={styles.meta}>
        {category && (
          <Tag color="default" fill="outline">
            {category}
          </Tag>
        )}
        {t.shared && (
          <Tag color="primary" fill="outline">
            岗位
          </Tag>
        )}
        {t.doneAt ? (
          <span>办结于 {arrivedAt(t.doneAt)}</span>
        ) : (
          <>
            {t.dueAt && <span className={overdue ? styles.overdue : undefined}>{overdue ? "已逾期 · " : ""}截止 {deadline(t.dueAt)}</span>}
            <time dateTime={t.createdAt}>{arrivedAt(t.createdAt)}</time>
          </>
        )}
      </div>
    </List.Item>
  );
}
