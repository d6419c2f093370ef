import { Card } from "antd-mobile";
import { ROLE_LABELS } from "@zhzx/shared";
import { workbenchEntries } from "../../../app/modules";
import { useViewer, viewerCan } from "../../../app/session/viewer-context";
import { EntryGrid } from "../components/entry-grid";
import { MyNumbers } from "../components/my-numbers";
import { chineseDate, greetingFor } from "../greeting";
import styles from "./workbench-page.module.css";

export default function WorkbenchPage() {
  const viewer = useViewer();
  const now = new Date();
  const entries = workbenchEntries.filter((e) => !e.permission || viewerCan(viewer, e.permission));
  const committee = viewer.activeTenant?.name ?? "未加入委员会";
  const roles = viewer.roles.map((r) => ROLE_LABELS[r]).join("、");

  return (
    <div className={styles.page}>
      <header className={styles.hero}>
        <div className={styles.date}>{chineseDate(now)}</div>
        <h1 className={styles.greeting}>
          {greetingFor(now)}，{viewer.displayName}
        </h1>
        <div className={styles.committee}>
          <span>{committee}</span>
          {roles && <span className={styles.role}>{roles}</span>}
        </div>
      </header>

      {entries.length > 0 ? (
        <Card title="履职服务" className={styles.card}>
          <EntryGrid entries={entries} />
        </Card>
      ) : (
        <Card title="履职服务" className={styles.card}>
          <p className={styles.note}>
            委员端的履职功能面向委员开放。您在{committee}的身份是{roles || "未分配角色"}，暂无可用的委员端功能。
            {viewerCan(viewer, "staff:console") && (
              <>
                如需办理业务，请使用<a href="/admin/">管理端</a>。
              </>
            )}
          </p>
        </Card>
      )}

      {viewerCan(viewer, "portal:use") && (
        <>
          <MyNumbers part="numbers" />
          <MyNumbers part="more" />
        </>
      )}

      {entries.some((e) => e.planned) && (
        <p className={styles.footnote}>提案、社情民意、会议活动等功能正在陆续上线，上线后需要您办理的事项将显示在“待办”中。</p>
      )}
    </div>
  );
}
