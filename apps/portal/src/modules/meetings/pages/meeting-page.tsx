import { Button, Dialog, Skeleton, Tag, TextArea, Toast } from "antd-mobile";
import { useParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { LoadFailed } from "../../../app/components/page-states";
import { toastError } from "../../../app/errors";
import { MyMeetingDocument, ReplyMeetingDocument } from "../graphql/meetings";
import { standing, when } from "./labels";
import styles from "./meetings.module.css";

/** One meeting for an invited member: time, place, agenda, documents; 参加 or 请假 (with a reason). */
export default function MeetingPage() {
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(MyMeetingDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  const [reply, r] = useMutation(ReplyMeetingDocument);
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
      content: <TextArea placeholder="请填写请假事由" onChange={(v) => (reason = v)} autoSize={{ minRows: 3 }} />,
      confirmText: "提交",
      cancelText: "取消",
    });
    if (!ok) return;
    if (!reason.trim()) return Toast.show({ content: "请填写请假事由" });
    try {
      await reply({ variables: { meetingId: id, input: { reply: "LEAVE", leaveReason: reason.trim() } } });
      Toast.show({ icon: "success", content: "请假已提交，等待审批" });
      await refetch();
    } catch (e) {
      toastError(e);
    }
  };

  const s = standing(inv);
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
              {s.text && (
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
            {inv?.leaveReviewNote && <p className={styles.meta}>审批意见：{inv.leaveReviewNote}</p>}
            {m.agenda && (
              <>
                <h2>议程</h2>
                <div className={styles.text}>{m.agenda}</div>
              </>
            )}
            {m.documents.length > 0 && (
              <>
                <h2>会议文件</h2>
                {m.documents.map((d) => (
                  <p key={d.id}>{d.url ? <a href={d.url}>{d.title}</a> : d.title}</p>
                ))}
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
        </>
      )}
    </Page>
  );
}
