import { useState } from "react";
import { Badge, Button, Dialog, InfiniteScroll, List, PullToRefresh, Skeleton, Space, Tabs, Tag, TextArea, Toast } from "antd-mobile";
import { AddOutline } from "antd-mobile-icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { useNavigate, useSearchParams } from "react-router";
import type { ProposalState } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { EmptyState, LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { usePagedList } from "../../inbox/hooks/use-paged-list";
import { formatDay, formatTime, ProposalStateTag } from "../components/labels";
import { AnswerCosignDocument, MyCosignInvitationsDocument, MyProposalsDocument } from "../graphql/proposals";
import { OpenCalls } from "../../notices/components/open-calls";
import styles from "./proposals.module.css";

/** Stages as a member thinks of them; each is a set of machine states. */
const FILTERS: { key: string; title: string; states?: ProposalState[] }[] = [
  { key: "all", title: "全部" },
  { key: "draft", title: "草稿", states: ["DRAFT", "COSIGNING", "RETURNED"] },
  { key: "review", title: "审查中", states: ["SUBMITTED", "FIRST_REVIEWED", "SECOND_REVIEWED", "FILED"] },
  { key: "handling", title: "办理中", states: ["ASSIGNED", "HANDLING", "DISSATISFIED"] },
  { key: "replied", title: "待评价", states: ["REPLIED"] },
  { key: "closed", title: "已办结", states: ["CLOSED"] },
  { key: "notFiled", title: "不予立案", states: ["NOT_FILED"] },
];

function ProposalList({ filter }: { filter: string }) {
  const navigate = useNavigate();
  const states = FILTERS.find((f) => f.key === filter)?.states;
  const list = usePagedList(MyProposalsDocument, "myProposals", { states });
  let body;
  if (list.loading) body = <div style={{ padding: 16 }}><Skeleton.Paragraph lineCount={6} animated /></div>;
  else if (list.error) body = <LoadFailed error={list.error} onRetry={() => void list.refresh().catch(() => undefined)} />;
  else if (list.items.length === 0)
    body = (
      <EmptyState title={filter === "all" ? "还没有提案" : "没有这一类的提案"} description={filter === "all" ? "点击右下角“写提案”提交您的第一件提案" : undefined}>
        {filter === "all" && (
          <Button color="primary" size="small" onClick={() => navigate("/proposals/new")}>
            写提案
          </Button>
        )}
      </EmptyState>
    );
  else
    body = (
      <>
        <List header={`共 ${list.total} 件`} aria-label="我的提案列表">
          {list.items.map((p) => (
            <List.Item key={p.id} onClick={() => navigate(`/proposals/${p.id}`)} arrowIcon>
              <div className={styles.itemTitle}>{p.title}</div>
              <div className={styles.itemMeta}>
                <ProposalStateTag state={p.state} label={p.stateLabel} />
                {p.caseNumber && <span>案号 {p.caseNumber}</span>}
                <span>
                  {p.submitterName}
                  {p.cosignerCount ? ` 等 ${p.cosignerCount + 1} 人` : ""}
                </span>
                {p.leadUnit && <span>主办：{p.leadUnit.name}</span>}
                <span>{p.submittedAt ? `提交于 ${formatDay(p.submittedAt)}` : `保存于 ${formatDay(p.updatedAt)}`}</span>
              </div>
            </List.Item>
          ))}
        </List>
        {list.paged && <InfiniteScroll loadMore={list.loadMore} hasMore={list.hasMore} />}
      </>
    );
  return <PullToRefresh onRefresh={() => list.refresh().catch(toastError)}>{body}</PullToRefresh>;
}

const COSIGN_STATUS: Record<string, { label: string; color: string }> = {
  INVITED: { label: "待确认", color: "warning" },
  CONFIRMED: { label: "已同意", color: "success" },
  DECLINED: { label: "已拒绝", color: "default" },
};

/** 联名邀请: proposals other members asked me to co-sign; I agree or decline here or on the proposal. */
function CosignInvitations() {
  const navigate = useNavigate();
  const q = useQuery(MyCosignInvitationsDocument, { variables: { pendingOnly: false }, fetchPolicy: "cache-and-network" });
  const [answer] = useMutation(AnswerCosignDocument);
  const rows = q.data?.myProposalCosignInvitations ?? [];
  const respond = async (proposalId: string, accept: boolean) => {
    let comment = "";
    const ok = await Dialog.confirm({
      title: accept ? "同意联名" : "拒绝联名",
      content: accept ? "同意后您将作为联名人出现在该提案中。" : <TextArea placeholder="拒绝的原因（选填）" autoSize={{ minRows: 2 }} onChange={(v) => (comment = v)} />,
      confirmText: accept ? "同意" : "拒绝",
      cancelText: "取消",
    });
    if (!ok) return;
    try {
      await answer({ variables: { input: { proposalId, accept, comment: comment.trim() || null } }, refetchQueries: ["MyProposalCosignInvitations"], awaitRefetchQueries: true });
      Toast.show({ icon: "success", content: accept ? "已同意联名" : "已拒绝联名" });
    } catch (e) {
      toastError(e);
    }
  };
  let body;
  if (q.error && !q.data) body = <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  else if (!q.data) body = <div style={{ padding: 16 }}><Skeleton.Paragraph lineCount={4} animated /></div>;
  else if (rows.length === 0) body = <EmptyState title="暂无联名邀请" description="其他委员邀请您联名提案时会显示在这里" />;
  else
    body = (
      <List aria-label="联名邀请列表">
        {rows.map((r) => (
          <List.Item key={r.proposal.id} onClick={() => navigate(`/proposals/${r.proposal.id}`)} arrowIcon>
            <div className={styles.itemTitle}>{r.proposal.title}</div>
            <div className={styles.itemMeta}>
              <Tag color={COSIGN_STATUS[r.status]?.color} fill="outline">
                {COSIGN_STATUS[r.status]?.label}
              </Tag>
              <span>{r.proposal.submitterName} 邀请您联名</span>
              <span>{formatTime(r.invitedAt)}</span>
            </div>
            {r.status === "INVITED" && r.proposal.state === "COSIGNING" && (
              <Space style={{ marginTop: 8 }} onClick={(e) => e.stopPropagation()}>
                <Button size="small" color="primary" onClick={() => void respond(r.proposal.id, true)}>
                  同意联名
                </Button>
                <Button size="small" onClick={() => void respond(r.proposal.id, false)}>
                  拒绝
                </Button>
              </Space>
            )}
          </List.Item>
        ))}
      </List>
    );
  return <PullToRefresh onRefresh={() => q.refetch().then(() => undefined).catch(toastError)}>{body}</PullToRefresh>;
}

/** 我的提案: my own and co-signed proposals by stage, and the co-sign invitations waiting for my answer. */
export default function MyProposalsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "cosign" ? "cosign" : "mine";
  const [filter, setFilter] = useState(params.get("stage") ?? "all");
  const pending = useQuery(MyCosignInvitationsDocument, { variables: { pendingOnly: true }, fetchPolicy: "cache-and-network" });
  const pendingCount = pending.data?.myProposalCosignInvitations.length ?? 0;

  return (
    <Page title="我的提案" back backTo="/workbench">
      <div className={styles.tabs}>
        <Tabs activeKey={tab} onChange={(k) => setParams(k === "cosign" ? { tab: "cosign" } : {}, { replace: true })}>
          <Tabs.Tab key="mine" title="我的提案" />
          <Tabs.Tab key="cosign" title={<Badge content={pendingCount || null} style={{ "--right": "-14px", "--top": "6px" }}>联名邀请</Badge>} />
        </Tabs>
        {tab === "mine" && (
          <Tabs activeKey={filter} onChange={setFilter} stretch={false}>
            {FILTERS.map((f) => (
              <Tabs.Tab key={f.key} title={f.title} />
            ))}
          </Tabs>
        )}
      </div>
      {tab === "mine" && <OpenCalls kind="PROPOSAL_CALL" />}
      {tab === "mine" ? <ProposalList key={filter} filter={filter} /> : <CosignInvitations />}
      <div style={{ height: 72 }} aria-hidden />
      {tab === "mine" && (
        <Button className={styles.write} color="primary" shape="rounded" onClick={() => navigate("/proposals/new")}>
          <AddOutline /> 写提案
        </Button>
      )}
    </Page>
  );
}
