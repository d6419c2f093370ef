import { Button, Dialog, Radio, Skeleton, Space, Steps, Tag, TextArea, Toast } from "antd-mobile";
import { useState } from "react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { MyProposalDocument, RateMyProposalDocument, SubmitMyProposalDocument } from "../graphql/proposals";
import styles from "./proposals.module.css";

const when = (iso: string) => new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false });
const VERDICTS = [
  { value: "SATISFIED", label: "满意" },
  { value: "BASICALLY_SATISFIED", label: "基本满意" },
  { value: "DISSATISFIED", label: "不满意" },
] as const;

/** One proposal for its member: the text, the progress, the units' replies, and the verdict once replied. */
export default function ProposalPage() {
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(MyProposalDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const [submit, s] = useMutation(SubmitMyProposalDocument);
  const [rate, r] = useMutation(RateMyProposalDocument);
  const [verdict, setVerdict] = useState<string>("SATISFIED");
  const [comment, setComment] = useState("");
  const p = data?.proposal;

  const doSubmit = async () => {
    if (!p) return;
    try {
      await submit({ variables: { input: { id: p.id, version: p.version } } });
      Toast.show({ icon: "success", content: "提案已提交，等待审查" });
      await refetch();
    } catch (e) {
      toastError(e);
    }
  };
  const doRate = async () => {
    if (!p) return;
    if (verdict === "DISSATISFIED" && !comment.trim()) return Toast.show({ content: "请说明不满意的原因" });
    if (!(await Dialog.confirm({ content: `确认评价为“${VERDICTS.find((v) => v.value === verdict)!.label}”？`, confirmText: "确认", cancelText: "取消" }))) return;
    try {
      await rate({ variables: { input: { id: p.id, version: p.version, satisfaction: verdict as "SATISFIED", comment: comment.trim() || null } } });
      Toast.show({ icon: "success", content: "评价已提交" });
      await refetch();
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <Page title="提案详情" back backTo="/proposals">
      {error && !p && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!p && loading && <Skeleton.Paragraph lineCount={10} animated />}
      {p && (
        <>
          <article className={styles.article}>
            <h1>{p.title}</h1>
            <div className={styles.meta}>
              <Tag color="primary" fill="outline">{p.stateLabel}</Tag> {p.caseNumber ? `案号 ${p.caseNumber} · ` : ""}
              {p.submitterName}
              {p.category ? ` · ${p.category.name}` : ""}
            </div>
            {p.returnReason && p.state === "RETURNED" && <p style={{ color: "var(--adm-color-danger)" }}>退回理由：{p.returnReason}</p>}
            {p.leadUnit && <p className={styles.meta}>主办单位：{p.leadUnit.name}（期限 {p.deadline}）</p>}
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
            {p.replies.map((x) => (
              <div key={x.id}>
                <h2>
                  {x.unit.name}答复{x.resultLabel ? `（${x.resultLabel}）` : ""}
                </h2>
                <div className={styles.content} dangerouslySetInnerHTML={{ __html: x.content }} />
              </div>
            ))}
            {p.feedbacks.map((f) => (
              <p key={f.round} className={styles.meta}>
                第 {f.round} 轮评价：{VERDICTS.find((v) => v.value === f.satisfaction)?.label}
                {f.comment ? `，${f.comment}` : ""}
              </p>
            ))}
            <h2>办理进程</h2>
            <Steps direction="vertical" current={p.events.length - 1}>
              {p.events.map((e) => (
                <Steps.Step key={e.id} title={e.actionLabel} description={`${e.actorName} ${when(e.createdAt)}${e.comment ? `：${e.comment}` : ""}`} />
              ))}
            </Steps>
          </article>
          <div className={styles.actions}>
            {p.availableActions.includes("submit") && (
              <Button block color="primary" size="large" loading={s.loading} onClick={() => void doSubmit()}>
                提交
              </Button>
            )}
            {p.availableActions.includes("rateSatisfied") && (
              <Space direction="vertical" block>
                <div>请对办理结果作出评价：</div>
                <Radio.Group value={verdict} onChange={(v) => setVerdict(String(v))}>
                  <Space>
                    {VERDICTS.map((v) => (
                      <Radio key={v.value} value={v.value}>
                        {v.label}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
                <TextArea placeholder={verdict === "DISSATISFIED" ? "请说明不满意的原因（必填）" : "意见（选填）"} value={comment} onChange={setComment} autoSize={{ minRows: 2, maxRows: 5 }} />
                <Button block color="primary" size="large" loading={r.loading} onClick={() => void doRate()}>
                  提交评价
                </Button>
              </Space>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
