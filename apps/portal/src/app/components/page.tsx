import type { ReactNode } from "react";
import { NavBar } from "antd-mobile";
import { QuestionCircleOutline } from "antd-mobile-icons";
import { useLocation, useNavigate } from "react-router";
import { helpUrlFor } from "@zhzx/shared";
import styles from "./page.module.css";

/**
 * A screen with a title bar. `back` shows the back arrow: to the previous screen when there is one
 * in this tab's history, else to `backTo` (a deep link opened from outside has nothing to go back to).
 */
export function Page({ title, back = false, backTo = "/", right, children }: {
  title: ReactNode;
  back?: boolean;
  backTo?: string;
  right?: ReactNode;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const goBack = () => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) navigate(-1);
    else navigate(backTo, { replace: true });
  };
  return (
    <div className={styles.page}>
      <NavBar
        className={styles.bar}
        back={back ? "返回" : null}
        onBack={back ? goBack : undefined}
        right={
          <span className={styles.right}>
            {right}
            {/* The manual opens at the section for this screen (packages/shared/src/help). */}
            <a className={styles.help} href={helpUrlFor("portal", pathname)} target="_blank" rel="noopener" aria-label="使用帮助">
              <QuestionCircleOutline />
            </a>
          </span>
        }
      >
        {title}
      </NavBar>
      <main className={styles.body}>{children}</main>
    </div>
  );
}
