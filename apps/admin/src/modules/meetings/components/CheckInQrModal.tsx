import { useQuery } from "@apollo/client/react";
import { Alert, Modal, QRCode, Space, Typography } from "antd";
import dayjs from "dayjs";
import { errorMessage } from "../../../app/errors";
import { CheckInCodeQuery } from "../graphql/meetings.graphql";

/** 签到二维码 for the meeting-room screen: the portal's check-in address with a signed, short-lived code; refreshed before it runs out. */
export function CheckInQrModal({ meeting, onClose }: { meeting: { id: string; title: string } | null; onClose: () => void }) {
  const { data, error } = useQuery(CheckInCodeQuery, { variables: { meetingId: meeting?.id ?? "" }, skip: !meeting, fetchPolicy: "network-only", pollInterval: 4 * 60_000 });
  const c = data?.meetingCheckInCode;
  const url = c ? `${window.location.origin}/portal/checkin?m=${encodeURIComponent(c.meetingId)}&c=${encodeURIComponent(c.code)}` : "";
  return (
    <Modal title={meeting ? `扫码签到：${meeting.title}` : ""} open={!!meeting} onCancel={onClose} footer={null} width={520} centered>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {c && (
        <Space orientation="vertical" align="center" style={{ width: "100%" }}>
          <QRCode value={url} size={320} errorLevel="M" aria-label="签到二维码" />
          <Typography.Text>请委员用手机扫描二维码签到（须先登录委员端）</Typography.Text>
          <Typography.Text type="secondary">有效期至 {dayjs(c.expiresAt).format("HH:mm")}，页面会自动刷新</Typography.Text>
          <Typography.Text copyable={{ text: url }} type="secondary" style={{ fontSize: 12 }} data-testid="checkin-url" data-url={url}>
            复制签到链接
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
