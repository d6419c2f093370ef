import { Button, InfiniteScroll, List, PullToRefresh, Skeleton, Tag } from "antd-mobile";
import { useNavigate } from "react-router";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { usePagedList } from "../../inbox/hooks/use-paged-list";
import { MyProposalsDocument } from "../graphql/proposals";
import styles from "./proposals.module.css";

const color = (state: string) =>
  state === "CLOSED" ? "success" : state === "RETURNED" || state === "DISSATISFIED" ? "danger" : state === "REPLIED" ? "warning" : state === "DRAFT" ? "default" : "primary";

/** 我的提案: own and co-signed, newest first; the state of each at a glance. */
export default function MyProposalsPage() {
  const navigate = useNavigate();
  const list = usePagedList(MyProposalsDocument, "myProposals", {});
  let body;
  if (list.loading) body = <Skeleton.Paragraph lineCount={6} animated />;
  else if (list.error) body = <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  else if (list.items.length === 0) body = <EmptyState title="还没有提案" description="点击下方“写提案”提交您的第一件提案" />;
  else
    body = (
      <>
        <List header={`共 ${list.data?.myProposals.total ?? 0} 件`}>
          {list.items.map((p) => (
            <List.Item
              key={p.id}
              onClick={() => navigate(`/proposals/${p.id}`)}
              description={<span className={styles.meta}>{p.caseNumber ? `案号 ${p.caseNumber} · ` : ""}{p.submitterName}</span>}
              extra={<Tag color={color(p.state)} fill="outline">{p.stateLabel}</Tag>}
              arrowIcon
            >
              {p.title}
            </List.Item>
          ))}
        </List>
        {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
      </>
    );
  return (
    <Page title="我的提案" back backTo="/workbench">
      <div className={styles.new}>
        <Button block color="primary" onClick={() => navigate("/proposals/new")}>
          写提案
        </Button>
      </div>
      <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>{body}</PullToRefresh>
    </Page>
  );
}
