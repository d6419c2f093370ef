import { Link } from "react-router";
import type { WorkbenchEntry } from "../../../app/portal-module";
import styles from "./entry-grid.module.css";

export function EntryGrid({ entries }: { entries: WorkbenchEntry[] }) {
  return (
    <ul className={styles.grid}>
      {entries.map((e) => (
        <li key={e.key}>
          <Link to={e.to} className={styles.entry}>
            <span className={styles.icon} style={{ background: e.color }} aria-hidden>
              {e.icon}
            </span>
            <span className={styles.title}>{e.title}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
