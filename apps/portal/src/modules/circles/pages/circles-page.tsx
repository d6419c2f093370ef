import { Button, List, PullToRefresh, Skeleton, Tag } from "antd-mobile";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import type { CircleKind } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { showToast } from "../../../app/toast";
import { MyCirclesDocument, SetCircleJoinedDocument } from "../graphql/circles";
import { kindColor, kindLabel } from "../labels";
import styles from "../circles.module.css";

/**
 * 圈子: the member's circles (their 专委会 and 界别 of the current session, joined open circles) and the
 * open circles they may join. A committee has tens of circles: one page of 100 holds them all.
 */
export default function CirclesPage() {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MyCirclesDocument, { variables: { page: 1, pageSize: 100 }, fetchPolicy: "cache-and-network" });
  const [join, joining] = useMutation(SetCircleJoinedDocument);
  const items = data?.myCircles.items ?? [];
  const mine = items.filter((c) => c.joined);
  const others = items.filter((c) => !c.joined);

  const doJoin = async (id: string, name: string) => {
    try {
      await join({ variables: { id, joined: true } });
      void showToast({ icon: "success", content: `已加入“${name}”` });
      await refetch();
    } catch (e) {
      toastError(e);
    }
  };

  const row = (c: (typeof items)[number]) => (
    <List.Item
      key={c.id}
      onClick={() => navigate(`/circles/${c.id}`)}
      description={
        <span className={styles.meta}>
          {c.memberCount} 位成员 · {c.postCount} 条帖子{c.bannedUntil ? " · 您已被禁言" : ""}
        </span>
      }
      extra={
        c.joined ? (
          <Tag color={kindColor(c.kind as CircleKind)} fill="outline">
            {kindLabel(c.kind as CircleKind)}
          </Tag>
        ) : (
          <Button
            size="mini"
            color="primary"
            fill="outline"
            loading={joining.loading && joining.data === undefined}
            onClick={(e) => {
              e.stopPropagation();
              void doJoin(c.id, c.name);
            }}
          >
            加入
          </Button>
        )
      }
      arrowIcon={c.joined}
    >
      {c.name}
    </List.Item>
  );

  return (
    <Page title="圈子" back backTo="/workbench">
      {error && !data && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!data && loading && <Skeleton.Paragraph lineCount={8} animated />}
      {data && (
        <PullToRefresh onRefresh={() => refetch().then(() => undefined, toastError)}>
          {items.length === 0 && <EmptyState title="暂无圈子" description="您所在专委会、界别的圈子和开放圈子将显示在这里" />}
          {mine.length > 0 && (
            <>
              <div className={styles.sectionTitle}>我的圈子</div>
              <List mode="card">{mine.map(row)}</List>
            </>
          )}
          {others.length > 0 && (
            <>
              <div className={styles.sectionTitle}>可加入的开放圈子</div>
              <List mode="card">{others.map(row)}</List>
            </>
          )}
        </PullToRefresh>
      )}
    </Page>
  );
}
