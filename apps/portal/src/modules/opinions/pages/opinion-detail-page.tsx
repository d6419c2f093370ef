import { Button, Dialog, List, NoticeBar, Skeleton, Steps, Tag, Toast } from "antd-mobile";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useNavigate, useParams } from "react-router";
import { COSIGN_STATUS_LABELS, type OpinionState } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { FeedbackTags, formatTime, isAdopted, OpinionStateTag } from "../components/opinion-state";
import {
  CancelOpinionCosignDocument,
  DeleteOpinionDraftDocument,
  InstructionFileDocument,
  MyOpinionCosignRequestsDocument,
  MyOpinionDocument,
  MyOpinionsDocument,
  MyOpinionStatisticsDocument,
  OpinionFileDocument,
  RespondOpinionCosignDocument,
  SubmitOpinionDocument,
} from "../graphql/opinions";
import { AttachmentLinks } from "../../proposals/components/attachments";
import styles from "../components/opinions.module.css";

/** Where an item is on the road 报送 → 审核 → 采用 → 编入刊物 → 刊发. */
const STEP_OF: Partial<Record<OpinionState, number>> = { SUBMITTED: 1, FIRST_REVIEWED: 1, SECOND_REVIEWED: 2, EDITED: 3, PUBLISHED: 4 };

