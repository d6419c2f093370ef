import { useQuery } from "@apollo/client/react";
import { NoticeBar } from "antd-mobile";
import { useNavigate } from "react-router";
import { OpenCallsDocument } from "../graphql/notices";
import styles from "../pages/notices.module.css";

/**
 * 征集通知 still open for this kind, above the list they ask for (我的提案, 社情民意). Nothing shows when
 * there is none, or when the query fails: the page under it matters more than the banner.
 */
export function OpenCalls({ kind }: { kind: "PROPOSAL_CALL" | "OPINION_CALL" }) {
  const navigate = useNavigate();
  const { data } = useQuery(OpenCallsDocument, { variables: { kind }, fetchPolicy: "cache-and-network" });
  const calls = data?.myNotices.items ?? [];
  if (calls.length === 0) return null;
  return (
    <div className={styles.calls} role="region" aria-label="征集通知">
      {calls.map((c) => (
        <NoticeBar
          key={c.id}
          color="alert"
          wrap
          content={`${c.title}（${c.deadline} 截止）`}
          extra={<span onClick={() => navigate(`/notices/${c.id}`)}>查看</span>}
          onClick={() => navigate(`/notices/${c.id}`)}
          style={{ marginBottom: 8, cursor: "pointer" }}
        />
      ))}
    </div>
  );
}
