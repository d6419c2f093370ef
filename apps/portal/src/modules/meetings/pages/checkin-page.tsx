import { useEffect, useRef } from "react";
import { Button, DotLoading, ErrorBlock, Result } from "antd-mobile";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation, useQuery } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { errorCode, errorMessage } from "../../../app/errors";
import { CheckInDocument, MyMeetingDocument } from "../graphql/meetings";
import styles from "./meetings.module.css";

/** A heading for each way a check-in can fail; the server's sentence says what to do. */
function failureTitle(error: unknown): string {
  const code = errorCode(error);
  const msg = errorMessage(error);
  if (/过期/.test(msg)) return "签到码已过期";
  if (/邀请名单/.test(msg)) return "您不在邀请名单中";
  if (/另一场|其他委员会/.test(msg)) return "不是本场会议的签到码";
  if (/篡改|无效/.test(msg)) return "签到码无效";
  if (code === "INVALID_TRANSITION") return "当前不能签到";
  return "签到未成功";
}

/** 扫码签到: the QR on the meeting screen opens this page with the meeting and its signed, short-lived code. */
export default function CheckInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const meetingId = params.get("m") ?? "";
  const code = params.get("c") ?? "";
  const [checkIn, { data, error, loading, called }] = useMutation(CheckInDocument);
  const meeting = useQuery(MyMeetingDocument, { variables: { id: meetingId }, skip: !data });
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !meetingId || !code) return;
    started.current = true;
    void checkIn({ variables: { meetingId, code } }).catch(() => undefined);
  }, [meetingId, code, checkIn]);

  const at = data?.checkInMeeting.attendanceAt;
  return (
    <Page title="扫码签到" back backTo="/meetings">
      <div className={styles.result}>
        {(!meetingId || !code) && <ErrorBlock status="default" title="签到码无效" description="链接不完整，请重新扫描会场大屏上的签到二维码" />}
        {(loading || (!called && meetingId && code)) && (
          <p>
            正在签到
            <DotLoading />
          </p>
        )}
        {data && (
          <Result
            status="success"
            title="签到成功"
            description={
              <>
                {meeting.data?.myMeeting.title && <div>{meeting.data.myMeeting.title}</div>}
                <div>签到时间 {new Date(at ?? Date.now()).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false, hour: "2-digit", minute: "2-digit" })}</div>
              </>
            }
          />
        )}
        {error && <Result status="error" title={failureTitle(error)} description={errorMessage(error)} />}
        {data && (
          <Button block fill="outline" style={{ marginTop: 24 }} onClick={() => navigate(`/meetings/${meetingId}`, { replace: true })}>
            查看会议活动
          </Button>
        )}
        {(error || !meetingId || !code) && (
          <Button block fill="outline" style={{ marginTop: 24 }} onClick={() => navigate("/meetings", { replace: true })}>
            返回我的会议活动
          </Button>
        )}
      </div>
    </Page>
  );
}
