import { useState } from "react";
import { Button, InfiniteScroll, List, PullToRefresh, Skeleton, Tabs } from "antd-mobile";
import { AddOutline } from "antd-mobile-icons";
import { useQuery } from "@apollo/client/react";
import { useNavigate } from "react-router";
import type { OpinionState } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { FeedbackTags, formatTime, OpinionStateTag } from "../components/opinion-state";
import { MyOpinionCosignRequestsDocument, MyOpinionsDocument, MyOpinionStatisticsDocument } from "../graphql/opinions";
import { OpenCalls } from "../../notices/components/open-calls";
import styles from "../components/opinions.module.css";

const PAGE_SIZE = 20;

const FILTERS: { key: string; title: string; states?: OpinionState[] }[] = [
  { key: "all", title: "全部" },
  { key: "draft", title: "草稿", states: ["DRAFT", "COSIGNING"] },
  { key: "review", title: "审核中", states: ["SUBMITTED", "FIRST_REVIEWED"] },
  { key: "adopted", title: "已采用", states: ["SECOND_REVIEWED", "EDITED", "PUBLISHED"] },
  { key: "returned", title: "已退回", states: ["RETURNED"] },
  { key: "discarded", title: "未采用", states: ["DISCARDED"] },
];

/** 我的社情民意: the member's own statistics, their items by state (newest first), and 写社情民意. */
export default function MyOpinionsPage() {
  const navigate = useNavigate();
  const [filter, setFilter] = useState("all");
  const states = FILTERS.find((f) => f.key === filter)?.states;
  const stats = useQuery(MyOpinionStatisticsDocument, { fetchPolicy: "cache-and-network" });
  const list = useQuery(MyOpinionsDocument, { variables: { page: 1, pageSize: PAGE_SIZE, states }, fetchPolicy: "cache-and-network", notifyOnNetworkStatusChange: false });
  const page = list.data?.myOpinions;
  const items = page?.items ?? [];
  const s = stats.data?.myOpinionStatistics;
  const invites = useQuery(MyOpinionCosignRequestsDocument, { variables: { pendingOnly: true }, fetchPolicy: "cache-and-network" });
  const pendingInvites = invites.data?.myOpinionCosignRequests ?? [];

  const loadMore = async () => {
    await list.fetchMore({
      variables: { page: Math.floor(items.length / PAGE_SIZE) + 1 },
      updateQuery: (prev, { fetchMoreResult }) => {
        const seen = new Set(prev.myOpinions.items.map((i) => i.id));
        return { myOpinions: { ...fetchMoreResult.myOpinions, items: [...prev.myOpinions.items, ...fetchMoreResult.myOpinions.items.filter((i) => !seen.has(i.id))] } };
      },
    });
  };
  const refresh = async () => {
    await Promise.all([list.refetch({ page: 1 }), stats.refetch(), invites.refetch()]);
  };

  let body;
  if (list.error && !page) body = <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  else if (!page) {
    body = (
      <div className={styles.loading} role="status" aria-label="加载中">
        <Skeleton.Paragraph lineCount={8} animated />
      </div>
    );
  } else if (items.length === 0) {
    body = (
      <EmptyState title={filter === "all" ? "还没有社情民意" : "没有这一类的社情民意"} description={filter === "all" ? "反映社情民意是委员履职的重要方式，点击下方按钮开始撰写" : undefined}>
        {filter === "all" && (
          <Button color="primary" size="small" onClick={() => navigate("/opinions/new")}>
            写社情民意
          </Button>
        )}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <List aria-label="我的社情民意列表">
          {items.map((o) => (
            <List.Item key={o.id} onClick={() => navigate(`/opinions/${o.id}`)} arrowIcon>
              <div className={styles.itemTitle}>{o.title}</div>
              <div className={styles.itemMeta}>
                <OpinionStateTag state={o.state} />
                <FeedbackTags state={o.state} instructed={o.instructed} />
                {o.issue && <span>《{o.issue.journalName}》{o.issue.label}</span>}
                <span>{o.submittedAt ? `报送于 ${formatTime(o.submittedAt)}` : `保存于 ${formatTime(o.updatedAt)}`}</span>
              </div>
            </List.Item>
          ))}
        </List>
        {page.total > PAGE_SIZE && <InfiniteScroll loadMore={loadMore} hasMore={items.length < page.total} />}
      </>
    );
  }

  return (
    <Page title="我的社情民意" back backTo="/workbench">
      <PullToRefresh onRefresh={() => refresh().catch(toastError)}>
        <OpenCalls kind="OPINION_CALL" />
        <section className={styles.stats} aria-label="我的社情民意统计">
          {[
            ["已报送", s?.submitted],
            ["已采用", s?.adopted],
            ["已刊发", s?.published],
            ["获批示", s?.instructed],
          ].map(([label, value]) => (
            <div key={label as string}>
              <div className={styles.statValue}>{value ?? "–"}</div>
              <div className={styles.statLabel}>{label}</div>
            </div>
          ))}
        </section>
        {pendingInvites.length > 0 && (
          <List header={`待我确认的联名（${pendingInvites.length}）`} mode="card" aria-label="待我确认的联名">
            {pendingInvites.map((r) => (
              <List.Item key={r.opinion.id} description={`${r.opinion.submitterName} 邀请您联名 · ${formatTime(r.invitedAt)}`} onClick={() => navigate(`/opinions/${r.opinion.id}`)} arrowIcon>
                {r.opinion.title}
              </List.Item>
            ))}
          </List>
        )}
        <div className={styles.tabs}>
          <Tabs activeKey={filter} onChange={setFilter} stretch={false}>
            {FILTERS.map((f) => (
              <Tabs.Tab key={f.key} title={f.title} />
            ))}
          </Tabs>
        </div>
        {body}
        {/* Room for the floating 写社情民意 button, so it never covers the last item. */}
        <div style={{ height: 72 }} aria-hidden />
      </PullToRefresh>
      <Button className={styles.write} color="primary" shape="rounded" onClick={() => navigate("/opinions/new")}>
        <AddOutline /> 写社情民意
      </Button>
    </Page>
  );
}
