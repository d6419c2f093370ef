import { useEffect } from "react";
import { useNavigate, useParams } from "react-router";
import { useMutation } from "@apollo/client/react";
import { Button, Skeleton, Tag } from "antd-mobile";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { emitInboxChanged } from "../../inbox/live/inbox-signal";
import { fullTime } from "../../inbox/times";
import { ReadMyNoticeDocument } from "../graphql/notices";
import { CALL_WRITE, KIND_TAG } from "./call-kinds";
import styles from "./notices.module.css";

/** One notice. Opening it is the reading: the server stamps the receipt (first time only) and clears its message. */
export default function NoticePage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const [read, { data, error, loading }] = useMutation(ReadMyNoticeDocument);
  useEffect(() => {
    read({ variables: { id } }).then(() => emitInboxChanged(), () => undefined);
  }, [id, read]);
  const n = data?.readMyNotice;
  const kind = n && n.kind !== "GENERAL" ? n.kind : null;

  return (
    <Page title="通知公告" back backTo="/notices">
      {error && <LoadFailed error={error} onRetry={() => void read({ variables: { id } }).catch(() => undefined)} />}
      {!n && loading && <Skeleton.Paragraph lineCount={8} animated />}
      {n && (
        <article className={styles.article}>
          <h1>
            {n.kind !== "GENERAL" && (
              <Tag color={KIND_TAG[n.kind].color} className={styles.kind}>
                {KIND_TAG[n.kind].label}
              </Tag>
            )}
            {n.title}
          </h1>
          <div className={styles.meta}>
            {n.publishedBy ?? "委员会办公室"} · 发布于 {fullTime(n.publishedAt)}
          </div>
          {n.kind !== "GENERAL" && n.deadline && (
            <div className={styles.call}>
              截止日期：{n.deadline}
              {n.open ? "（征集中）" : "（已截止）"}
            </div>
          )}
          <div className={styles.body}>{n.body}</div>
          {kind && n.open && (
            <Button block color="primary" size="large" className={styles.callAction} onClick={() => navigate(CALL_WRITE[kind].to)}>
              {CALL_WRITE[kind].label}
            </Button>
          )}
        </article>
      )}
    </Page>
  );
}
