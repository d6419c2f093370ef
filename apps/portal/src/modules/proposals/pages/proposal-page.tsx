import { useState } from "react";
import { Button, Dialog, List, Radio, Skeleton, Space, Steps, Tag, TextArea, Toast } from "antd-mobile";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { PROPOSAL_SATISFACTIONS, type ProposalSatisfaction } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { AttachmentLinks } from "../components/attachments";
import { formatTime, ProposalStateTag, verdictLabel } from "../components/labels";
import {
  AnswerCosignDocument, CancelMyCosignDocument, DeleteMyProposalDocument, MyCosignInvitationsDocument, MyProposalDocument, RateMyProposalDocument, SubmitMyProposalDocument,
} from "../graphql/proposals";
import styles from "./proposals.module.css";

const COSIGN_LABELS: Record<string, { label: string; color: string }> = {
  INVITED: { label: "待确认", color: "warning" },
  CONFIRMED: { label: "已同意", color: "success" },
  DECLINED: { label: "已拒绝", color: "default" },
};

/** One proposal for its member (or a co-signer): the text, the progress, the units' replies, and the verdict once replied. */
export default function ProposalPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MyProposalDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const invitations = useQuery(MyCosignInvitationsDocument, { variables: { pendingOnly: true }, fetchPolicy: "cache-and-network" });
  const [submit, s] = useMutation(SubmitMyProposalDocument);
  const [rate, r] = useMutation(RateMyProposalDocument);
  const [cancelCosign] = useMutation(CancelMyCosignDocument);
  const [remove] = useMutation(DeleteMyProposalDocument);
  const [answer] = useMutation(AnswerCosignDocument);
  const [verdict, setVerdict] = useState<ProposalSatisfaction | null>(null);
  const [comment, setComment] = useState("");
  const [verdictError, setVerdictError] = useState<string | null>(null);
  const p = data?.proposal;
  const can = (a: string) => !!p?.availableActions.includes(a);
  const invitedMe = !!p && p.state === "COSIGNING" && (invitations.data?.myProposalCosignInvitations ?? []).some((x) => x.proposal.id === p.id);
  const waiting = (p?.cosigners ?? []).filter((c) => c.status === "INVITED").length;

  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      Toast.show({ icon: "success", content: ok });
      await refetch();
    } catch (e) {
      toastError(e);
      void refetch();
    }
  };
  const doSubmit = async () => {
    if (!p) return;
    if (!(await Dialog.confirm({ content: "提交后将进入提案审查，不能再修改。确认提交？", confirmText: "提交", cancelText: "再看看" }))) return;
    await run(() => submit({ variables: { input: { id: p.id, version: p.version } } }), "提案已提交，等待审查");
  };
  const doCancelCosign = async () => {
    if (!p) return;
    if (!(await Dialog.confirm({ content: "撤回尚未答复的联名邀请，提案回到草稿。确认撤回？", confirmText: "撤回", cancelText: "取消" }))) return;
    await run(() => cancelCosign({ variables: { input: { id: p.id, version: p.version } } }), "已撤回联名邀请");
  };
  const doDelete = async () => {
    if (!p) return;
    if (!(await Dialog.confirm({ content: "删除后不能恢复。确认删除这份草稿？", confirmText: "删除", cancelText: "取消" }))) return;
    try {
      await remove({ variables: { id: p.id, version: p.version } });
      Toast.show({ icon: "success", content: "草稿已删除" });
      navigate("/proposals", { replace: true });
    } catch (e) {
      toastError(e);
    }
  };
  const doAnswer = async (accept: boolean) => {
    if (!p) return;
    let reason = "";
    const ok = await Dialog.confirm({
      title: accept ? "同意联名" : "拒绝联名",
      content: accept ? "同意后您将作为联名人出现在该提案中。" : <TextArea placeholder="拒绝的原因（选填）" autoSize={{ minRows: 2 }} onChange={(v) => (reason = v)} />,
      confirmText: accept ? "同意" : "拒绝",
      cancelText: "取消",
    });
    if (!ok) return;
    await run(
      () => answer({ variables: { input: { proposalId: p.id, accept, comment: reason.trim() || null } }, refetchQueries: ["MyProposalCosignInvitations"] }),
      accept ? "已同意联名" : "已拒绝联名",
    );
  };
  const doRate = async () => {
    if (!p) return;
    if (!verdict) return setVerdictError("请选择满意度");
    if (verdict === "DISSATISFIED" && !comment.trim()) return setVerdictError("不满意时请填写意见");
    setVerdictError(null);
    if (!(await Dialog.confirm({ content: `确认评价为“${verdictLabel(verdict)}”？提交后不能修改。`, confirmText: "确认", cancelText: "取消" }))) return;
    await run(
      () => rate({ variables: { input: { id: p.id, version: p.version, satisfaction: verdict, comment: comment.trim() || null } } }),
      verdict === "DISSATISFIED" ? "评价已提交，提案委将审核" : "评价已提交",
    );
    setComment("");
    setVerdict(null);
  };

  return (
    <Page title="提案详情" back backTo="/proposals">
      {error && !p && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!p && loading && <div style={{ padding: 16 }}><Skeleton.Paragraph lineCount={10} animated /></div>}
      {p && (
        <>
          <article className={styles.article}>
            <h1>{p.title}</h1>
            <div className={styles.itemMeta}>
              <ProposalStateTag state={p.state} label={p.stateLabel} />
              {p.caseNumber && <span>案号 {p.caseNumber}</span>}
              <span>{p.submitterName}</span>
              {p.category && <span>{p.category.name}</span>}
              <span>{p.session.name}</span>
            </div>
            {p.state === "RETURNED" && p.returnReason && <p style={{ color: "var(--adm-color-danger)" }}>退回理由：{p.returnReason}。请修改后重新提交。</p>}
            {p.state === "NOT_FILED" && p.notFiledDestination !== "MERGED" && p.notFiledReason && <p style={{ color: "var(--adm-color-weak)" }}>不予立案理由：{p.notFiledReason}</p>}
            {p.notFiledDestination === "MERGED" && (
              <p style={{ color: "var(--adm-color-weak)" }}>
                已并案：与内容相近的提案合并办理，您是
                {p.mergedInto ? <a onClick={() => navigate(`/proposals/${p.mergedInto!.id}`)}>《{p.mergedInto.title}》</a> : "并入提案"}
                的联名人，可在该提案中查看办理和答复。
              </p>
            )}
            {p.state === "COSIGNING" && <p style={{ color: "var(--adm-color-warning)" }}>{waiting ? `等待 ${waiting} 位联名委员答复，全部答复后即可提交。` : "联名委员已全部答复，可以提交。"}</p>}
            {p.leadUnit && (
              <p className={styles.meta}>
                主办单位：{p.leadUnit.name}
                {p.coUnits.length ? `；协办单位：${p.coUnits.map((u) => u.name).join("、")}` : ""}
                {p.deadline ? `（办理期限 ${p.deadline}）` : ""}
              </p>
            )}
            {p.cosigners.length > 0 && (
              <>
                <h2>联名委员</h2>
                <div className={styles.cosigners}>
                  {p.cosigners.map((c) => (
                    <Tag key={c.memberId} color={COSIGN_LABELS[c.status]?.color} fill="outline" round>
                      {c.memberName} · {COSIGN_LABELS[c.status]?.label}
                    </Tag>
                  ))}
                </div>
              </>
            )}
            <h2>提案内容</h2>
            {/* Sanitised by the server before it was stored. */}
            <div className={styles.content} dangerouslySetInnerHTML={{ __html: p.content }} />
            {p.reasons && (
              <>
                <h2>案由</h2>
                <div className={styles.text}>{p.reasons}</div>
              </>
            )}
            {p.suggestions && (
              <>
                <h2>办法建议</h2>
                <div className={styles.text}>{p.suggestions}</div>
              </>
            )}
          </article>
          <AttachmentLinks items={p.attachments} title="提案附件" />
          {p.replies.length > 0 && (
            <article className={styles.article}>
              <h2 style={{ marginTop: 0 }}>办理答复</h2>
              {p.replies.map((x) => (
                <section key={x.id} className={styles.reply}>
                  <h3>
                    {x.unit.name}
                    {x.isLead ? "（主办）" : "（协办）"}
                  </h3>
                  <div className={styles.itemMeta} style={{ marginTop: 0 }}>
                    {x.resultLabel && <Tag color="primary">{x.resultLabel}</Tag>}
                    <span>{formatTime(x.createdAt)}</span>
                    {p.replies.some((y) => y.round > 1) && <span>第 {x.round} 轮</span>}
                  </div>
                  <div className={styles.content} dangerouslySetInnerHTML={{ __html: x.content }} />
                  <AttachmentLinks items={x.attachments} title="答复附件" />
                </section>
              ))}
              {p.feedbacks.map((f) => (
                <p key={f.id} className={styles.feedback}>
                  <Tag color={f.satisfaction === "DISSATISFIED" ? "danger" : "success"}>{verdictLabel(f.satisfaction)}</Tag>{" "}
                  第 {f.round} 轮评价
                  {f.comment ? `：${f.comment}` : ""}
                  {f.decision ? `（提案委：${f.decision === "CLOSED" ? "同意办结" : "重新办理"}${f.decisionComment ? `，${f.decisionComment}` : ""}）` : ""}
                </p>
              ))}
            </article>
          )}
          {can("rateSatisfied") && (
            <section className={styles.verdict} aria-label="评价办理结果">
              <h2>评价办理结果</h2>
              <Radio.Group
                value={verdict}
                onChange={(v) => {
                  setVerdict(v as ProposalSatisfaction);
                  setVerdictError(null);
                }}
              >
                <Space wrap>
                  {PROPOSAL_SATISFACTIONS.map((v) => (
                    <Radio key={v} value={v}>
                      {verdictLabel(v)}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
              <TextArea
                className={styles.verdictInput}
                style={{ "--font-size": "15px" }}
                placeholder={verdict === "DISSATISFIED" ? "请说明不满意的原因（必填）" : "对办理工作的意见（选填）"}
                value={comment}
                onChange={(v) => {
                  setComment(v);
                  setVerdictError(null);
                }}
                autoSize={{ minRows: 2, maxRows: 5 }}
                maxLength={1000}
              />
              {verdictError && <div style={{ color: "var(--adm-color-danger)", fontSize: 13, marginTop: 6 }}>{verdictError}</div>}
              <Button block color="primary" size="large" style={{ marginTop: 12 }} loading={r.loading} onClick={() => void doRate()}>
                提交评价
              </Button>
            </section>
          )}
          <List header="办理进程" mode="card">
            <List.Item>
              <Steps direction="vertical" current={p.events.length - 1}>
                {p.events.map((e) => (
                  <Steps.Step key={e.id} title={e.actionLabel} description={`${e.actorName} ${formatTime(e.createdAt)}${e.comment ? `：${e.comment}` : ""}`} />
                ))}
              </Steps>
            </List.Item>
          </List>
          <div className={styles.actions} style={{ display: "grid", gap: 8 }}>
            {invitedMe && (
              <>
                <Button block color="primary" size="large" onClick={() => void doAnswer(true)}>
                  同意联名
                </Button>
                <Button block onClick={() => void doAnswer(false)}>
                  拒绝联名
                </Button>
              </>
            )}
            {can("submit") && (p.state !== "COSIGNING" || waiting === 0) && (
              <Button block color="primary" size="large" loading={s.loading} onClick={() => void doSubmit()}>
                提交
              </Button>
            )}
            {can("submit") && (p.state === "DRAFT" || p.state === "RETURNED") && (
              <Button block onClick={() => navigate(`/proposals/${p.id}/edit`)}>
                修改
              </Button>
            )}
            {can("cancelCosign") && waiting > 0 && (
              <Button block onClick={() => void doCancelCosign()}>
                撤回联名邀请
              </Button>
            )}
            {can("submit") && p.state === "DRAFT" && !p.submittedAt && (
              <Button block fill="none" color="danger" onClick={() => void doDelete()}>
                删除草稿
              </Button>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
