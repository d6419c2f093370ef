import { useEffect, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import styles from "./offline-banner.module.css";

const RETRY_FAILED_MS = 3000;

/**
 * Says plainly that the device is offline: what is on screen is the cached app (the service worker
 * keeps the shell; personal data is never cached, so screens that need it say 网络不可用). When the
 * network returns, every screen on show reloads its data by itself.
 */
export function OfflineBanner() {
  const client = useApolloClient();
  const [offline, setOffline] = useState(() => !navigator.onLine);
  useEffect(() => {
    let again: ReturnType<typeof setTimeout> | undefined;
    const reload = (onlyFailed: boolean) =>
      void client
        .refetchQueries({ include: "active", onQueryUpdated: (q) => !onlyFailed || !!q.getCurrentResult().error })
        .catch(() => undefined);
    const goOffline = () => {
      clearTimeout(again);
      setOffline(true);
    };
    const goOnline = () => {
      setOffline(false);
      reload(false);
      // `online` fires when the link is up, which can be a moment before requests get through.
      again = setTimeout(() => reload(true), RETRY_FAILED_MS);
    };
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    return () => {
      clearTimeout(again);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
    };
  }, [client]);
  if (!offline) return null;
  return (
    <div className={styles.banner} role="status">
      离线状态：显示的是缓存内容，联网后自动刷新
    </div>
  );
}
