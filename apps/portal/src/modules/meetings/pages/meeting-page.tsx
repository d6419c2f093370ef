import { Button, Dialog, List, Skeleton, Tag, TextArea, Toast } from "antd-mobile";
import { FileOutline, LinkOutline } from "antd-mobile-icons";
import { useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { MEETING_SPEECH_STATUS_LABELS } from "@zhzx/shared";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { MyMeetingDocument, MyMeetingSpeechesDocument, ReplyMeetingDocument, WithdrawSpeechDocument } from "../graphql/meetings";
import { standing, when } from "./labels";
import styles from "./meetings.module.css";

const SPEECH_COLOR = { SUBMITTED: "warning", SELECTED: "primary", REJECTED: "default", DELIVERED: "success", WITHDRAWN: "default" } as const;
const size = (n: number | null | undefined) => (n == null ? "" : n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** One meeting for an invited member: time, place, agenda, documents, 列席人员; 参加 or 请假 (with a reason); 大会发言. */
export default function MeetingPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MyMeetingDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const speeches = useQuery(MyMeetingSpeechesDocument, { variables: { meetingId: id }, fetchPolicy: "cache-and-network" });
  const [reply, r] = useMutation(ReplyMeetingDocument);
  const [withdraw] = useMutation(WithdrawSpeechDocument);
  const m = data?.myMeeting;
  const inv = m?.myInvitation;
  const open = m?.status === "PUBLISHED" && new Date(m.endsAt) > new Date();

  const attend = async () => {
    try {
      await reply({ variables: { meetingId: id, input: { reply: "ATTEND" } } });
      Toast.show({ icon: "success", content: "已回执：参加" });
      await refetch();
    } catch (e) {
      toastError(e);
    }
  };
  const leave = async () => {
    let reason = "";
    const ok = await Dialog.confirm({
      title: "请假",
      // A real <label>: antd-mobile puts aria-* on its wrapper <div>, so the textarea itself had no name.
      content: (
        <>
          <label htmlFor="meeting-leave-reason" className={styles.meta}>
            请假事由
          </label>
          <TextArea id="meeting-leave-reason" placeholder="请填写请假事由" onChange={(v) => (reason = v)} autoSize={{ minRows: 3 }} maxLength={500} />
        </>
      ),
      confirmText: "提交",
      cancelText: "取消",
    });
    if (!ok) return;
    if (!reason.trim()) return void Toast.show({ content: "请填写请假事由" });
    try {
      await reply({ variables: { meetingId: id, input: { reply: "LEAVE", leaveReason: reason.trim() } } });
      Toast.show({ icon: "success", content: "请假已提交，等待审批" });
      await refetch();
    } catch (e) {
      toastError(e);
    }
  };
  const withdrawSpeech = async (sid: string, title: string) => {
    const ok = await Dialog.confirm({ content: `撤回发言“${title}”？`, confirmText: "撤回", cancelText: "取消" });
    if (!ok) return;
    try {
      await withdraw({ variables: { id: sid } });
      Toast.show({ icon: "success", content: "已撤回" });
      await speeches.refetch();
    } catch (e) {
      toastError(e);
    }
  };
  const readText = (title: string, body: string | null | undefined) =>
    Dialog.alert({ title, content: <div className={styles.text} style={{ maxHeight: "60vh", overflow: "auto" }}>{body}</div>, confirmText: "关闭" });

  const s = standing(inv);
  const mySpeeches = speeches.data?.myMeetingSpeeches ?? [];
  return (
    <Page title="会议活动" back backTo="/meetings">
      {error && !m && <LoadFailed error={error} onRetry={() => void refetch()} />}
      {!m && loading && <Skeleton.Paragraph lineCount={8} animated />}
      {m && (
        <>
          <article className={styles.article}>
            <h1>{m.title}</h1>
            <div className={styles.meta}>
              {m.kind.name}
              {s.text && m.status !== "CANCELLED" && (
                <>
                  {" "}
                  <Tag color={s.color} fill="outline">{s.text}</Tag>
                </>
              )}
            </div>
            {m.status === "CANCELLED" && <p style={{ color: "var(--adm-color-danger)" }}>已取消：{m.cancelReason}</p>}
            <p>时间：{when(m.startsAt)} 至 {when(m.endsAt)}</p>
            <p>地点：{m.place}</p>
            {m.organiser && <p>组织单位：{m.organiser}</p>}
            {inv?.leaveReason && <p className={styles.meta}>请假事由：{inv.leaveReason}</p>}
            {inv?.leaveReviewNote && <p className={styles.meta}>审批意见：{inv.leaveReviewNote}</p>}
            {m.agenda && (
              <>
                <h2>议程</h2>
                <div className={styles.text}>{m.agenda}</div>
              </>
            )}
          </article>
          {open && inv && inv.attendance !== "ATTENDED" && (
            <div className={styles.actions}>
              {inv.reply !== "ATTEND" && (
                <Button block color="primary" size="large" loading={r.loading} onClick={() => void attend()}>
                  参加
                </Button>
              )}
              {inv.reply !== "LEAVE" && (
                <Button block onClick={() => void leave()}>
                  请假
                </Button>
              )}
              <p className={styles.meta}>到会后请用手机扫描会场大屏上的签到二维码。</p>
            </div>
          )}
          {m.documents.length > 0 && (
            <List header="会议文件" mode="card">
              {m.documents.map((d) =>
                d.url ? (
                  <List.Item key={d.id} prefix={<LinkOutline />} description={`${d.fileName ?? ""} ${size(d.size)}`} onClick={() => window.open(d.url!, "_blank")} arrowIcon>
                    {d.title}
                  </List.Item>
                ) : (
                  <List.Item key={d.id} prefix={<FileOutline />} description="文字文件" onClick={() => readText(d.title, d.body)} arrowIcon>
                    {d.title}
                  </List.Item>
                ),
              )}
            </List>
          )}
          {m.guests.length > 0 && (
            <List header="列席人员" mode="card">
              {m.guests.map((g) => (
                <List.Item key={g.id} description={[g.unit, g.role].filter(Boolean).join(" · ")}>
                  {g.name}
                </List.Item>
              ))}
            </List>
          )}
          {inv && (m.status === "PUBLISHED" || mySpeeches.length > 0) && (
            <List header="我的大会发言" mode="card">
              {mySpeeches.map((x) => (
                <List.Item
                  key={x.id}
                  description={x.reviewNote ? `审核意见：${x.reviewNote}` : undefined}
                  extra={<Tag color={SPEECH_COLOR[x.status]} fill="outline">{MEETING_SPEECH_STATUS_LABELS[x.status]}</Tag>}
                  onClick={x.status === "SUBMITTED" ? () => navigate(`/meetings/${id}/speech?edit=${x.id}`) : () => readText(x.title, x.content)}
                  arrowIcon
                >
                  {x.title}
                  {x.status === "SUBMITTED" && (
                    <Button
                      size="mini"
                      fill="none"
                      color="danger"
                      onClick={(e) => {
                        e.stopPropagation();
                        void withdrawSpeech(x.id, x.title);
                      }}
                    >
                      撤回
                    </Button>
                  )}
                </List.Item>
              ))}
              {m.status === "PUBLISHED" && (
                <List.Item onClick={() => navigate(`/meetings/${id}/speech`)} arrowIcon>
                  <span style={{ color: "var(--adm-color-primary)" }}>提交书面发言</span>
                </List.Item>
              )}
            </List>
          )}
        </>
      )}
    </Page>
  );
}
