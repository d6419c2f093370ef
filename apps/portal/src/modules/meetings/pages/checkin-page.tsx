import { useEffect, useRef } from "react";
import { Button, ErrorBlock, Result } from "antd-mobile";
import { useNavigate, useSearchParams } from "react-router";
import { useMutation } from "@apollo/client/react";
import { Page } from "../../../app/components/page";
import { errorMessage } from "../../../app/errors";
import { CheckInDocument } from "../graphql/meetings";
import styles from "./meetings.module.css";

/** 扫码签到: the QR on the meeting screen opens this page with the meeting and its signed, short-lived code. */
export default function CheckInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const meetingId = params.get("m") ?? "";
  const code = params.get("c") ?? "";
  const [checkIn, { data, error, loading }] = useMutation(CheckInDocument);
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !meetingId || !code) return;
    started.current = true;
    void checkIn({ variables: { meetingId, code } }).catch(() => undefined);
  }, [meetingId, code, checkIn]);

  return (
    <Page title="扫码签到" back backTo="/meetings">
      <div className={styles.result}>
        {(!meetingId || !code) && <ErrorBlock status="default" title="签到码无效" description="请重新扫描会场大屏上的签到二维码" />}
        {loading && <p>正在签到……</p>}
        {data && (
          <Result status="success" title="签到成功" description={`签到时间 ${new Date(data.checkInMeeting.attendanceAt ?? Date.now()).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}`} />
        )}
        {error && <Result status="error" title="签到未成功" description={errorMessage(error)} />}
        {meetingId && (
          <Button block fill="outline" style={{ marginTop: 24 }} onClick={() => navigate(`/meetings/${meetingId}`, { replace: true })}>
            查看会议活动
          </Button>
        )}
      </div>
    </Page>
  );
}
