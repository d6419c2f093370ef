import { Suspense } from "react";
import { NavLink, Outlet } from "react-router";
import { PageLoading } from "../components/page-loading";
import { portalTabs } from "../modules";
import styles from "./tab-layout.module.css";

/**
 * The top-level screens with the bottom tab bar; the tabs come from the modules (src/app/modules.ts).
 * Real links rather than antd-mobile's TabBar divs: reachable by keyboard and screen readers.
 */
export function TabLayout() {
  return (
    <div className={styles.layout}>
      <div className={styles.body}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </div>
      <nav className={styles.bar} aria-label="主导航">
        {portalTabs.map((t) => (
          <NavLink key={t.key} to={t.path} className={({ isActive }) => (isActive ? `${styles.tab} ${styles.active}` : styles.tab)}>
            <span className={styles.icon} aria-hidden>
              {t.icon}
            </span>
            <span className={styles.title}>{t.title}</span>
            {t.badge && <t.badge />}
          </NavLink>
        ))}
      </nav>
    </div>
  );
}
