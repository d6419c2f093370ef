import { useEffect } from "react";
import { useParams } from "react-router";
import { useMutation } from "@apollo/client/react";
import { Skeleton } from "antd-mobile";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { emitInboxChanged } from "../../inbox/live/inbox-signal";
import { fullTime } from "../../inbox/times";
import { ReadMyNoticeDocument } from "../graphql/notices";
import styles from "./notices.module.css";

/** One notice. Opening it is the reading: the server stamps the receipt (first time only) and clears its message. */
export default function NoticePage() {
  const { id = "" } = useParams();
  const [read, { data, error, loading }] = useMutation(ReadMyNoticeDocument);
  useEffect(() => {
    read({ variables: { id } }).then(() => emitInboxChanged(), () => undefined);
  }, [id, read]);
  const n = data?.readMyNotice;

  return (
    <Page title="通知公告" back backTo="/notices">
      {error && <LoadFailed error={error} onRetry={() => void read({ variables: { id } }).catch(() => undefined)} />}
      {!n && loading && <Skeleton.Paragraph lineCount={8} animated />}
      {n && (
        <article className={styles.article}>
          <h1>{n.title}</h1>
          <div className={styles.meta}>
            {n.publishedBy ?? "委员会办公室"} · 发布于 {fullTime(n.publishedAt)}
          </div>
          <div className={styles.body}>{n.body}</div>
        </article>
      )}
    </Page>
  );
}
