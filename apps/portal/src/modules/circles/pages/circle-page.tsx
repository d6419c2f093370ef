import { useCallback } from "react";
import { Button, Dialog, InfiniteScroll, PullToRefresh, Skeleton, Tag } from "antd-mobile";
import { EditSOutline } from "antd-mobile-icons";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import type { CircleKind } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { fullTime } from "../../inbox/times";
import { PostCard } from "../components/post-card";
import { CircleDocument, CircleFeedDocument, SetCircleJoinedDocument } from "../graphql/circles";
import { kindColor, kindLabel } from "../labels";
import styles from "../circles.module.css";

const PAGE = 10;

/** One circle: who it is for, its feed (pinned first, then newest, more on scroll), and 发帖. */
export default function CirclePage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const circle = useQuery(CircleDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const feed = useQuery(CircleFeedDocument, { variables: { circleId: id, first: PAGE }, fetchPolicy: "cache-and-network", notifyOnNetworkStatusChange: false });
  const [setJoined, joining] = useMutation(SetCircleJoinedDocument);
  const c = circle.data?.circle;
  const f = feed.data?.circleFeed;

  const { fetchMore } = feed;
  const loadMore = useCallback(async () => {
    if (!f?.nextCursor) return;
    await fetchMore({
      variables: { after: f.nextCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        const seen = new Set(prev.circleFeed.items.map((p) => p.id));
        return { circleFeed: { ...fetchMoreResult.circleFeed, pinned: prev.circleFeed.pinned, items: [...prev.circleFeed.items, ...fetchMoreResult.circleFeed.items.filter((p) => !seen.has(p.id))] } };
      },
    });
  }, [f?.nextCursor, fetchMore]);

  const refresh = async () => {
    await Promise.all([feed.refetch({ circleId: id, first: PAGE, after: null }), circle.refetch()]).catch(toastError);
  };

  const toggleJoin = async () => {
    if (!c) return;
    if (c.joined && !(await Dialog.confirm({ content: `确定退出“${c.name}”吗？`, confirmText: "退出", cancelText: "取消" }))) return;
    await setJoined({ variables: { id: c.id, joined: !c.joined } }).catch(toastError);
  };

  const posts = [...(f?.pinned ?? []), ...(f?.items ?? [])];
  return (
    <Page title={c?.name ?? "圈子"} back backTo="/circles">
      {(circle.error || feed.error) && !f && <LoadFailed error={circle.error ?? feed.error} onRetry={() => void refresh()} />}
      {!f && (circle.loading || feed.loading) && <Skeleton.Paragraph lineCount={10} animated />}
      {c && f && (
        <PullToRefresh onRefresh={refresh}>
          <section className={styles.head}>
            <div className={styles.headRow}>
              <h2>{c.name}</h2>
              <Tag color={kindColor(c.kind as CircleKind)} fill="outline">
                {kindLabel(c.kind as CircleKind)}
              </Tag>
            </div>
            {c.description && <div className={styles.meta}>{c.description}</div>}
            <div className={styles.headRow} style={{ marginTop: 6 }}>
              <span className={styles.meta}>
                {c.memberCount} 位成员 · {c.postCount} 条帖子
              </span>
              {c.kind === "OPEN" && !c.archived && (
                <Button size="mini" color="primary" fill={c.joined ? "none" : "solid"} loading={joining.loading} onClick={() => void toggleJoin()}>
                  {c.joined ? "退出圈子" : "加入圈子"}
                </Button>
              )}
            </div>
            {c.bannedUntil && <div className={styles.notice}>您在本圈子被禁言至 {fullTime(c.bannedUntil as string)}，期间可以浏览、点赞，不能发帖和评论。</div>}
            {c.archived && <div className={styles.notice}>本圈子已归档，只能浏览。</div>}
            {!c.joined && c.kind === "OPEN" && !c.archived && <div className={styles.notice}>加入后可以发帖和评论。</div>}
          </section>
          {posts.length === 0 ? (
            <EmptyState title="还没有帖子" description={c.canPost ? "点击右下角按钮，发布第一条帖子" : "圈子成员发布的帖子将显示在这里"} />
          ) : (
            posts.map((p) => <PostCard key={p.id} post={p} onOpen={() => navigate(`/circles/posts/${p.id}`)} onRemoved={() => void refresh()} />)
          )}
          {posts.length > 0 && <InfiniteScroll loadMore={loadMore} hasMore={!!f.nextCursor}>{f.nextCursor ? "加载中…" : "没有更多了"}</InfiniteScroll>}
        </PullToRefresh>
      )}
      {c?.canPost && (
        <Button className={styles.fab} color="primary" shape="rounded" size="large" aria-label="发帖" onClick={() => navigate(`/circles/${id}/new`)}>
          <EditSOutline fontSize={20} /> 发帖
        </Button>
      )}
    </Page>
  );
}
