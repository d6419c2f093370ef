import { useEffect, useRef, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Modal, QRCode, Space, Statistic, Typography } from "antd";
import { CompressOutlined, ExpandOutlined, ReloadOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { CheckInCodeQuery, MeetingAttendanceQuery } from "../graphql/meetings.graphql";

/** The portal's check-in address the QR carries: the meeting and its signed, short-lived code. */
export const checkInUrl = (meetingId: string, code: string) => `${window.location.origin}/portal/checkin?m=${encodeURIComponent(meetingId)}&c=${encodeURIComponent(code)}`;

/**
 * 签到二维码 for the meeting-room screen or projector: big, with the live count of who has checked in.
 * The code is signed and valid for minutes; it is fetched again a minute before it runs out.
 */
export function CheckInQrModal({ meeting, onClose }: { meeting: { id: string; title: string; place?: string } | null; onClose: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [full, setFull] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const code = useQuery(CheckInCodeQuery, { variables: { meetingId: meeting?.id ?? "" }, skip: !meeting, fetchPolicy: "network-only", notifyOnNetworkStatusChange: true });
  const counts = useQuery(MeetingAttendanceQuery, { variables: { meetingId: meeting?.id ?? "", page: 1, pageSize: 1 }, skip: !meeting, fetchPolicy: "network-only", pollInterval: 10_000 });
  const c = code.data?.meetingCheckInCode;
  const n = counts.data?.meetingAttendance.counts;

  // Refetch a minute before the code expires (and tick the countdown).
  useEffect(() => {
    if (!meeting) return;
    const t = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(t);
  }, [meeting]);
  const expiresIn = c ? dayjs(c.expiresAt).valueOf() - now : Infinity;
  const { refetch } = code;
  useEffect(() => {
    if (meeting && c && expiresIn < 60_000) void refetch().catch(() => undefined);
  }, [meeting, c, expiresIn, refetch]);

  useEffect(() => {
    const on = () => setFull(document.fullscreenElement === box.current && !!box.current);
    document.addEventListener("fullscreenchange", on);
    return () => document.removeEventListener("fullscreenchange", on);
  }, []);
  const toggleFull = () => (document.fullscreenElement ? void document.exitFullscreen() : void box.current?.requestFullscreen?.().catch(() => undefined));

  const url = c ? checkInUrl(c.meetingId, c.code) : "";
  const qrSize = full ? Math.min(window.innerHeight - 260, window.innerWidth - 120, 720) : 400;
  return (
    <Modal title={meeting ? `扫码签到：${meeting.title}` : ""} open={!!meeting} onCancel={onClose} footer={null} width={760} centered destroyOnHidden>
      {code.error && <Alert type="error" showIcon title={errorMessage(code.error)} action={<Button size="small" onClick={() => void refetch()}>重试</Button>} />}
      <div ref={box} style={{ background: "#fff", padding: full ? 32 : 0, height: full ? "100%" : undefined }}>
        <Space orientation="vertical" align="center" style={{ width: "100%" }} size={full ? 24 : 12}>
          {full && meeting && (
            <Typography.Title level={1} style={{ margin: 0, textAlign: "center" }}>
              {meeting.title}
            </Typography.Title>
          )}
          {c ? <QRCode value={url} size={qrSize} errorLevel="M" aria-label="签到二维码" bordered={false} /> : <QRCode value="" size={qrSize} status="loading" />}
          <Typography.Text style={{ fontSize: full ? 28 : 18 }} strong>
            请委员用手机扫描二维码签到（须已登录委员端）
          </Typography.Text>
          {n && (
            <Space size={48}>
              <Statistic title="已签到" value={n.attended} suffix="人" styles={{ content: { color: "#389e0d", fontSize: full ? 48 : 28 } }} />
              <Statistic title="受邀" value={n.invited} suffix="人" styles={{ content: { fontSize: full ? 48 : 28 } }} />
              <Statistic title="已请假" value={n.leave} suffix="人" styles={{ content: { fontSize: full ? 48 : 28 } }} />
            </Space>
          )}
          {c && (
            <Typography.Text type="secondary">
              二维码有效期至 {dayjs(c.expiresAt).format("HH:mm")}，到期前自动更换，请保持此窗口打开
            </Typography.Text>
          )}
          {!full && (
            <Space>
              <Button type="primary" icon={<ExpandOutlined />} onClick={toggleFull}>
                全屏投影
              </Button>
              <Button icon={<ReloadOutlined />} onClick={() => void refetch()}>
                更换二维码
              </Button>
              {c && (
                <Typography.Text copyable={{ text: url, tooltips: ["复制签到链接", "已复制"] }} type="secondary" data-testid="checkin-url" data-url={url}>
                  签到链接
                </Typography.Text>
              )}
            </Space>
          )}
          {full && (
            <Button icon={<CompressOutlined />} onClick={toggleFull}>
              退出全屏
            </Button>
          )}
        </Space>
      </div>
    </Modal>
  );
}
