import type { ReactNode } from "react";
import { Button, ErrorBlock } from "antd-mobile";
import { errorMessage } from "../errors";
import styles from "./page-states.module.css";

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className={styles.block}>
      <ErrorBlock status="default" title="加载失败" description={errorMessage(error)}>
        {onRetry && (
          <Button color="primary" fill="outline" size="small" onClick={onRetry}>
            重试
          </Button>
        )}
      </ErrorBlock>
    </div>
  );
}

/** An honest empty state: says what will appear here, never shows made-up items. */
export function EmptyState({ title, description, children }: { title: string; description?: ReactNode; children?: ReactNode }) {
  return (
    <div className={styles.block}>
      <ErrorBlock status="empty" title={title} description={description}>
        {children}
      </ErrorBlock>
    </div>
  );
}