/** One of my 社情民意: status, feedback (退回理由, 采用, 刊物, 批示), the text and its history. */
export default function OpinionDetailPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(MyOpinionDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const refetchQueries = [MyOpinionsDocument, MyOpinionStatisticsDocument];
  const [submit, s] = useMutation(SubmitOpinionDocument, { refetchQueries });
  const [remove, r] = useMutation(DeleteOpinionDraftDocument, { refetchQueries });
  const [cancelCosign, cc] = useMutation(CancelOpinionCosignDocument, { refetchQueries });
  const invites = useQuery(MyOpinionCosignRequestsDocument, { variables: { pendingOnly: true }, fetchPolicy: "cache-and-network" });
  const [respond, rc] = useMutation(RespondOpinionCosignDocument, { refetchQueries: [...refetchQueries, MyOpinionCosignRequestsDocument] });
  const o = data?.opinion;
  const instructions = data?.opinionInstructions ?? [];

  if (error && !o) {
    return (
      <Page title="社情民意" back backTo="/opinions">
        <LoadFailed error={error} onRetry={() => void refetch()} />
      </Page>
    );
  }
  if (!o) {
    return (
      <Page title="社情民意" back backTo="/opinions">
        <div className={styles.loading} role="status" aria-label="加载中">
          <Skeleton.Title animated />
          <Skeleton.Paragraph lineCount={8} animated />
        </div>
      </Page>
    );
  }

  const doSubmit = async () => {
    const content = o.cosigners.length ? `提交后将请 ${o.cosigners.map((c) => c.memberName).join("、")} 确认联名，全部答复后进入审核。` : "提交后进入审核，审核期间不能修改。确定提交吗？";
    const ok = await Dialog.confirm({ title: "提交社情民意", content, confirmText: "提交", cancelText: "再看看" });
    if (!ok) return;
    try {
      await submit({ variables: { id: o.id, version: o.version } });
      Toast.show({ icon: "success", content: o.cosigners.length ? "已提交，等待联名委员确认" : "已提交，等待审核" });
    } catch (e) {
      toastError(e);
    }
  };
  const doDelete = async () => {
    const ok = await Dialog.confirm({ title: "删除草稿", content: "删除后不能恢复，确定删除吗？", confirmText: "删除", cancelText: "取消" });
    if (!ok) return;
    try {
      await remove({ variables: { id: o.id, version: o.version } });
      Toast.show({ icon: "success", content: "草稿已删除" });
      navigate("/opinions", { replace: true });
    } catch (e) {
      toastError(e);
    }
  };
  const doCancelCosign = async () => {
    const ok = await Dialog.confirm({ title: "撤回联名邀请", content: "撤回后回到草稿，可修改后重新提交。", confirmText: "撤回", cancelText: "取消" });
    if (!ok) return;
    try {
      await cancelCosign({ variables: { id: o.id, version: o.version } });
      Toast.show({ icon: "success", content: "已撤回，回到草稿" });
    } catch (e) {
      toastError(e);
    }
  };

  /** The viewer is a co-signer still to answer (their invitation, not their own item). */
  const invited = o.state === "COSIGNING" && (invites.data?.myOpinionCosignRequests ?? []).some((x) => x.opinion.id === o.id);
  const doRespond = async (accept: boolean) => {
    const ok = await Dialog.confirm({
      title: accept ? "确认联名" : "谢绝联名",
      content: accept ? `确认与${o.submitterName}联名报送这条社情民意吗？` : "谢绝后您不再列为联名人。",
      confirmText: accept ? "确认联名" : "谢绝",
      cancelText: "取消",
    });
    if (!ok) return;
    try {
      await respond({ variables: { id: o.id, accept } });
      Toast.show({ icon: "success", content: accept ? "已确认联名" : "已谢绝联名" });
    } catch (e) {
      toastError(e);
    }
  };

  const mayEdit = o.canEdit && (o.state === "DRAFT" || o.state === "RETURNED");
  // With co-signers listed, 提交 first asks them (requestCosign); the same mutation does both.
  const maySubmit = o.availableActions.includes("submit") || o.availableActions.includes("requestCosign");
  const mayCancelCosign = o.availableActions.includes("cancelCosign");
  const step = STEP_OF[o.state];
  const neverSubmitted = o.state === "DRAFT" && !o.submittedAt;

  return (
    <Page title="社情民意" back backTo="/opinions">
      <header className={styles.header}>
        <h2 className={styles.title}>{o.title}</h2>
        <div className={styles.tags}>
          <OpinionStateTag state={o.state} />
          <FeedbackTags state={o.state} instructed={o.instructed} />
          {o.origin !== "DIRECT" && <Tag fill="outline">{o.originLabel}</Tag>}
        </div>
        <div className={styles.meta}>{o.submittedAt ? `报送于 ${formatTime(o.submittedAt)}` : o.state === "COSIGNING" ? `发起联名于 ${formatTime(o.updatedAt)}` : `草稿保存于 ${formatTime(o.updatedAt)}`}</div>
      </header>

      {o.state === "RETURNED" && <NoticeBar wrap color="alert" content={`已退回：${o.returnReason ?? "请修改后重新提交"}`} />}
      {o.state === "DISCARDED" && <NoticeBar wrap color="default" content={`未采用${o.discardReason ? `：${o.discardReason}` : ""}。感谢您的反映。`} />}
      {o.state === "COSIGNING" && !invited && <NoticeBar wrap color="info" content="等待联名委员确认，全部答复后进入审核。" />}
      {invited && <NoticeBar wrap color="info" content={`${o.submitterName}邀请您联名报送这条社情民意，请阅读正文后答复。`} />}

      {step !== undefined && (
        <List header="办理进度" mode="card" className={styles.section}>
          <List.Item>
            <Steps current={step} style={{ "--title-font-size": "13px" } as React.CSSProperties}>
              <Steps.Step title="报送" description={formatTime(o.submittedAt).slice(5, 10)} />
              <Steps.Step title="审核" />
              <Steps.Step title="采用" description={formatTime(o.adoptedAt).slice(5, 10)} />
              <Steps.Step title="入刊" />
              <Steps.Step title="刊发" description={formatTime(o.publishedAt).slice(5, 10)} />
            </Steps>
          </List.Item>
        </List>
      )}

      {(isAdopted(o.state) || instructions.length > 0) && (
        <List header="采用与批示" mode="card" className={styles.section} aria-label="采用与批示">
          {isAdopted(o.state) && <List.Item extra={formatTime(o.adoptedAt)}>已采用</List.Item>}
          {o.issue && (
            <List.Item extra={o.issue.status === "PUBLISHED" ? "已刊发" : "编辑中"}>
              编入《{o.issue.journalName}》{o.issue.label}
            </List.Item>
          )}
          {instructions.map((i) => (
            <List.Item
              key={i.id}
              description={
                <>
                  <div className={styles.instruction}>{i.content}</div>
                  <div>{i.instructedAt}</div>
                </>
              }
            >
              <Tag color="danger" style={{ marginRight: 6 }}>
                {i.kindLabel}
              </Tag>
              {i.authorName}
              {i.authorTitle ? `（${i.authorTitle}）` : ""}
              {i.sourceTenantName ? ` · ${i.sourceTenantName}` : ""}
            </List.Item>
          ))}
        </List>
      )}
      {instructions
        .filter((i) => i.attachments.length > 0)
        .map((i) => (
          <AttachmentLinks
            key={i.id}
            items={i.attachments}
            title={`${i.kindLabel}附件（${i.authorName}）`}
            load={async (fileId) => (await client.query({ query: InstructionFileDocument, variables: { opinionId: o.id, id: fileId }, fetchPolicy: "no-cache" })).data?.instructionAttachment ?? null}
          />
        ))}

      {o.cosigners.length > 0 && (
        <List header="联名委员" mode="card" className={styles.section}>
          {o.cosigners.map((c) => (
            <List.Item key={c.memberId} extra={COSIGN_STATUS_LABELS[c.status]}>
              {c.memberName}
            </List.Item>
          ))}
        </List>
      )}

      <List header="正文" mode="card" className={styles.section}>
        <div className={styles.body} data-testid="opinion-body">
          {o.content}
        </div>
      </List>
      <AttachmentLinks items={o.attachments} load={async (fileId) => (await client.query({ query: OpinionFileDocument, variables: { id: fileId }, fetchPolicy: "no-cache" })).data?.opinionAttachment ?? null} />

      {o.events.length > 0 && (
        <List header="流转记录" mode="card" className={styles.section}>
          {[...o.events].reverse().map((e) => (
            <List.Item key={e.id} description={e.comment ?? undefined} extra={formatTime(e.createdAt)}>
              {e.actionLabel}
            </List.Item>
          ))}
        </List>
      )}

      {invited && (
        <div className={styles.actions}>
          <Button loading={rc.loading} onClick={() => void doRespond(false)}>
            谢绝
          </Button>
          <Button color="primary" loading={rc.loading} onClick={() => void doRespond(true)}>
            确认联名
          </Button>
        </div>
      )}
      {!invited && (mayEdit || maySubmit || neverSubmitted || mayCancelCosign) && (
        <div className={styles.actions}>
          {neverSubmitted && (
            <Button color="danger" fill="outline" loading={r.loading} onClick={() => void doDelete()}>
              删除
            </Button>
          )}
          {mayEdit && <Button onClick={() => navigate(`/opinions/${o.id}/edit`)}>修改</Button>}
          {maySubmit && (
            <Button color="primary" loading={s.loading} onClick={() => void doSubmit()}>
              {o.state === "RETURNED" ? "重新提交" : "提交"}
            </Button>
          )}
          {mayCancelCosign && (
            <Button loading={cc.loading} onClick={() => void doCancelCosign()}>
              撤回联名邀请
            </Button>
          )}
        </div>
      )}
    </Page>
  );
}
