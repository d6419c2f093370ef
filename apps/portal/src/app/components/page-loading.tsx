import DotLoading from "antd-mobile/es/components/dot-loading";
import styles from "./page-states.module.css";

// DotLoading, not SpinLoading: SpinLoading animates with react-spring, which would join the first paint.
export function PageLoading() {
  return (
    <div className={styles.center} role="status" aria-label="加载中">
      <DotLoading color="primary" style={{ fontSize: 28 }} />
    </div>
  );
}
