import { Button, Dialog, Radio, Skeleton, Space, TextArea, Toast } from "antd-mobile";
import { useState } from "react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { CoReplyProposalDocument, ReplyProposalDocument, RequestAssignmentChangeDocument, SignProposalDocument, UnitProposalDocument } from "../graphql/proposals";
import { AttachmentLinks } from "../components/attachments";
import styles from "./proposals.module.css";

const RESULTS = [
  { value: "A", label: "A 已解决或采纳" },
  { value: "B", label: "B 列入计划拟解决" },
  { value: "C", label: "C 因条件限制暂不能解决" },
] as const;
const toHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${l.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`)
    .join("");

/** A proposal assigned to the unit: 签收, then the 答复 (主办) or the 协办意见; 申请退回 if it is not ours, 申请延期 if time runs short. */
export default function HandlingProposalPage() {
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(UnitProposalDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const [sign, s1] = useMutation(SignProposalDocument);
  const [reply, s2] = useMutation(ReplyProposalDocument);
  const [coReply, s3] = useMutation(CoReplyProposalDocument);
  const [request] = useMutation(RequestAssignmentChangeDocument);
  const [result, setResult] = useState<string>("A");
  const [text, setText] = useState("");
  const p = data?.proposal;
  const a = p?.myAssignment;

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      Toast.show({ icon: "success", content: ok });
      setText("");
      await refetch();
    } catch (e) {
      toastError(e);
    }
  };
  const sendReply = () => {
    if (!p || !a) return;
    if (!text.trim()) return Toast.show({ content: "请填写答复内容" });
    if (a.role === "LEAD") return act(() => reply({ variables: { input: { id: p.id, version: p.version, result: result as "A", content: toHtml(text) } } }), "答复已提交，提案人将收到通知");
    return act(() => coReply({ variables: { input: { assignmentId: a.id, content: toHtml(text) } } }), "协办意见已提交");
  };
  const askReturn = async () => {
    if (!a) return;
    let reason = "";
    const ok = await Dialog.confirm({
      title: "申请退回",
      content: <TextArea placeholder="说明不属于本单位职责的理由" onChange={(v) => (reason = v)} autoSize={{ minRows: 3 }} />,
      confirmText: "提交申请",
      cancelText: "取消",
    });
    if (!ok) return;
    if (!reason.trim()) return Toast.show({ content: "请填写申请退回的理由" });
    await act(() => request({ variables: { input: { assignmentId: a.id, kind: "RETURN", reason } } }), "已提交退回申请，等待提案委审核");
  };

  const askExtension = async () => {
    if (!a) return;
    let reason = "";
    let until = "";
    const ok = await Dialog.confirm({
      title: "申请延期",
      content: (
        <Space direction="vertical" block>
          <div className={styles.meta}>当前办理期限 {a.deadline}</div>
          <label className={styles.meta}>
            申请延期至 <input type="date" min={a.deadline} aria-label="申请延期至" onChange={(e) => (until = e.target.value)} />
          </label>
          <TextArea placeholder="延期理由" onChange={(v) => (reason = v)} autoSize={{ minRows: 3 }} />
        </Space>
      ),
      confirmText: "提交申请",
      cancelText: "取消",
    });
    if (!ok) return;
    if (!until) return Toast.show({ content: "请填写申请延期至的日期" });
    if (until <= a.deadline) return Toast.show({ content: "申请延期至须晚于当前办理期限" });
    if (!reason.trim()) return Toast.show({ content: "请填写申请理由" });
    await act(() => request({ variables: { input: { assignmentId: a.id, kind: "EXTENSION", reason, requestedDeadline: until } } }), "已提交延期申请，等待提案委审核");
  };
  const pendingExtension = !!a?.requests.some((r) => r.kind === "EXTENSION" && r.status === "PENDING");

  return (
    <Page title="承办提案" back backTo="/handling">
      {error && !p && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!p && loading && <Skeleton.Paragraph lineCount={10} animated />}
      {p && (
        <>
          <article className={styles.article}>
            <h1>{p.title}</h1>
            <div className={styles.meta}>
              {p.stateLabel} · {p.caseNumber ? `案号 ${p.caseNumber} · ` : ""}提案人 {p.submitterName}
              {a ? ` · ${a.role === "LEAD" ? "主办" : "协办"}，期限 ${a.deadline}` : ""}
            </div>
            <h2>提案内容</h2>
            <div className={styles.content} dangerouslySetInnerHTML={{ __html: p.content }} />
            {p.suggestions && (
              <>
                <h2>办法建议</h2>
                <div className={styles.text}>{p.suggestions}</div>
              </>
            )}
            <AttachmentLinks items={p.attachments} title="提案附件" />
            {p.replies.map((r) => (
              <div key={r.id}>
                <h2>
                  {r.unit.name}答复{r.resultLabel ? `（${r.resultLabel}）` : ""}
                </h2>
                <div className={styles.content} dangerouslySetInnerHTML={{ __html: r.content }} />
                <AttachmentLinks items={r.attachments} title="答复附件" />
              </div>
            ))}
            {p.feedbacks.map((f) => (
              <p key={f.round} className={styles.meta}>
                提案人评价（第 {f.round} 轮）：{f.satisfaction === "SATISFIED" ? "满意" : f.satisfaction === "BASICALLY_SATISFIED" ? "基本满意" : "不满意"}
                {f.comment ? `，${f.comment}` : ""}
              </p>
            ))}
            {a?.requests.filter((r) => r.status === "PENDING").map((r) => (
              <p key={r.id} style={{ color: "var(--adm-color-warning)" }}>
                已申请{r.kind === "RETURN" ? "退回" : `延期至 ${r.requestedDeadline}`}，等待提案委审核
              </p>
            ))}
          </article>
          <div className={styles.actions}>
            {a && !a.signedAt && (
              <Space direction="vertical" block>
                <Button block color="primary" size="large" loading={s1.loading} onClick={() => void act(() => sign({ variables: { input: { id: p.id, version: p.version } } }), "已签收")}>
                  签收
                </Button>
                <Button block onClick={() => void askReturn()}>
                  申请退回
                </Button>
              </Space>
            )}
            {a && a.signedAt && !a.repliedAt && (p.availableActions.includes("reply") || a.role === "CO") && (
              <Space direction="vertical" block>
                {a.role === "LEAD" && (
                  <Radio.Group value={result} onChange={(v) => setResult(String(v))}>
                    <Space direction="vertical">
                      {RESULTS.map((r) => (
                        <Radio key={r.value} value={r.value}>
                          {r.label}
                        </Radio>
                      ))}
                    </Space>
                  </Radio.Group>
                )}
                <TextArea placeholder={a.role === "LEAD" ? "答复内容：办理情况、措施和结果" : "协办意见"} value={text} onChange={setText} autoSize={{ minRows: 5, maxRows: 14 }} />
                <Button block color="primary" size="large" loading={s2.loading || s3.loading} onClick={() => void sendReply()}>
                  {a.role === "LEAD" ? "提交答复" : "提交协办意见"}
                </Button>
                {!pendingExtension && (
                  <Button block onClick={() => void askExtension()}>
                    申请延期
                  </Button>
                )}
              </Space>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
