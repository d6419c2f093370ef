import { lazy, Suspense } from "react";
import Button from "antd-mobile/es/components/button";
import { isRouteErrorResponse, useRouteError } from "react-router";
import styles from "./page-states.module.css";

const ErrorBlock = lazy(() => import("antd-mobile/es/components/error-block"));

/** Last resort for a render error or a page chunk that failed to load (e.g. after a new release). */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed = error instanceof TypeError && /dynamically imported module|Importing a module script/i.test(error.message);
  const description =
    isRouteErrorResponse(error) && error.status === 404
      ? "页面不存在"
      : chunkFailed
        ? "页面加载失败，可能是网络不稳定或系统已更新，请重新加载"
        : "页面出现异常，请重新加载；如果反复出现，请联系所在委员会机关工作人员";
  if (!chunkFailed) console.error(error);
  const reload = (
    <Button color="primary" size="small" onClick={() => window.location.reload()}>
      重新加载
    </Button>
  );
  return (
    <div className={styles.block}>
      {/* If even the ErrorBlock chunk cannot load, the plain text and button below still show. */}
      <Suspense
        fallback={
          <div className={styles.plain}>
            <h2>出错了</h2>
            <p>{description}</p>
            {reload}
          </div>
        }
      >
        <ErrorBlock status="default" title="出错了" description={description}>
          {reload}
        </ErrorBlock>
      </Suspense>
    </div>
  );
}
