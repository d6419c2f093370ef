import { InfiniteScroll, List, PullToRefresh, Skeleton, Tag } from "antd-mobile";
import { useNavigate } from "react-router";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { usePagedList } from "../../inbox/hooks/use-paged-list";
import { UnitProposalsDocument } from "../graphql/proposals";
import styles from "./proposals.module.css";

/** 承办提案 for a handling unit: what is assigned to it, what to sign for, what is due. */
export default function HandlingPage() {
  const navigate = useNavigate();
  const list = usePagedList(UnitProposalsDocument, "unitProposals", {});
  let body;
  if (list.loading) body = <Skeleton.Paragraph lineCount={6} animated />;
  else if (list.error) body = <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  else if (list.items.length === 0) body = <EmptyState title="暂无交办的提案" description="提案委交办给本单位的提案将显示在这里" />;
  else
    body = (
      <>
        <List header={`共 ${list.data?.unitProposals.total ?? 0} 件`}>
          {list.items.map((p) => {
            const a = p.myAssignment;
            const due = a && !a.repliedAt ? (a.daysLeft < 0 ? <Tag color="danger">超期 {-a.daysLeft} 天</Tag> : <Tag color="warning" fill="outline">剩 {a.daysLeft} 天</Tag>) : null;
            return (
              <List.Item
                key={p.id}
                onClick={() => navigate(`/handling/${p.id}`)}
                description={
                  <span className={styles.meta}>
                    {p.caseNumber ? `案号 ${p.caseNumber} · ` : ""}
                    {a?.role === "LEAD" ? "主办" : "协办"} · {a ? (a.repliedAt ? "已答复" : a.signedAt ? "办理中" : "待签收") : p.stateLabel}
                  </span>
                }
                extra={due}
                arrowIcon
              >
                {p.title}
              </List.Item>
            );
          })}
        </List>
        {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
      </>
    );
  return (
    <Page title="承办提案" back backTo="/workbench">
      <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>{body}</PullToRefresh>
    </Page>
  );
}
